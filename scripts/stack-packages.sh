#!/usr/bin/env bash
# Debian's packages of the production stack (deploy/), installed if missing: nginx, its brotli
# modules when the release has them (gzip alone otherwise), and Varnish. Safe to run again.
set -euo pipefail

missing=()
command -v nginx >/dev/null || missing+=(nginx-light)
command -v varnishd >/dev/null || missing+=(varnish)
for module in libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static; do
    dpkg -s "$module" >/dev/null 2>&1 || missing+=("$module")
done
[ ${#missing[@]} -eq 0 ] && exit 0

apt-get update -qq
available=()
for package in "${missing[@]}"; do
    if [ -n "$(apt-cache policy "$package" | awk '/Candidate:/ && $2 != "(none)"')" ]; then
        available+=("$package")
    else
        echo "$package is not in this Debian release: skipped."
    fi
done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${available[@]}" >/dev/null
