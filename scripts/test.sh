#!/usr/bin/env bash
# Run the whole test suite twice: on SQLite, then on a real PostgreSQL 15 server
# that this script starts (and installs from Debian packages when absent).
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

# PostgreSQL runs for both passes: the backup test restores across engines into its own database.
PG_URL=$(scripts/postgres.sh)
export SAKIP_TEST_PG_URL="${PG_URL%/*}/sakip_silang"

echo "== pytest on SQLite"
SAKIP_DATABASE_URL="sqlite:///$(mktemp -d)/sakip-test.sqlite3" "$BIN/pytest" -p no:cacheprovider "$@"

echo "== pytest on PostgreSQL"
SAKIP_DATABASE_URL="$PG_URL" "$BIN/pytest" -p no:cacheprovider "$@"
