#!/usr/bin/env bash
# The chat server under load, twice in one run: with the full privacy pipeline, and with
# detection and sealing switched off by the benchmark-only flag; prints both and the ratio.
#   bench/run-load.sh                       # 200 conversations sending 2,000 msg/s in all, 30 s warm-up, 30 s measured
#   WARMUP=5 bench/run-load.sh              # a shorter warm-up: the server is still being compiled (see below)
#   RATE=0 bench/run-load.sh                # closed loop: the most the server answers
#   CONVERSATIONS=50 DURATION=10 bench/run-load.sh
#   ROUNDS=3 bench/run-load.sh              # three pairs, the order alternating (privacy first, then baseline first, ...);
#                                           # prints every run and the medians: on this machine one run's tail moves a lot
# Loopback only. Rate limits are off for the run (it measures the pipeline, not the limiter:
# 200 conversations from one address would otherwise be one client's bucket).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
conversations=${CONVERSATIONS:-200}
duration=${DURATION:-30}
# The warm-up is long because the runtime's tiered compiler keeps optimising the server's code
# under this load: a profile 12 to 27 s in shows the JIT thread taking a fifth of the server's CPU,
# one 45 to 60 s in none (WARMUP=45 to be sure it is over). Measuring earlier measures the
# compiler, not the server.
warmup=${WARMUP:-30}
rate=${RATE:-2000}   # messages per second over all conversations (open loop); 0 = as fast as replies come
rounds=${ROUNDS:-1}

dotnet build -c Release -v q --nologo "$root/src/Confidant.Server" >/dev/null
dotnet build -c Release -v q --nologo "$root/bench/Confidant.LoadGenerator" >/dev/null
server_dll="$root/src/Confidant.Server/bin/Release/net10.0/Confidant.Server.dll"
generator_dll="$root/bench/Confidant.LoadGenerator/bin/Release/net10.0/Confidant.LoadGenerator.dll"
# The builds above leave many written files for the kernel to flush: the first run would share
# the disk with that writeback (its commits wait on fsync), so flush them before measuring.
sync
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

run() {
  local label=$1 environment=$2 round=$3; shift 3
  local data="$work/$label-$round" port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  mkdir -p "$data"
  ASPNETCORE_ENVIRONMENT=$environment dotnet "$server_dll" --data "$data" \
    --Confidant:Server:HttpsPort="$port" --Confidant:Server:RateLimits:Enabled=false \
    --Logging:LogLevel:Default=Warning "$@" >"$data/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do
    curl -skf "https://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break
    sleep 0.2
  done
  dotnet "$generator_dll" --url "https://127.0.0.1:$port" --conversations "$conversations" \
    --duration "$duration" --warmup "$warmup" --rate "$rate" --label "$label" --json "$work/$label-$round.json"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

for round in $(seq 1 "$rounds"); do
  if (( round % 2 == 1 )); then
    run privacy Production "$round"
    run baseline Benchmark "$round" --Confidant:Chat:BenchmarkWithoutPrivacy=true
  else
    run baseline Benchmark "$round" --Confidant:Chat:BenchmarkWithoutPrivacy=true
    run privacy Production "$round"
  fi
done

python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
runs = {label: [json.load(open(f"{work}/{label}-{r}.json")) for r in range(1, rounds + 1)] for label in ("privacy", "baseline")}
p = {k: statistics.median(run[k] for run in runs["privacy"]) for k in ("messagesPerSecond", "p99Ms")}
b = {k: statistics.median(run[k] for run in runs["baseline"]) for k in ("messagesPerSecond", "p99Ms")}
if rounds > 1:
    for label, results in runs.items():
        rates = [r["messagesPerSecond"] for r in results]
        tails = [r["p99Ms"] for r in results]
        print(label + ": msg/s " + ", ".join(f"{x:.0f}" for x in rates) + f" (median {statistics.median(rates):.0f}); "
              + "p99 ms " + ", ".join(f"{x:.1f}" for x in tails) + f" (median {statistics.median(tails):.1f})")
print(f"cost of privacy{' (medians)' if rounds > 1 else ''}: throughput {b['messagesPerSecond'] / p['messagesPerSecond']:.2f}x lower, "
      f"p99 latency {p['p99Ms'] / b['p99Ms']:.2f}x higher (full pipeline vs detection and sealing off)")
PY
