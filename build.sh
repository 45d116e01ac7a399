#!/usr/bin/env bash
# Runs a Cake target of build/build.cake (default: CI). Usage: ./build.sh [--target Train] [--config mlops.yaml]
set -euo pipefail
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
# Cake's script cache (build/.cache/cake, keyed by a hash of build.cake and every file it loads) skips compiling the
# script again while none of them changed: 4 CPU s and, on a busy machine, 9 s of every run.
exec dotnet cake build/build.cake --settings_enablescriptcache=true --paths_cache=.cache/cake "$@"
