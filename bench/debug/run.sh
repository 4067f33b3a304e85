#!/usr/bin/env bash
# Debugger benchmarks (issue 16): a tight loop under the debugger with a breakpoint in its file that
# is never hit, against the same program run without the debugger, and the time a step takes in a
# program 900 frames deep. Both in the local sandbox, measured in this run.
#   bench/debug/run.sh build
set -euo pipefail
BUILD=${1:?usage: bench/debug/run.sh BUILD_DIR}
BUILD=$(cd "$BUILD" && pwd)
DRIVER=$BUILD/bin/code-remote-debug-bench
[ -x "$DRIVER" ] || { echo "missing $DRIVER (build it first)" >&2; exit 2; }
QT_QPA_PLATFORM=offscreen "$DRIVER"
