#!/usr/bin/env bash
# Runs YuanlingTech locally: a private PostgreSQL (unless ConnectionStrings__Warehouse is set), the portal
# simulator, migrations, the worker with its Hangfire dashboard, and a first sync with a summary.
#   ./run.sh          keep the worker running (Ctrl-C stops everything)
#   ./run.sh --once   do the same work once and exit (0 = every source synced)
# Environment: YUANLING_DATA_DIR (.data), YUANLING_PG_PORT (55432), YUANLING_SIM_PORT (5080),
#   YUANLING_SIM_SEED (42), YUANLING_SIM_SCALE (0.1), YUANLING_SIM_AS_OF (today in China: the simulated portals
#   publish up to the day the targets are evaluated), ConnectionStrings__Warehouse (use this database instead).
set -euo pipefail
cd "$(dirname "$0")"

once=0
for arg in "$@"; do
  case "$arg" in
    --once) once=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

data=${YUANLING_DATA_DIR:-.data}
sim_port=${YUANLING_SIM_PORT:-5080}
mkdir -p "$data"

scripts/ensure-system-packages.sh
echo "run.sh: building (Release)…"
dotnet build src/Worker/YuanlingTech.Worker.csproj -c Release -nologo -v quiet
dotnet build tests/PortalSimulator/YuanlingTech.PortalSimulator.csproj -c Release -nologo -v quiet

if [[ -z "${ConnectionStrings__Warehouse:-}" ]]; then
  base=$(scripts/pg-cluster.sh start "$data/pg" "${YUANLING_PG_PORT:-55432}")
  export ConnectionStrings__Warehouse="${base/Database=postgres/Database=yuanling}"
  echo "run.sh: private PostgreSQL in $data/pg on port ${YUANLING_PG_PORT:-55432}"
else
  echo "run.sh: using ConnectionStrings__Warehouse from the environment; no cluster started"
fi

if (exec 3<>"/dev/tcp/127.0.0.1/$sim_port") 2>/dev/null; then
  echo "run.sh: port $sim_port is already in use; set YUANLING_SIM_PORT to a free port" >&2
  exit 1
fi
dotnet tests/PortalSimulator/bin/Release/net10.0/YuanlingTech.PortalSimulator.dll \
  --port "$sim_port" --seed "${YUANLING_SIM_SEED:-42}" --scale "${YUANLING_SIM_SCALE:-0.1}" \
  --as-of "${YUANLING_SIM_AS_OF:-$(TZ=Asia/Shanghai date +%F)}" \
  --ground-truth "$data/ground-truth.json" --manual-inbox "$data/inbox" >"$data/simulator.log" 2>&1 &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true' EXIT
# The port opens before the province is generated (seconds at scale 1): wait for the simulator's own "listening" line.
for _ in $(seq 1 240); do
  grep -q "^listening on" "$data/simulator.log" 2>/dev/null && break
  kill -0 "$sim_pid" 2>/dev/null || { cat "$data/simulator.log" >&2; echo "run.sh: the portal simulator did not start" >&2; exit 1; }
  sleep 0.5
done
echo "run.sh: portal simulator on http://127.0.0.1:$sim_port/ (ground truth: $data/ground-truth.json)"

sim="http://127.0.0.1:$sim_port"
worker=(env
  "Sources__kjt-hnte__ListUrl=$sim/kjt/xxgk/tzgg/index.html"
  "Sources__kjt-hnte__NationalListUrl=$sim/gqrdw/hunan/list_gsgg_l3.shtml"
  "Sources__kjt-techsme__ListUrl=$sim/kjt/xxgk/tzgg/index.html"
  "Sources__market-contracts__BaseUrl=$sim/market/"
  "Sources__kv-loans__ApiUrl=$sim/kvloan/api/loans"
  "Sources__kv-loans__ExportIndexUrl=$sim/kvloan/export/index.json"
  "Sources__manual__InboxFolder=$(cd "$data" && pwd)/inbox"
  dotnet src/Worker/bin/Release/net10.0/YuanlingTech.Worker.dll)
if [[ $once -eq 1 ]]; then
  status=0
  "${worker[@]}" run --once || status=$?
  if [[ $status -ne 0 ]]; then echo "run.sh: the sync did not succeed (exit $status); see the messages above" >&2; fi
  exit $status
fi
"${worker[@]}" run --first-sync
