#!/usr/bin/env bash
# Run the whole test suite on both engines: on SQLite and on a real PostgreSQL 15 server that
# this script starts (and installs from Debian packages when absent). The two passes run side
# by side, one per core, each in its own databases; their outputs are printed one after the
# other when both have ended, and the script fails when either failed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

scripts/system-deps.sh
"$BIN/ruff" check src tests
"$BIN/ruff" format --check src tests
"$BIN/mypy"
"$BIN/lint-imports"
SAKIP_DATABASE_URL="sqlite:///$(mktemp -d)/sakip-migrations.sqlite3" \
    "$BIN/python" -m django makemigrations --check --dry-run --settings=sakip.config.settings

# PostgreSQL serves both passes: the backup test of each restores across engines into a
# database of its own on the server.
PG_URL=$(scripts/postgres.sh)
LOGS=$(mktemp -d)

pass() {  # name, database URL, database for the cross-engine restore, pytest arguments
    local name=$1 url=$2 silang=$3
    shift 3
    SAKIP_DATABASE_URL="$url" SAKIP_TEST_PG_URL="${PG_URL%/*}/$silang" \
        "$BIN/pytest" -p no:cacheprovider "$@" >"$LOGS/$name.log" 2>&1
}

started=$(date +%s)
pass sqlite "sqlite:///$(mktemp -d)/sakip-test.sqlite3" sakip_silang_sqlite "$@" &
sqlite_pid=$!
pass postgresql "$PG_URL" sakip_silang_pg "$@" &
pg_pid=$!

status=0
wait "$sqlite_pid" || status=1
echo "== pytest on SQLite"
cat "$LOGS/sqlite.log"
wait "$pg_pid" || status=1
echo "== pytest on PostgreSQL"
cat "$LOGS/postgresql.log"
echo "== both passes in $(($(date +%s) - started)) s"
exit "$status"
