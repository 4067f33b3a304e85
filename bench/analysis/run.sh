#!/usr/bin/env bash
# Analysis benchmarks (issue: complexity analysis). Usage: bench/analysis/run.sh BUILD_DIR
# Accuracy of the static analyzer on the labelled CodeComplex programs (against a loop-depth rule
# measured in the same run), then its speed and the empirical analyzer's, against python's start-up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-build}" && pwd)"
/usr/bin/python3 "$here/accuracy.py"
"$build/bin/analysis-static-timing"
