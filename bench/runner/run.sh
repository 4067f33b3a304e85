#!/usr/bin/env bash
# Runner benchmarks (issue: foundation; languages and the warm host: issue 18).
# Usage: bench/runner/run.sh BUILD_DIR [in-a-row]
# (in-a-row: only the hundred consecutive Python runs with nothing set up, against bare python3)
set -euo pipefail
/usr/bin/python3 "$(dirname "$0")/bench_runner.py" "${1:-build}" "${2:-}"
if [ "${2:-}" = "in-a-row" ]; then
    exit 0
fi
# JavaScript, C++ and Java against their bare toolchains (skipped for a toolchain that is missing).
exec /usr/bin/python3 "$(dirname "$0")/bench_languages.py" "${1:-build}"
