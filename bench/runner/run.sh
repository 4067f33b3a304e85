#!/usr/bin/env bash
# Runner benchmarks (issue: foundation; languages: issue 18). Usage: bench/runner/run.sh BUILD_DIR
set -euo pipefail
/usr/bin/python3 "$(dirname "$0")/bench_runner.py" "${1:-build}"
# JavaScript, C++ and Java against their bare toolchains (skipped for a toolchain that is missing).
exec /usr/bin/python3 "$(dirname "$0")/bench_languages.py" "${1:-build}"
