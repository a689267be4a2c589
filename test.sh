#!/usr/bin/env bash
# Runs every JourneyBot test on this machine, installing what the tests need first.
#   ./test.sh            everything: .NET tests (with a real Azurite), package checks, the Playground end-to-end test
#   ./test.sh --no-e2e   skips the Playground test (quicker while developing); the map page test still opens Chromium
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh

run_e2e=1
for arg in "$@"; do
  case "$arg" in
    --no-e2e) run_e2e=0 ;;
    *) echo "usage: ./test.sh [--no-e2e]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=$(mktemp -d)
azurite_pid=""
cleanup() { stop_pid "$azurite_pid"; rm -rf "$results"; }
trap cleanup EXIT

log "installing tools"
ensure_node_modules
ensure_chromium # the map page test (tests/JourneyBot.Maps.Tests) opens it too, e2e or not

log "building (warnings are errors)"
dotnet restore JourneyBot.sln --nologo -v q
dotnet build JourneyBot.sln -c Release --no-restore --nologo -v q -warnaserror

log "starting Azurite for the tests"
azurite_port=$(free_port)
start_azurite "$azurite_port" "$results/azurite"
azurite_pid=$AZURITE_PID
export JOURNEYBOT_TEST_TABLES
JOURNEYBOT_TEST_TABLES=$(tables_connection_string "$azurite_port")

passed=0 failed=0 status=0
count_dotnet() { # adds up dotnet test's summary lines ("Failed: 0, Passed: 7, ...")
  local out=$1 f p
  f=$(grep -oE 'Failed: +[0-9]+' "$out" | awk '{s+=$NF} END {print s+0}')
  p=$(grep -oE 'Passed: +[0-9]+' "$out" | awk '{s+=$NF} END {print s+0}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}
count_node() { # adds up node --test's "# pass N" / "# fail N"
  local out=$1 f p
  p=$(grep -oE '^# pass [0-9]+' "$out" | awk '{s+=$NF} END {print s+0}')
  f=$(grep -oE '^# fail [0-9]+' "$out" | awk '{s+=$NF} END {print s+0}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

for project in tests/JourneyBot.Workshop.Tests tests/JourneyBot.Maps.Tests tests/JourneyBot.Connector.Tests tests/JourneyBot.Tests; do
  log "dotnet test $project"
  # A test that hangs fails the run after 5 minutes with a dump, instead of holding CI until its limit.
  if ! dotnet test "$project" -c Release --no-build --nologo --blame-hang-timeout 5m 2>&1 | tee "$results/dotnet.out"; then status=1; fi
  count_dotnet "$results/dotnet.out"
done

log "Teams app package and Azure infrastructure"
if ! scripts/check-package.sh 2>&1 | tee "$results/package.out"; then status=1; fi
count_node "$results/package.out"

if [ "$run_e2e" = 1 ]; then
  log "end to end: the Agents Playground in headless Chromium"
  if ! TABLES_CONNECTION_STRING=$JOURNEYBOT_TEST_TABLES scripts/e2e.sh src/JourneyBot/bin/Release/net10.0/JourneyBot.dll 2>&1 | tee "$results/e2e.out"; then status=1; fi
  count_node "$results/e2e.out"
fi

if [ "$failed" -gt 0 ]; then status=1; fi
if [ "$passed" -eq 0 ]; then log "no test ran"; status=1; fi
echo
echo "tests: $passed passed, $failed failed"
exit "$status"
