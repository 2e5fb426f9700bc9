#!/usr/bin/env bash
# The servers the test suite talks to, on 127.0.0.1, installed from Debian if missing
# and started if stopped: PostgreSQL (a role and database for the tests) and Redis.
# Safe to run again: what is installed, running or created already is left as it is.
set -euo pipefail

PG_ROLE=${PG_ROLE:-cdv}
PG_PASSWORD=${PG_PASSWORD:-cdv}
PG_DATABASE=${PG_DATABASE:-cdv}
PG_PORT=${PG_PORT:-5432}
REDIS_PORT=${REDIS_PORT:-6379}

apt_updated=
apt_install() {
    if [ -z "$apt_updated" ]; then
        apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# PostgreSQL: Debian's package creates a cluster "main" listening on localhost.
if [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    echo "Installing PostgreSQL from Debian…"
    apt_install postgresql
fi
pg_version=$(ls /etc/postgresql | sort -V | tail -n 1)
if ! pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then
    echo "Starting PostgreSQL $pg_version on 127.0.0.1:$PG_PORT…"
    pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
fi
as_postgres() { runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'")" != 1 ]; then
    # CREATEDB: pytest-django creates and drops its own test databases.
    as_postgres -c "CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
fi
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]; then
    as_postgres -c "CREATE DATABASE $PG_DATABASE OWNER $PG_ROLE"
fi

# Redis: started by hand (no systemd here), in memory only.
if ! command -v redis-server >/dev/null; then
    echo "Installing Redis from Debian…"
    apt_install redis-server
fi
if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    echo "Starting Redis on 127.0.0.1:$REDIS_PORT…"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save "" --appendonly no \
        --logfile /tmp/redis-test-services.log
    for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.2; done
fi
redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null
echo "PostgreSQL and Redis answer on 127.0.0.1."
