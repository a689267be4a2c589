#!/usr/bin/env bash
# Prints figures for the bot in Release, in local mode, against a real Azurite; asserts nothing about time.
#   scripts/bench.sh [turns] [concurrency]   turns through /api/messages (tests/bench/turns.mjs), then the map figures
#   scripts/bench.sh maps                    only the map figures
#   scripts/bench.sh compare [conversations[,conversations...]] [rounds]
#                                            JourneyBot beside a reference bot on the Bot Framework JS SDK (issue 13)
#   scripts/bench.sh compare first [starts]  only each bot's first answer after start (default 5 starts each);
#                                            JOURNEYBOT_DLL=path times another build (e.g. a ReadyToRun publish)
#   scripts/bench.sh compare kinds [rounds]  each bot's CPU per turn, per click and per typed turn, by verb: one
#                                            conversation playing the same workshops turn after turn (default 5 rounds)
# The map figures: drawing the Korean 5x8 sample map in process (BenchmarkDotNet, tests/bench/JourneyBot.Benchmarks:
# document, PNG, page, XLSX, CSV zip), then serving a map filled through the bot's cards over its signed links
# (tests/bench/maps.mjs: the first picture, then the cached picture and page, one and several at a time).
# The comparison (tests/bench/compare.mjs) runs, one after the other on one Azurite (Table and Blob services), JourneyBot
# (Release, local mode, Cards__Forms=Inline) and tests/bench/reference-bot (botbuilder 4.23.3: a seven-prompt waterfall,
# ConversationState in Blob Storage, CloudAdapter without an app id; its own package-lock.json, installed here with
# npm ci --ignore-scripts when missing or stale). Each gets the same load: N group chats at once (default 20; a list such
# as 20,50 runs each load in turn), each playing whole workshops for a number of rounds (default 5): on JourneyBot 23 turns
# (24 from the second round) of typed commands and card clicks, on the reference bot "start" and its seven prompts
# answered. Per bot and load it prints turns per second, p50/p90/p99/max latency, CPU ms per turn of the bot process (/proc
# utime + stime, until it is idle again), storage operations per turn (requests through a counting proxy in front of
# Azurite), connector calls per turn (with the late board redraws, waited for), RSS after and Azurite's CPU per turn;
# then the CPU ratio, and each bot's first answer after its start. docs/architecture.md (Benchmarks) says exactly what
# each figure counts. `scripts/bench.sh compare 4 1` is a quick check that it all works.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root); cd "$root"
# Azurite without its debug log and with its data in memory: the figures are the bots', not the emulator's disk (lib.sh).
export AZURITE_BENCH=1
mode=turns; case "${1:-}" in maps|compare) mode=$1; shift ;; esac
ensure_node_modules
[ "$mode" != compare ] || npm_ci_if_stale "$root/tests/bench/reference-bot" --ignore-scripts
work=$(mktemp -d); azurite_pid="" blob_pid="" bot_pid="" driver_pid=""
# On failure, the bots' last words say more than the script's.
trap 'status=$?; [ "$status" -eq 0 ] || for f in "$work"/*.log; do [ -f "$f" ] && { echo "--- ${f##*/}" >&2; tail -n 40 "$f" >&2; }; done; stop_pid "$driver_pid"; stop_pid "$bot_pid"; stop_pid "$blob_pid"; stop_pid "$azurite_pid"; rm -rf "$work"' EXIT

dotnet build src/JourneyBot -c Release --nologo -v q >/dev/null
if [ "$mode" = compare ]; then
  table_port=$(free_port); start_azurite "$table_port" "$work/azurite"; azurite_pid=$AZURITE_PID
  blob_port=$(free_port); start_azurite_blob "$blob_port" "$work/azurite-blob"; blob_pid=$AZURITE_BLOB_PID
  log "machine: $(nproc) cores; JourneyBot on .NET $(dotnet --version) Release and the reference bot on Node.js $(node --version), one at a time, Azurite on loopback"
  # In the background and waited for, so the trap can stop the driver and with it the bot it started.
  BENCH_WORK="$work" AZURITE_TABLE_PORT="$table_port" AZURITE_BLOB_PORT="$blob_port" AZURITE_PIDS="$azurite_pid $blob_pid" \
    node tests/bench/compare.mjs "${1:-20}" "${2:-5}" &
  driver_pid=$!
  wait "$driver_pid"
  exit
fi
dotnet build tests/bench/JourneyBot.Benchmarks -c Release --nologo -v q >/dev/null
azurite_port=$(free_port); start_azurite "$azurite_port" "$work/azurite"; azurite_pid=$AZURITE_PID
bot_port=$(free_port)
ASPNETCORE_ENVIRONMENT=Development DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 Logging__LogLevel__Default=Warning ConnectionStrings__Tables=$(tables_connection_string "$azurite_port") Maps__PublicBaseUrl="http://127.0.0.1:$bot_port" Cards__Forms=Inline \
  dotnet src/JourneyBot/bin/Release/net10.0/JourneyBot.dll --urls "http://127.0.0.1:$bot_port" >"$work/bot.log" 2>&1 &
bot_pid=$!
wait_for_url "http://127.0.0.1:$bot_port/readyz" 60
log "machine: $(nproc) cores; bot $(dotnet --version) Release, local mode, Azurite on loopback"
[ "$mode" = maps ] || BOT_URL="http://127.0.0.1:$bot_port" node tests/bench/turns.mjs "${1:-300}" "${2:-4}"

# BenchmarkDotNet says a lot while it works: keep the sizes and the summary table, the rest in its log under artifacts/.
log "drawing the Korean 5x8 sample map (BenchmarkDotNet, short job, in process)"
mkdir -p artifacts/bench
if ! dotnet tests/bench/JourneyBot.Benchmarks/bin/Release/net10.0/JourneyBot.Benchmarks.dll >artifacts/bench/benchmarks.log 2>&1; then
  cat artifacts/bench/benchmarks.log >&2; exit 1
fi
sed -n -e '1,/^  CSV zip/p' -e '/^| Method/,/^$/p' artifacts/bench/benchmarks.log

log "serving a map filled through the bot's cards, over its signed links"
BOT_URL="http://127.0.0.1:$bot_port" node tests/bench/maps.mjs
