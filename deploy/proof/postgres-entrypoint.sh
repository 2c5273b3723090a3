#!/bin/sh
# The entry point of the PostgreSQL image deploy/prove.sh builds from Debian's packages, with the
# official image's settings: POSTGRES_USER, POSTGRES_DB, POSTGRES_PASSWORD, PGPORT, and the data in
# /var/lib/postgresql/data. Runs as the postgres user. "postgres -c …" arguments are passed on.
set -eu
bin=/usr/lib/postgresql/15/bin
data=/var/lib/postgresql/data
if [ ! -s "$data/PG_VERSION" ]; then
  pwfile="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  "$bin/initdb" -D "$data" -U "$POSTGRES_USER" --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >/dev/null
  rm -f "$pwfile"
  "$bin/pg_ctl" -D "$data" -o "-c listen_addresses='' -p ${PGPORT:-5432}" -w start >/dev/null
  "$bin/createdb" -h /var/run/postgresql -p "${PGPORT:-5432}" -U "$POSTGRES_USER" "$POSTGRES_DB"
  "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
fi
if [ "${1:-}" = "postgres" ]; then
  shift
fi
exec "$bin/postgres" -D "$data" -p "${PGPORT:-5432}" "$@"
