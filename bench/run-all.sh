#!/usr/bin/env bash
# Runs every benchmark: bench/*/run.sh BUILD_DIR. Each prints its figures as ratios against a baseline
# measured in the same run.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-build}" && pwd)"
status=0
for script in "$here"/*/run.sh; do
    echo "== $(basename "$(dirname "$script")")"
    bash "$script" "$build" || status=1
    echo
done
exit $status
