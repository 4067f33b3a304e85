#!/usr/bin/env bash
# Server benchmarks (issue 4). Usage: bench/server/run.sh BUILD_DIR
# Figures are ratios against a baseline measured in this same run:
#  1. 8 clients, POST /execute?wait=true hello-world: jobs/s, p99, and overhead against the same runs
#     made directly with code-remote-run --json at the same concurrency.
#  2. 5,000 jobs over WebSocket: each accepted job gets exactly one result.
#  3. 1,000 idle WebSocket connections: server RSS (against the idle server's own RSS).
set -euo pipefail
build="$(cd "${1:-build}" && pwd)"
bin="$build/bin"
clients=${CLIENTS:-8}
jobs=${JOBS:-1000}
ws_jobs=${WS_JOBS:-5000}
idle=${IDLE_CONNECTIONS:-1000}
data="$(mktemp -d)"
hello="$data/hello.py"
printf "print('hello, world')\n" > "$hello"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

token=$("$bin/code-remote-server" token create bench --data-dir "$data" 2>/dev/null | tail -n 1)
"$bin/code-remote-server" --listen 127.0.0.1:0 --data-dir "$data" --rate-limit 0 --max-jobs-per-token 0 \
    --max-connections $((idle + 100)) --max-connections-per-token 0 ${SERVER_FLAGS:-} 2> "$data/server.log" &
server_pid=$!
# The kernel picks the port; the server's "server.listening" log line says which.
port=""
for _ in $(seq 100); do
    port=$(grep -m1 '"server.listening"' "$data/server.log" 2>/dev/null \
           | python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["port"])' 2>/dev/null || true)
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { echo "server did not start"; cat "$data/server.log"; exit 1; }
url="http://127.0.0.1:$port"
py() { python3 -c "import json,sys; d=json.loads(sys.stdin.read()); print($1)"; }

echo "-- warm-up"
"$bin/code-remote-loadgen" http "$url" "$token" "$clients" 50 > /dev/null

if [ -x "$bin/code-remote-run" ]; then
    # Cold, as the README's figure says: no warm host started for these runs.
    direct=$(CODE_REMOTE_WARM_HOST=0 "$bin/code-remote-loadgen" direct "$bin/code-remote-run" "$hello" "$clients" "$jobs")
    echo "direct code-remote-run ($clients at once): $direct"
else
    direct=""
    echo "direct baseline skipped: $bin/code-remote-run not built"
fi
http=$("$bin/code-remote-loadgen" http "$url" "$token" "$clients" "$jobs")
echo "server POST /execute?wait=true ($clients clients): $http"
echo "$http" | py '"jobs/s %.1f (target >= 150), p50 %.1f ms, p99 %.1f ms (target < 100)" % (d["jobs_per_s"], d["p50_ms"], d["p99_ms"])'
if [ -n "$direct" ]; then
    python3 - "$direct" "$http" <<'PY'
import json, sys
direct, server = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("overhead vs direct: time per job %.2fx (target <= 1.3x), p99 %.2fx, throughput %.2fx of direct"
      % (direct["jobs_per_s"] / server["jobs_per_s"], server["p99_ms"] / direct["p99_ms"],
         server["jobs_per_s"] / direct["jobs_per_s"]))
PY
fi

# WS_JOBS=0 or IDLE_CONNECTIONS=0 skips a part (to measure only the throughput).
if [ "$ws_jobs" -gt 0 ]; then
    ws=$("$bin/code-remote-loadgen" ws "$url" "$token" 16 "$ws_jobs")
    echo "WebSocket $ws_jobs jobs: $ws"
    echo "$ws" | py '"exactly one result each: %s (lost %d, duplicates %d)" % (d["lost"] == 0 and d["duplicates"] == 0 and d["distinct_results"] == d["submitted"], d["lost"], d["duplicates"])'
fi

if [ "$idle" -gt 0 ]; then
    idle_out=$("$bin/code-remote-loadgen" idle "$url" "$token" "$idle" "$server_pid")
    echo "idle WebSockets: $idle_out"
    echo "$idle_out" | py '"%d idle connections: server RSS %.1f MB (target < 150), %.2fx the idle server (%.1f MB)" % (d["connections"], d["rss_after_kb"] / 1024, d["rss_after_kb"] / d["rss_before_kb"], d["rss_before_kb"] / 1024)'
fi
