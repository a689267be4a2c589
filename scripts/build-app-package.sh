#!/usr/bin/env bash
# Builds the Teams app package (appPackage.zip) for one environment.
#
#   scripts/build-app-package.sh BOT_ID BOT_DOMAIN [OUT]
#
#   BOT_ID      the bot's Microsoft App ID (a GUID; with the Bicep in infra/ it is the output botAppId)
#   BOT_DOMAIN  the host name the bot is served from, without scheme or path
#               (e.g. journeybot-abc123.azurewebsites.net, the output webAppHostName)
#   OUT         where to write the zip; default manifest/build/appPackage.zip (git-ignored)
#
# The committed manifest keeps ${{BOT_ID}} and ${{BOT_DOMAIN}} tokens; they are filled in memory
# and the zip gets manifest.json, the localization files and both icons at its root.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { echo "usage: $0 BOT_ID BOT_DOMAIN [OUT]" >&2; exit 2; }
[ $# -ge 2 ] && [ $# -le 3 ] || usage

bot_id=$1
bot_domain=${2,,}
root=$(repo_root)
out=${3:-$root/manifest/build/appPackage.zip}

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if ! [[ $bot_id =~ $guid ]]; then
  log "BOT_ID must be a GUID like 00000000-0000-0000-0000-000000000000, got '$bot_id'"
  exit 2
fi

# A DNS host name with at least two labels: no scheme, port, path or wildcard.
label='[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?'
if ! [[ $bot_domain =~ ^$label(\.$label)+$ ]] || [ ${#bot_domain} -gt 253 ]; then
  log "BOT_DOMAIN must be a host name like journeybot.azurewebsites.net (no https://, port or path), got '$2'"
  exit 2
fi

node "$root/manifest/tools/package.mjs" "$bot_id" "$bot_domain" "$out"
