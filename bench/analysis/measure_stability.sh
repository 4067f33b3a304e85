#!/usr/bin/env bash
# How often Measure fits the true class of a plain linear loop, through the sandbox as the IDE measures:
# the JavaScript loop of tst_empiricalanalyzer's JavaScript rows and its Python string row (and two
# controls, a quadratic JavaScript loop and Python's sorted()), SERIES times each with a 2 s budget.
# usage: bench/analysis/measure_stability.sh BUILD_DIR [SERIES] [BASE_BUILD_DIR]
#   BASE_BUILD_DIR: a build of another tree with the same driver (bench/analysis/measure_stability.cpp
#   copied into it), measured in the same run, series for series after this build's, as the baseline.
# The rates depend on the machine's load: the load average is printed before and after each build's run.
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
series="${2:-30}"
base="${3:-}"
cases=(js-linear py-string js-quadratic py-sorted)
run() {
    echo "== $1 ($(uptime | sed 's/.*load/load/'))"
    "$2/bin/analysis-measure-stability" "$series" "${cases[@]}" 2>/dev/null
    echo "   ($(uptime | sed 's/.*load/load/'))"
}
run "this tree" "$build"
if [ -n "$base" ]; then
    run "baseline: $(basename "$(dirname "$(cd "$base" && pwd)")")" "$(cd "$base" && pwd)"
fi
