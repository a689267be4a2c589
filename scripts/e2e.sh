#!/usr/bin/env bash
# The end-to-end test: the built bot, the Microsoft 365 Agents Playground pointed at it, and
# tests/e2e/ driving the Playground in headless Chromium. Exits with the tests' status.
#
#   scripts/e2e.sh [path/to/JourneyBot.dll]
#
# E2E_TESTS names the test files to run (default: every one in tests/e2e/), e.g.
# E2E_TESTS=tests/e2e/reminders.test.mjs scripts/e2e.sh.
#
# Without a dll it builds src/JourneyBot in BOT_CONFIGURATION (default Release; an up-to-date
# build is quick). TABLES_CONNECTION_STRING points the bot at a
# Table Storage (test.sh passes its Azurite); without it this script starts its own Azurite.
# Logs of everything it starts are kept in artifacts/e2e/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
artifacts="$root/artifacts/e2e"
mkdir -p "$artifacts"
rm -f "$artifacts"/*.png # screenshots of an earlier failure would mislead

bot_pid="" playground_pid="" AZURITE_PID="" scratch=""
cleanup() {
  stop_pid "$playground_pid"
  stop_pid "$bot_pid"
  stop_pid "$AZURITE_PID"
  [ -z "$scratch" ] || rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_node_modules
ensure_chromium

dll=${1:-${JOURNEYBOT_DLL:-}}
if [ -z "$dll" ]; then
  configuration=${BOT_CONFIGURATION:-Release}
  log "building src/JourneyBot ($configuration)"
  dotnet build "$root/src/JourneyBot" -c "$configuration" -nologo -v quiet >"$artifacts/build.log" 2>&1 \
    || { cat "$artifacts/build.log" >&2; exit 1; }
  dll="$root/src/JourneyBot/bin/$configuration/net10.0/JourneyBot.dll"
fi
[ -f "$dll" ] || { log "no bot at $dll"; exit 1; }
dll=$(cd "$(dirname "$dll")" && pwd)/$(basename "$dll")

tables=${TABLES_CONNECTION_STRING:-}
if [ -z "$tables" ]; then
  scratch=$(mktemp -d)
  azurite_port=$(free_port)
  log "starting Azurite on port $azurite_port"
  start_azurite "$azurite_port" "$scratch/azurite"
  tables=$(tables_connection_string "$azurite_port")
fi

bot_port=$(free_port)
bot_url="http://127.0.0.1:$bot_port"
log "starting the bot on $bot_url (log: artifacts/e2e/bot.log)"
# Content root = the dll's folder, where its appsettings*.json are.
# Maps__PublicBaseUrl: the map's links in cards point at this bot, where the browser fetches the picture.
# Cards__Forms=Inline: the Playground has no dialogs (task/fetch), so forms open in the card, as in ./run.sh.
# DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1: socket answers continue where they arrive, as deployed (docs/deploy.md).
# Reminders__PollInterval: a reminder made due by the test is posted within a second (the default waits a minute).
(cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 ConnectionStrings__Tables="$tables" Maps__PublicBaseUrl="$bot_url" Cards__Forms=Inline \
  Reminders__PollInterval=00:00:01 \
  exec dotnet "$dll" --urls "$bot_url") >"$artifacts/bot.log" 2>&1 &
bot_pid=$!
wait_for_url "$bot_url/healthz" 120 || { tail -n 50 "$artifacts/bot.log" >&2; exit 1; }

playground_port=$(free_port)
log "starting the Agents Playground on port $playground_port (log: artifacts/e2e/playground.log)"
# BROWSER=none: the Playground would otherwise try to open a desktop browser.
(cd "$root" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$artifacts/playground-debug.log" \
  exec node_modules/.bin/agentsplayground -e "$bot_url/api/messages" -c msteams \
    -p "$playground_port" --disable-telemetry) >"$artifacts/playground.log" 2>&1 &
playground_pid=$!
# When its port is taken the Playground quietly picks another one: make sure it took ours.
listening=""
deadline=$(( $(date +%s) + 120 ))
until [ -n "$listening" ]; do
  if ! kill -0 "$playground_pid" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
    log "the Playground did not start"; cat "$artifacts/playground.log" >&2; exit 1
  fi
  sleep 0.3
  listening=$(sed -n 's/^Listening on \([0-9]*\).*/\1/p' "$artifacts/playground.log" | head -n 1)
done
if [ "$listening" != "$playground_port" ]; then
  log "the Playground listens on $listening, not on $playground_port (the port was taken)"
  exit 1
fi
wait_for_url "http://127.0.0.1:$playground_port/" 60 || { cat "$artifacts/playground.log" >&2; exit 1; }

log "running tests/e2e"
status=0
# TABLES_CONNECTION_STRING: the reminder test arranges a due reminder in the bot's tables.
# shellcheck disable=SC2086 # E2E_TESTS is a list of files
(cd "$root" && BOT_URL="$bot_url" PLAYGROUND_PORT="$playground_port" TABLES_CONNECTION_STRING="$tables" node --test ${E2E_TESTS:-tests/e2e/}) || status=$?
[ "$status" -eq 0 ] || log "end-to-end tests failed: screenshots and logs in artifacts/e2e/"
exit "$status"
