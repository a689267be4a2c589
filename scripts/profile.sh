#!/usr/bin/env bash
# Where JourneyBot's CPU or allocations go in the benchmark's turns (issue 13): runs `scripts/bench.sh compare` with
# JourneyBot alone and records its measured load with dotnet-trace (or Linux perf), then prints what cost most.
#   scripts/profile.sh [conversations] [rounds] [seconds]              CPU samples; default 20 conversations, 5 rounds, 12 s
#   scripts/profile.sh allocations [conversations] [rounds] [seconds]  allocation samples (gc-verbose), default 8 s
#   scripts/profile.sh perf [conversations] [rounds] [seconds]         on-CPU samples of every thread with Linux perf
#                                                                      (kernel, runtime, JIT and managed code), default 10 s
#   scripts/profile.sh perf kinds [rounds] [seconds]                   the same of turns one at a time (bench.sh compare kinds)
# CPU leaves artifacts/profile/turns.nettrace (open it in PerfView or Visual Studio), turns.speedscope.json
# (speedscope.app) and top.txt; allocations leave allocations.nettrace and allocations.txt (by type, by method, by
# stack; tests/bench/profile/Allocations); perf leaves perf.data, perf.script and perf.txt (tests/bench/profile/
# perf_summary.py; it needs `perf`, apt linux-perf, and the right to use it). dotnet-trace is installed into artifacts/tools
# when it is not on the PATH.
# Prints figures; asserts nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root); cd "$root"
out="$root/artifacts/profile"; mkdir -p "$out"
mode=cpu
case "${1:-}" in allocations|perf) mode=$1; shift ;; esac
if [ "$mode" = perf ]; then
  command -v perf >/dev/null || { echo "perf is not installed (apt install linux-perf)" >&2; exit 1; }
  # perf names JIT-compiled code from /tmp/perf-<pid>.map; without W^X the code is not double-mapped, so the names apply.
  export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0
fi
trace=$(command -v dotnet-trace || true)
if [ -z "$trace" ]; then
  trace="$root/artifacts/tools/dotnet-trace"
  [ -x "$trace" ] || dotnet tool install dotnet-trace --version 10.0.750501 --tool-path "$root/artifacts/tools" >/dev/null
fi

BENCH_BOTS=JourneyBot scripts/bench.sh compare "${1:-20}" "${2:-5}" >"$out/bench.txt" 2>&1 &
bench=$!
trap 'stop_pid "$bench"' EXIT
pid=""
for _ in $(seq 1 600); do
  pid=$(sed -n 's/.*measuring .* (process \([0-9]*\)).*/\1/p' "$out/bench.txt" | head -n 1)
  [ -n "$pid" ] && break
  kill -0 "$bench" 2>/dev/null || { cat "$out/bench.txt" >&2; exit 1; }
  sleep 0.2
done
[ -n "$pid" ] || { echo "the benchmark did not reach its measured load" >&2; exit 1; }
if [ "$mode" = perf ]; then
  log "sampling process $pid with perf for ${3:-10} s"
  perf record -F 999 -g -p "$pid" -o "$out/perf.data" -- sleep "${3:-10}" >"$out/trace.log" 2>&1
elif [ "$mode" = allocations ]; then
  log "tracing the allocations of process $pid for ${3:-8} s"
  "$trace" collect -p "$pid" --profile gc-verbose --duration "00:00:00:${3:-8}" -o "$out/allocations.nettrace" >"$out/trace.log" 2>&1
else
  log "tracing process $pid for ${3:-12} s"
  "$trace" collect -p "$pid" --profile dotnet-sampled-thread-time --duration "00:00:00:${3:-12}" -o "$out/turns.nettrace" >"$out/trace.log" 2>&1
fi
wait "$bench" || true
trap - EXIT
cat "$out/bench.txt"
if [ "$mode" = perf ]; then
  perf script -i "$out/perf.data" >"$out/perf.script" 2>/dev/null
  python3 tests/bench/profile/perf_summary.py "$out/perf.script" | tee "$out/perf.txt"
  exit 0
fi
if [ "$mode" = allocations ]; then
  dotnet run --project tests/bench/profile/Allocations -c Release -- "$out/allocations.nettrace" | tee "$out/allocations.txt"
  exit 0
fi
"$trace" convert "$out/turns.nettrace" --format Speedscope -o "$out/turns" >/dev/null
python3 tests/bench/profile/top.py "$out/turns.speedscope.json" | tee "$out/top.txt"
