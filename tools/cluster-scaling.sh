#!/usr/bin/env bash
# Throughput of `ccsim run` on 1, 2 and 4 silo processes of one Redis-clustered Orleans cluster on
# this machine, against the embedded single silo. Needs redis-server (apt-get install redis-server).
#   bash tools/cluster-scaling.sh [REPLICATIONS] [SILO_COUNTS...]      e.g. bash tools/cluster-scaling.sh 400 1 2 4
set -euo pipefail
cd "$(dirname "$0")/.."
replications=${1:-400}; shift || true
counts=("${@:-1 2 4}"); counts=(${counts[@]})
scenario=scenarios/reference-model.yaml
work=$(mktemp -d)
dotnet build -c Release src/Simulator.Cli -v quiet -nologo >/dev/null
ccsim="dotnet src/Simulator.Cli/bin/Release/net10.0/ccsim.dll"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --logfile "$work/redis.log" --pidfile "$work/redis.pid"
silos=()
cleanup() { for pid in "${silos[@]}"; do kill "$pid" 2>/dev/null || true; done; kill "$(cat "$work/redis.pid")" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

base=$(seconds $ccsim run "$scenario" --replications "$replications" --format json)
echo "embedded silo: $replications replications in ${base}s ($(echo "$replications / $base" | bc -l | cut -c1-6) per s, start-up included)"
for n in "${counts[@]}"; do
  cluster_id="scaling-$n-$RANDOM"
  for i in $(seq 1 "$n"); do
    $ccsim silo --cluster "redis://127.0.0.1:$port" --cluster-id "$cluster_id" --silo-port $((20000 + 10 * n + i)) --gateway-port $((21000 + 10 * n + i)) > "$work/silo-$n-$i.log" 2>&1 &
    silos+=($!)
  done
  for i in $(seq 1 "$n"); do until grep -q "Silo up" "$work/silo-$n-$i.log"; do sleep 0.2; done; done
  $ccsim run "$scenario" --replications 20 --format json --cluster "redis://127.0.0.1:$port" --cluster-id "$cluster_id" > /dev/null   # warm the silos
  t=$(seconds $ccsim run "$scenario" --replications "$replications" --format json --cluster "redis://127.0.0.1:$port" --cluster-id "$cluster_id")
  echo "$n silo(s): $replications replications in ${t}s ($(echo "$replications / $t" | bc -l | cut -c1-6) per s, client start-up included)"
  for pid in "${silos[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; silos=()
done
