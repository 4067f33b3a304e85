#!/usr/bin/env bash
# Runner benchmarks (issue: foundation). Usage: bench/runner/run.sh BUILD_DIR [in-a-row]
# (in-a-row: only the hundred consecutive runs with nothing set up, against bare python3)
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/bench_runner.py" "${1:-build}" "${2:-}"
