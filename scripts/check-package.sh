#!/usr/bin/env bash
# Checks the Teams app package and the Azure infrastructure with the official tools:
#   1. node --test tests/manifest/  (schemas from @microsoft/app-manifest, icons, the zip)
#   2. the Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64, pinned in tools/bicep/):
#      build and lint infra/, failing on any error or warning;
#   3. node --test tests/infra/  (the compiled ARM template holds the settings the app relies on)
# Needs only dotnet and node; downloads go to node_modules/ and .tools/ (both git-ignored).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=$(repo_root)
cd "$root"

log "manifest tests"
ensure_node_modules
node --test tests/manifest/

# The official Bicep CLI, restored once into .tools/nuget by a restore-only project.
bicep_version=$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' tools/bicep/bicep.csproj)
bicep="$root/.tools/nuget/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
if [ ! -x "$bicep" ]; then
  log "restoring Bicep CLI $bicep_version (NuGet)"
  dotnet restore tools/bicep/bicep.csproj --packages "$root/.tools/nuget" --verbosity quiet
  chmod u+x "$bicep"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0

# run_bicep LABEL ARGS...: runs the CLI and fails on a non-zero exit or on any output at all. The
# CLI exits 0 when it reports only warnings, and a clean build or lint prints nothing, so any
# line (a warning, an error, a notice) is something to fix; this does not depend on its wording.
run_bicep() {
  local label=$1; shift
  local output status=0
  output=$("$bicep" "$@" 2>&1) || status=$?
  if [ "$status" -ne 0 ] || [ -n "$output" ]; then
    log "FAILED: bicep $label"
    printf '%s\n' "$output" >&2
    failed=1
  else
    log "ok: bicep $label"
  fi
}

log "Bicep $("$bicep" --version | sed -n 's/^Bicep CLI version \([^ ]*\).*/\1/p')"
run_bicep "build infra/main.bicep" build infra/main.bicep --outdir "$out"
# The parameter file reads the map link key from the environment (docs/deploy.md); a throwaway one lets it compile here.
JOURNEYBOT_MAP_LINK_KEY=$(head -c 32 /dev/urandom | base64) \
  run_bicep "build-params infra/main.bicepparam" build-params infra/main.bicepparam --outdir "$out"
# Every file, modules included, in one run of the linter.
run_bicep "lint infra/**/*.bicep" lint --pattern 'infra/**/*.bicep'

log "infra template tests"
node --test tests/infra/ || failed=1

if [ "$failed" -ne 0 ]; then
  log "check-package: FAILED"
  exit 1
fi
log "check-package: ok"
