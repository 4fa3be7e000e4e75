#!/usr/bin/env bash
# Ordered dump of every warehouse table, surrogate ids and timestamps aside, to compare two warehouses
# (e.g. before and after a refactoring: docs/architecture.md). Usage: scripts/dump-warehouse.sh <connection-uri> <out-dir>
# <connection-uri> is a libpq URI or keyword string for psql (postgresql://user@127.0.0.1:55432/yuanling).
set -euo pipefail
db=${1:?usage: dump-warehouse.sh <connection-uri> <out-dir>}
out=${2:?usage: dump-warehouse.sh <connection-uri> <out-dir>}
mkdir -p "$out"
tables=$(psql "$db" -XAtc "
  select table_schema || '.' || table_name from information_schema.tables
  where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema', 'hangfire')
    and table_name not in ('__EFMigrationsHistory', '__ef_migrations_history') order by 1")
for table in $tables; do
  schema=${table%%.*}; name=${table#*.}
  # Surrogate keys (id, *_id of an integer type) and clock values differ between two equal loads; bytea is compared by digest.
  columns=$(psql "$db" -XAtc "
    select string_agg(case when data_type = 'bytea' then 'md5(' || quote_ident(column_name) || ')' else quote_ident(column_name) end, ', ' order by ordinal_position)
    from information_schema.columns
    where table_schema = '$schema' and table_name = '$name'
      and not (data_type in ('bigint', 'integer', 'smallint') and (column_name = 'id' or column_name like '%\_id'))
      and data_type not like 'timestamp%' and column_name not like '%\_ms'")
  [[ -z "$columns" ]] && continue
  psql "$db" -XAtc "copy (select $columns from $table order by $columns) to stdout" > "$out/$table.tsv"
done
wc -l "$out"/*.tsv | tail -1
