#!/usr/bin/env bash
# Runs every test against a real PostgreSQL. Uses $YUANLING_TEST_DB when set; otherwise starts a
# private cluster under .data/pg-test (port $YUANLING_TEST_PG_PORT, default 55433).
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-system-packages.sh

if [[ -z "${YUANLING_TEST_DB:-}" ]]; then
  export YUANLING_PG_FAST=1
  pg_dir=${YUANLING_TEST_PG_DIR:-.data/pg-test}
  YUANLING_TEST_DB=$(scripts/pg-cluster.sh start "$pg_dir" "${YUANLING_TEST_PG_PORT:-55433}")
  export YUANLING_TEST_DB
  trap 'scripts/pg-cluster.sh stop "$pg_dir"' EXIT
fi
echo "test.sh: using PostgreSQL at ${YUANLING_TEST_DB%%;Username*}"

dotnet build YuanlingTech.sln -c Release -nologo -v quiet
dotnet test YuanlingTech.sln -c Release --no-build -nologo "$@"
