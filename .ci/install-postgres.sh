#!/usr/bin/env bash
# CI: the store and service tests run against a throwaway PostgreSQL cluster too (tests/pg_server.py
# starts it with initdb + pg_ctl). Install Debian's server if no initdb is there; the tests need
# only the binaries, so stop any cluster the package starts by itself.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    exit 0
fi
echo "Installing PostgreSQL (Debian packages postgresql, postgresql-contrib)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    postgresql postgresql-contrib
# The package may start a cluster on port 5432 (where an init system runs): not needed here.
if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters --no-header 2>/dev/null | while read -r version name _rest; do
        pg_ctlcluster "$version" "$name" stop 2>/dev/null || true
    done || true
fi
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || {
    echo "PostgreSQL was installed but no initdb is under /usr/lib/postgresql/*/bin" >&2
    exit 1
}
