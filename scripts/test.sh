#!/usr/bin/env bash
# Run the whole test suite: every test that uses the database on SQLite and on a real
# PostgreSQL 15 server that this script starts (and installs from Debian packages when absent),
# and the tests without a database once, since they do the same on both. The three runs go
# side by side, each in its own databases; their outputs are printed one after the other when
# all have ended, and the script fails when any failed.
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

# PostgreSQL serves both database runs; the backup test restores across engines into a
# database of its own on the server.
PG_URL=$(scripts/postgres.sh)
LOGS=$(mktemp -d)

run() {  # name, part (basis-data|murni), database URL, pytest arguments
    local name=$1 part=$2 url=$3
    shift 3
    SAKIP_TEST_BAGIAN="$part" SAKIP_DATABASE_URL="$url" \
        SAKIP_TEST_PG_URL="${PG_URL%/*}/sakip_silang_$name" \
        "$BIN/pytest" -p no:cacheprovider "$@" >"$LOGS/$name.log" 2>&1
}

started=$(date +%s)
run sqlite basis-data "sqlite:///$(mktemp -d)/sakip-test.sqlite3" "$@" &
sqlite=$!
run postgresql basis-data "$PG_URL" "$@" &
postgresql=$!
run murni murni "sqlite:///$(mktemp -d)/sakip-murni.sqlite3" "$@" &
murni=$!

status=0
for name in sqlite postgresql murni; do
    wait "${!name}" || status=1
    case $name in
        sqlite) echo "== pytest on SQLite: the tests that use the database" ;;
        postgresql) echo "== pytest on PostgreSQL: the tests that use the database" ;;
        murni) echo "== pytest: the tests without a database" ;;
    esac
    cat "$LOGS/$name.log"
done
echo "== all tests in $(($(date +%s) - started)) s"
exit "$status"
