#!/usr/bin/env bash
# Runs a Cake target of build/build.cake (default: CI). Usage: ./build.sh [--target Train] [--config mlops.yaml]
set -euo pipefail
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
exec dotnet cake build/build.cake "$@"
