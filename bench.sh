#!/usr/bin/env bash
# Issue 6 bench: builds Release, starts a private PostgreSQL cluster (fsync on: the server's defaults), and runs
# tests/Bench, which hosts the portal simulator (generated and pre-rendered before any timing) and measures, each
# --repetitions times (default 3): copy_ceiling, full_sync, resync_nochange, resync_10pct, evaluate, and the
# worker's peak RSS at scale N and 3N. The last line is
#   bench full_ratio=… resync_ratio=… resync_writes=… rss_mb=… rss_mb_x3=… evaluate_s=…
#   ./bench.sh [--scale N] [--repetitions R] [--skip-x3]     (--scale 0.05 is a quick smoke run)
# Environment: YUANLING_BENCH_DIR (.data/bench), YUANLING_BENCH_PG_PORT (55434). Output is also saved to
# $YUANLING_BENCH_DIR/bench-<scale>.txt, the worker logs under $YUANLING_BENCH_DIR/logs.
set -euo pipefail
cd "$(dirname "$0")"

scale=1
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale="${2:?--scale needs a value}"; shift 2 ;;
    --repetitions) extra+=(--repetitions "${2:?--repetitions needs a value}"); shift 2 ;;
    --skip-x3) extra+=(--skip-x3); shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

out=${YUANLING_BENCH_DIR:-.data/bench}
pg_dir="$out/pg"
mkdir -p "$out"

scripts/ensure-system-packages.sh
echo "bench.sh: building (Release)…"
dotnet build src/Worker/YuanlingTech.Worker.csproj -c Release -nologo -v quiet
dotnet build tests/Bench/YuanlingTech.Bench.csproj -c Release -nologo -v quiet

# Measured with the server's durable defaults (fsync on): YUANLING_PG_FAST must not leak in from the environment.
base=$(env -u YUANLING_PG_FAST scripts/pg-cluster.sh start "$pg_dir" "${YUANLING_BENCH_PG_PORT:-55434}")
trap 'scripts/pg-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
echo "bench.sh: private PostgreSQL in $pg_dir on port ${YUANLING_BENCH_PG_PORT:-55434}"
echo "bench.sh: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2 " MB RAM"}'), loadavg $(cut -d' ' -f1-3 /proc/loadavg)"

dotnet tests/Bench/bin/Release/net10.0/YuanlingTech.Bench.dll \
  --pg "$base" --worker src/Worker/bin/Release/net10.0/YuanlingTech.Worker.dll \
  --scale "$scale" --out "$out" "${extra[@]}" | tee "$out/bench-$scale.txt"
exit "${PIPESTATUS[0]}"
