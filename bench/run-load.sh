#!/usr/bin/env bash
# The chat server under load, twice in one run: with the full privacy pipeline, and with
# detection and sealing switched off by the benchmark-only flag; prints both and the ratio.
#   bench/run-load.sh                       # 200 conversations sending 2,000 msg/s in all, 30 s warm-up, 30 s measured
#   WARMUP=5 bench/run-load.sh              # a shorter warm-up: the server is still being compiled (see below)
#   RATE=0 bench/run-load.sh                # closed loop: the most the server answers
#   CONVERSATIONS=50 DURATION=10 bench/run-load.sh
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

dotnet build -c Release -v q --nologo "$root/src/Confidant.Server" >/dev/null
dotnet build -c Release -v q --nologo "$root/bench/Confidant.LoadGenerator" >/dev/null
server_dll="$root/src/Confidant.Server/bin/Release/net10.0/Confidant.Server.dll"
generator_dll="$root/bench/Confidant.LoadGenerator/bin/Release/net10.0/Confidant.LoadGenerator.dll"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

run() {
  local label=$1 environment=$2; shift 2
  local data="$work/$label" port
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
    --duration "$duration" --warmup "$warmup" --rate "$rate" --label "$label" --json "$work/$label.json"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

run privacy Production
run baseline Benchmark --Confidant:Chat:BenchmarkWithoutPrivacy=true

python3 - "$work/privacy.json" "$work/baseline.json" <<'PY'
import json, sys
p, b = (json.load(open(f)) for f in sys.argv[1:3])
print(f"cost of privacy: throughput {b['messagesPerSecond'] / p['messagesPerSecond']:.2f}x lower, "
      f"p99 latency {p['p99Ms'] / b['p99Ms']:.2f}x higher (full pipeline vs detection and sealing off)")
PY
