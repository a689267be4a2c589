#!/usr/bin/env bash
# Copies the map's font (Noto Sans KR, SIL OFL 1.1) from the npm package pinned in package.json into
# src/JourneyBot.Maps/Fonts, where the build embeds it. Run after changing that package's version, then commit the files.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root); cd "$root"
ensure_node_modules
from=node_modules/@expo-google-fonts/noto-sans-kr
to=src/JourneyBot.Maps/Fonts
cp "$from/400Regular/NotoSansKR_400Regular.ttf" "$from/700Bold/NotoSansKR_700Bold.ttf" "$to/"
cp "$from/LICENSE_FONT" "$to/OFL.txt"
log "fonts copied from $(node -p "require('./$from/package.json').version") into $to"
