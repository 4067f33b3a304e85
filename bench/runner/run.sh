#!/usr/bin/env bash
# Runner benchmarks (issue: foundation). Usage: bench/runner/run.sh BUILD_DIR
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/bench_runner.py" "${1:-build}"
