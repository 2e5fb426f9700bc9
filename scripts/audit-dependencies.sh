#!/usr/bin/env bash
# The locked dependencies (uv.lock) against OSV's advisories, with `uv audit`.
# An accepted advisory goes in .audit-ignore, its id first, then why it does not apply here.
# When the service cannot be reached, say so in one line instead of failing: nothing was checked.
set -uo pipefail
uv=${UV:-.cache/uv/bin/uv}
service=${OSV_URL:-https://api.osv.dev}
ignores=$(grep -v '^#' .audit-ignore | cut -d' ' -f1 | sed 's/^./--ignore &/')
# shellcheck disable=SC2086 # one option per accepted id
output=$("$uv" audit --frozen --preview-features audit-command --service-url "$service" $ignores 2>&1)
status=$?
if [ "$status" -ne 0 ] && grep -q "error sending request" <<<"$output"; then
	echo "audit: $service unreachable, the locked dependencies were NOT checked for known vulnerabilities"
	exit 0
fi
echo "$output"
exit "$status"
