# Shared shell functions for run.sh, test.sh and the test scripts. Source it; it defines, it does not run.
# shellcheck shell=bash

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

log() { printf '\033[1m[%s]\033[0m %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# A TCP port nobody listens on right now (the kernel picks it).
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

# wait_for_port PORT [SECONDS]: until something accepts TCP connections on 127.0.0.1:PORT.
wait_for_port() {
  local port=$1 deadline=$(( $(date +%s) + ${2:-60} ))
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ]; then log "nothing listens on port $port"; return 1; fi
    sleep 0.3
  done
}

# wait_for_url URL [SECONDS]: until URL answers 2xx.
wait_for_url() {
  local url=$1 deadline=$(( $(date +%s) + ${2:-60} ))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ]; then log "$url did not answer"; return 1; fi
    sleep 0.5
  done
}

# npm packages exactly as package-lock.json pins them, installed only when missing or stale.
ensure_node_modules() { npm_ci_if_stale "$(repo_root)"; }

# npm_ci_if_stale DIR [NPM ARGS...]: npm ci in DIR when its node_modules is missing or older than its package-lock.json.
npm_ci_if_stale() {
  local dir=$1; shift
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "npm ci $* in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error "$@")
  fi
}

# Debian's Chromium for the Playwright tests (Playwright's own browser download cannot work here), and Noto CJK so Korean
# text on the map's page renders in screenshots and PDFs instead of empty boxes (the page names no web font).
ensure_chromium() {
  local packages=()
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
  fc-list :lang=ko family 2>/dev/null | grep -q . || packages+=(fonts-noto-cjk)
  if [ "${#packages[@]}" -gt 0 ]; then
    log "installing ${packages[*]} (apt)"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
}

# start_azurite PORT DIR: the Table Storage emulator on 127.0.0.1:PORT, data and logs under DIR. Sets AZURITE_PID.
start_azurite() {
  local port=$1 dir=$2 root options=(); root=$(repo_root)
  mkdir -p "$dir"
  # Its debug log (every request) explains a failed test. AZURITE_BENCH=1 (scripts/bench.sh) leaves it out and keeps the
  # data in memory, where Azurite's own speed is part of what is measured: writing the log, and saving its whole
  # database to disk every few seconds, slowed it to seconds per request after some ten thousand workshop turns.
  if [ "${AZURITE_BENCH:-0}" = 1 ]; then options=(--inMemoryPersistence); else options=(--location "$dir" --debug "$dir/debug.log"); fi
  "$root/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" \
    "${options[@]}" --skipApiVersionCheck --disableProductStyleUrl \
    >"$dir/azurite.out" 2>&1 &
  AZURITE_PID=$!
  wait_for_port "$port" 60 || { cat "$dir/azurite.out" >&2; return 1; }
}

# start_azurite_blob PORT DIR: the Blob Storage emulator on 127.0.0.1:PORT, data under DIR, with the same options as
# start_azurite, and no telemetry (with it, a blob service told to stop once lingered for minutes). Sets AZURITE_BLOB_PID.
start_azurite_blob() {
  local port=$1 dir=$2 root options=(); root=$(repo_root)
  mkdir -p "$dir"
  if [ "${AZURITE_BENCH:-0}" = 1 ]; then options=(--inMemoryPersistence); else options=(--location "$dir" --debug "$dir/debug.log"); fi
  "$root/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$port" \
    "${options[@]}" --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry \
    >"$dir/azurite.out" 2>&1 &
  AZURITE_BLOB_PID=$!
  wait_for_port "$port" 60 || { cat "$dir/azurite.out" >&2; return 1; }
}

# The connection string of Azurite's well-known development account on PORT.
tables_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' "$1"
}

# stop_pid PID: ends a background process and its children, quietly.
stop_pid() {
  local pid=$1
  [ -n "$pid" ] || return 0
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
