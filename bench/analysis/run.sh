#!/usr/bin/env bash
# Analysis benchmarks (issue: complexity analysis). Usage: bench/analysis/run.sh BUILD_DIR
# Accuracy of the static analyzer on the labelled CodeComplex programs (against a loop-depth rule
# measured in the same run) and on the programs translated to C++ and JavaScript (against their Java
# and Python originals, same run), then its speed and the empirical analyzer's, against each
# language's bare start-up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-build}" && pwd)"
/usr/bin/python3 "$here/accuracy.py"
/usr/bin/python3 "$here/accuracy_translated.py" "$build"
"$build/bin/analysis-static-timing"
