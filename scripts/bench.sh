#!/usr/bin/env bash
# Prints figures for the bot in Release, in local mode, against a real Azurite; asserts nothing about time.
#   scripts/bench.sh [turns] [concurrency]   turns through /api/messages (tests/bench/turns.mjs), then the map figures
#   scripts/bench.sh maps                    only the map figures
# The map figures: drawing the Korean 5x8 sample map in process (BenchmarkDotNet, tests/bench/JourneyBot.Benchmarks:
# document, PNG, page, XLSX, CSV zip), then serving a map filled through the bot's cards over its signed links
# (tests/bench/maps.mjs: the first picture, then the cached picture and page, one and several at a time).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root); cd "$root"
only_maps=""; [ "${1:-}" = maps ] && only_maps=1
ensure_node_modules
work=$(mktemp -d); azurite_pid="" bot_pid=""
# On failure, the bot's last words say more than the script's.
trap 'status=$?; [ "$status" -eq 0 ] || { [ -f "$work/bot.log" ] && tail -n 40 "$work/bot.log" >&2; }; stop_pid "$bot_pid"; stop_pid "$azurite_pid"; rm -rf "$work"' EXIT

dotnet build src/JourneyBot -c Release --nologo -v q >/dev/null
dotnet build tests/bench/JourneyBot.Benchmarks -c Release --nologo -v q >/dev/null
azurite_port=$(free_port); start_azurite "$azurite_port" "$work/azurite"; azurite_pid=$AZURITE_PID
bot_port=$(free_port)
ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning ConnectionStrings__Tables=$(tables_connection_string "$azurite_port") Maps__PublicBaseUrl="http://127.0.0.1:$bot_port" Cards__Forms=Inline \
  dotnet src/JourneyBot/bin/Release/net10.0/JourneyBot.dll --urls "http://127.0.0.1:$bot_port" >"$work/bot.log" 2>&1 &
bot_pid=$!
wait_for_url "http://127.0.0.1:$bot_port/readyz" 60
log "machine: $(nproc) cores; bot $(dotnet --version) Release, local mode, Azurite on loopback"
[ -n "$only_maps" ] || BOT_URL="http://127.0.0.1:$bot_port" node tests/bench/turns.mjs "${1:-300}" "${2:-4}"

# BenchmarkDotNet says a lot while it works: keep the sizes and the summary table, the rest in its log under artifacts/.
log "drawing the Korean 5x8 sample map (BenchmarkDotNet, short job, in process)"
mkdir -p artifacts/bench
if ! dotnet tests/bench/JourneyBot.Benchmarks/bin/Release/net10.0/JourneyBot.Benchmarks.dll >artifacts/bench/benchmarks.log 2>&1; then
  cat artifacts/bench/benchmarks.log >&2; exit 1
fi
sed -n -e '1,/^  CSV zip/p' -e '/^| Method/,/^$/p' artifacts/bench/benchmarks.log

log "serving a map filled through the bot's cards, over its signed links"
BOT_URL="http://127.0.0.1:$bot_port" node tests/bench/maps.mjs
