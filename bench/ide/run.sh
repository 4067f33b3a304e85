#!/usr/bin/env bash
# IDE benchmarks (issue 3). Builds nothing: give it a build directory that already has bin/code-remote
# and bin/code-remote-ide-bench. Runs everything under one Xvfb server so the figures are comparable.
#   bench/ide/run.sh build
# Each line: the figure, the baseline measured in the same run, their ratio, the issue's target.
set -euo pipefail

BUILD=${1:?usage: bench/ide/run.sh BUILD_DIR}
BUILD=$(cd "$BUILD" && pwd)
APP=$BUILD/bin/code-remote
DRIVER=$BUILD/bin/code-remote-ide-bench
RUNS=${RUNS:-5}
for tool in "$APP" "$DRIVER"; do
    [ -x "$tool" ] || { echo "missing $tool (build it first)" >&2; exit 2; }
done
for tool in Xvfb xwininfo geany; do
    command -v $tool >/dev/null || { echo "missing $tool (scripts/packages/bench.txt)" >&2; exit 2; }
done

# Never touch the user's configuration: a throw-away HOME and XDG directories for both editors.
SCRATCH=$(mktemp -d)
XVFB_PID=
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$SCRATCH"
}
trap cleanup EXIT
export HOME=$SCRATCH/home XDG_CONFIG_HOME=$SCRATCH/config XDG_DATA_HOME=$SCRATCH/data \
       XDG_CACHE_HOME=$SCRATCH/cache XDG_RUNTIME_DIR=$SCRATCH/runtime
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# A free display number.
DISPLAY_NUMBER=99
while [ -e /tmp/.X11-unix/X$DISPLAY_NUMBER ] || [ -e /tmp/.X$DISPLAY_NUMBER-lock ]; do
    DISPLAY_NUMBER=$((DISPLAY_NUMBER + 1))
done
Xvfb :$DISPLAY_NUMBER -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=:$DISPLAY_NUMBER QT_QPA_PLATFORM=xcb
for _ in $(seq 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done

now_ms() { date +%s%3N; }

# Starts a program and waits until a top-level window whose name matches appears on the display.
# Prints "<milliseconds to window> <resident KB one second later>".
start_and_measure() {
    local pattern=$1; shift
    local start end pid rss
    start=$(now_ms)
    "$@" >/dev/null 2>&1 &
    pid=$!
    until xwininfo -root -tree 2>/dev/null | grep -q -- "$pattern"; do
        kill -0 $pid 2>/dev/null || { echo "0 0"; return; }
        sleep 0.005
    done
    end=$(now_ms)
    # Let it settle (fonts, first paint, deferred work) before reading its memory.
    sleep 1
    rss=$(awk '/^VmRSS/ {print $2}' /proc/$pid/status)
    kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
    echo "$((end - start)) $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'; }

ide_start=(); ide_rss=(); geany_start=(); geany_rss=()
# Warm the file cache once for both, then alternate runs so drift hits both equally.
start_and_measure "Code Remote" "$APP" >/dev/null
start_and_measure "Geany" geany -c "$SCRATCH/geany" -i >/dev/null
for _ in $(seq "$RUNS"); do
    read -r t r < <(start_and_measure "Code Remote" "$APP"); ide_start+=("$t"); ide_rss+=("$r")
    read -r t r < <(start_and_measure "Geany" geany -c "$SCRATCH/geany" -i); geany_start+=("$t"); geany_rss+=("$r")
done
s_ide=$(printf '%s\n' "${ide_start[@]}" | median); s_geany=$(printf '%s\n' "${geany_start[@]}" | median)
m_ide=$(printf '%s\n' "${ide_rss[@]}" | median); m_geany=$(printf '%s\n' "${geany_rss[@]}" | median)
printf '%-22s %10s ms   baseline %10s ms   ratio %6s   target <= 1.00 x Geany (median of %d)\n' \
    start_to_window "$s_ide" "$s_geany" "$(ratio "$s_ide" "$s_geany")" "$RUNS"
printf '%-22s %10s MB   baseline %10s MB   ratio %6s   target <= 80 MB (baseline: Geany)\n' \
    resident_memory "$(awk -v k="$m_ide" 'BEGIN {printf "%.1f", k/1024}')" \
    "$(awk -v k="$m_geany" 'BEGIN {printf "%.1f", k/1024}')" "$(ratio "$m_ide" "$m_geany")"

# The in-process figures (each prints its own baseline).
status=0
for mode in open keystroke flood; do
    "$DRIVER" "$mode" 2> >(grep -v -e 'This plugin does not support' -e '^QStandardPaths' >&2) || status=1
done
exit $status
