#!/usr/bin/env bash
# Runs the bot locally: Azurite (Table Storage, data kept in .data/azurite), the bot on
# http://127.0.0.1:3978 in local mode, and the Microsoft 365 Agents Playground to chat with it.
# Ctrl-C stops all three.
set -euo pipefail
# Job control puts each background process in its own process group, so Ctrl-C reaches only this
# script, whose trap then stops the three in order (and can tell a crash from a Ctrl-C).
set -m
source "$(dirname "${BASH_SOURCE[0]}")/scripts/lib.sh"
root=$(repo_root)
cd "$root"

azurite_port=10002 # Azurite's default Table port: what UseDevelopmentStorage=true points at
bot_port=3978
playground_port=56150
logs="$root/.data/logs"

# Each of these ports must be ours: a bot or Playground left running elsewhere would answer
# instead, and the Playground would quietly move to a random port.
for port in "$azurite_port" "$bot_port" "$playground_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "port $port is already in use (another run.sh, Azurite, bot or Playground?): stop that first"
    exit 1
  fi
done

AZURITE_PID="" bot_pid="" playground_pid=""
cleanup() {
  trap - INT TERM EXIT
  log "stopping"
  stop_pid "$playground_pid"
  stop_pid "$bot_pid"
  stop_pid "$AZURITE_PID"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$logs"
ensure_node_modules
log "dotnet restore"
dotnet restore --nologo -v quiet

log "starting Azurite on 127.0.0.1:$azurite_port (data in .data/azurite)"
start_azurite "$azurite_port" "$root/.data/azurite"

log "starting the bot on http://127.0.0.1:$bot_port (log: .data/logs/bot.log; the first build takes a while)"
ASPNETCORE_ENVIRONMENT=Development DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 \
  ConnectionStrings__Tables="${ConnectionStrings__Tables:-UseDevelopmentStorage=true}" \
  Maps__PublicBaseUrl="http://127.0.0.1:$bot_port" \
  Cards__Forms=Inline \
  dotnet run --no-restore --no-launch-profile --project src/JourneyBot --urls "http://127.0.0.1:$bot_port" \
  >"$logs/bot.log" 2>&1 &
bot_pid=$!
wait_for_url "http://127.0.0.1:$bot_port/healthz" 300 || { tail -n 50 "$logs/bot.log" >&2; exit 1; }

log "starting the Agents Playground (log: .data/logs/playground.log)"
TEAMSAPPTESTER_BROWSER=${TEAMSAPPTESTER_BROWSER:-none} \
  M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground-debug.log" \
  node_modules/.bin/agentsplayground -e "http://127.0.0.1:$bot_port/api/messages" -c msteams \
  -p "$playground_port" --disable-telemetry >"$logs/playground.log" 2>&1 &
playground_pid=$!
wait_for_port "$playground_port" 120 || { cat "$logs/playground.log" >&2; exit 1; }

cat >&2 <<EOF

  JourneyBot is running. Open the Agents Playground:  http://localhost:$playground_port
  Pick "Personal Chat" and type  help

  Korean: the Playground always sends locale en-US, so press  한국어로 보기  on a card, or type
  도움말 (help) or 시작 (start): the bot then answers in Korean.

  Bot: http://127.0.0.1:$bot_port  (logs in .data/logs/)   Press Ctrl-C to stop.

EOF

# Stay up while all three run. A signal interrupts `wait` at once and runs the trap; getting
# past it means one of the three stopped on its own.
wait -n "$AZURITE_PID" "$bot_pid" "$playground_pid" || true
kill -0 "$AZURITE_PID" 2>/dev/null || log "Azurite stopped unexpectedly: see .data/azurite/azurite.out"
kill -0 "$bot_pid" 2>/dev/null || log "the bot stopped unexpectedly: see .data/logs/bot.log"
kill -0 "$playground_pid" 2>/dev/null || log "the Playground stopped unexpectedly: see .data/logs/playground.log"
exit 1
