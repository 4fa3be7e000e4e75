#!/usr/bin/env bash
# Adds an EF Core migration to src/Storage, one at a time (several people may change the model at once).
#   scripts/ef-add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -eq 1 ]] || { echo "usage: $0 <MigrationName>" >&2; exit 2; }
exec 9>/tmp/yuanling-ef-migration.lock
flock 9
dotnet tool restore >/dev/null
dotnet ef migrations add "$1" --project src/Storage --startup-project src/Storage --output-dir Migrations
