#!/usr/bin/env bash
# Prints turn figures for the bot in Release, in local mode, against a real Azurite:
#   scripts/bench.sh [turns] [concurrency]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root); cd "$root"
ensure_node_modules
work=$(mktemp -d); azurite_pid="" bot_pid=""
trap 'stop_pid "$bot_pid"; stop_pid "$azurite_pid"; rm -rf "$work"' EXIT

dotnet build src/JourneyBot -c Release --nologo -v q >/dev/null
azurite_port=$(free_port); start_azurite "$azurite_port" "$work/azurite"; azurite_pid=$AZURITE_PID
bot_port=$(free_port)
ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning ConnectionStrings__Tables=$(tables_connection_string "$azurite_port") Maps__PublicBaseUrl="http://127.0.0.1:$bot_port" \
  dotnet src/JourneyBot/bin/Release/net10.0/JourneyBot.dll --urls "http://127.0.0.1:$bot_port" >"$work/bot.log" 2>&1 &
bot_pid=$!
wait_for_url "http://127.0.0.1:$bot_port/readyz" 60
log "machine: $(nproc) cores; bot $(dotnet --version) Release, local mode, Azurite on loopback"
BOT_URL="http://127.0.0.1:$bot_port" node tests/bench/turns.mjs "${1:-300}" "${2:-4}"
