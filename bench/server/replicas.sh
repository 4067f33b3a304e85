#!/usr/bin/env bash
# Replicas on PostgreSQL (issue 14). Usage: bench/server/replicas.sh BUILD_DIR
# Every figure is a ratio against a baseline measured in this same run, on this machine's cores:
#  1. one replica on PostgreSQL vs one on SQLite, same workers and clients: throughput (target >= 0.8x),
#     and database transactions per job (pg_stat_database.xact_commit);
#  2. two replicas on PostgreSQL (1 worker each) vs one (2 workers), clients spread over both: throughput
#     (target >= 0.95x): the same cores, so what is lost is the cost of coordination;
#  3. overload of one replica: clients = its workers + queue (nominal), twice and four times that: p99
#     of the accepted jobs against the nominal p99, and the 503 `busy` answers with Retry-After that keep
#     it bounded (it does not grow from 2x to 4x);
#  4. the kill -9 soak of tst_replicas with SOAK_JOBS jobs (default 5,000) from 16 clients over three replicas.
# PostgreSQL is Debian's, started for the run (tests/postgres/with-postgres.sh) with durable commits.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-build}" && pwd)"
if [ -z "${CODE_REMOTE_TEST_DATABASE:-}" ]; then
    exec sh "$here/../../tests/postgres/with-postgres.sh" bash "$0" "$build"
fi
bin="$build/bin"
jobs=${JOBS:-1000}
clients=${CLIENTS:-8}
soak=${SOAK_JOBS:-5000}
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
py() { python3 -c "import json,sys; d=json.loads(sys.stdin.read()); print($1)"; }
psql_db() { psql -X -q -t -A "${CODE_REMOTE_TEST_DATABASE}$1" -c "$2"; }

# start_server NAME [ARGS...]: starts a replica; its URL is then in $url (not a command substitution,
# which would wait for the server's end and lose its pid).
start_server() {
    local name=$1
    shift
    mkdir -p "$work/$name"
    "$bin/code-remote-server" --listen 127.0.0.1:0 --data-dir "$work/$name" --rate-limit 0 --max-jobs-per-token 0 \
        "$@" > /dev/null 2> "$work/$name.log" &
    pids+=($!)
    local port=""
    for _ in $(seq 200); do
        port=$(grep -m1 '"server.listening"' "$work/$name.log" 2>/dev/null \
               | python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["port"])' 2>/dev/null || true)
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || { echo "server $name did not start" >&2; cat "$work/$name.log" >&2; exit 1; }
    url="http://127.0.0.1:$port"
}
stop_servers() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
measure() { "$bin/code-remote-loadgen" http "$1" "$2" "$3" 50 > /dev/null; "$bin/code-remote-loadgen" http "$1" "$2" "$3" "$4"; }

echo "-- 1. one replica: SQLite vs PostgreSQL ($clients clients, $jobs jobs, 2 workers)"
sqlite_token=$("$bin/code-remote-server" token create bench --data-dir "$work/sqlite" 2>/dev/null | tail -n 1)
start_server sqlite --workers 2
sqlite=$(measure "$url" "$sqlite_token" "$clients" "$jobs")
echo "SQLite:     $sqlite"
stop_servers

psql_db postgres "CREATE DATABASE bench" >/dev/null
db="${CODE_REMOTE_TEST_DATABASE}bench"
pg_token=$("$bin/code-remote-server" token create bench --data-dir "$work/pg1" --database "$db" 2>/dev/null | tail -n 1)
start_server pg1 --workers 2 --database "$db"
"$bin/code-remote-loadgen" http "$url" "$pg_token" "$clients" 50 > /dev/null
before=$(psql_db bench "SELECT xact_commit FROM pg_stat_database WHERE datname = 'bench'")
pg=$("$bin/code-remote-loadgen" http "$url" "$pg_token" "$clients" "$jobs")
after=$(psql_db bench "SELECT xact_commit FROM pg_stat_database WHERE datname = 'bench'")
echo "PostgreSQL: $pg"
stop_servers
python3 - "$sqlite" "$pg" "$before" "$after" "$jobs" <<'PY'
import json, sys
sqlite, pg = json.loads(sys.argv[1]), json.loads(sys.argv[2])
transactions = (int(sys.argv[4]) - int(sys.argv[3])) / int(sys.argv[5])
print("PostgreSQL vs SQLite, one replica: throughput %.2fx (target >= 0.8x), p99 %.1f vs %.1f ms; "
      "%.1f database transactions per job (statistics collector, includes the lease renewals and sweeps)"
      % (pg["jobs_per_s"] / sqlite["jobs_per_s"], pg["p99_ms"], sqlite["p99_ms"], transactions))
PY

echo "-- 2. two replicas (1 worker each) vs one (2 workers) on PostgreSQL"
start_server pg2a --workers 1 --database "$db"
a=$url
start_server pg2b --workers 1 --database "$db"
b=$url
two=$(measure "$a,$b" "$pg_token" "$clients" "$jobs")
echo "two replicas: $two"
stop_servers
python3 - "$pg" "$two" <<'PY'
import json, sys
one, two = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("two replicas vs one, same cores: throughput %.2fx (target >= 0.95x), p99 %.1f vs %.1f ms"
      % (two["jobs_per_s"] / one["jobs_per_s"], two["p99_ms"], one["p99_ms"]))
PY

echo "-- 3. 2x overload of one replica (2 workers, queue of 2)"
start_server pg3 --workers 2 --queue-size 2 --database "$db"
nominal=$(measure "$url" "$pg_token" 4 "$jobs")
overload=$(measure "$url" "$pg_token" 8 "$jobs")
double=$(measure "$url" "$pg_token" 16 "$jobs")
stop_servers
echo "nominal (4 clients = workers + queue): $nominal"
echo "2x overload (8 clients): $overload"
echo "4x overload (16 clients): $double"
python3 - "$nominal" "$overload" "$double" <<'PY'
import json, sys
nominal, over, double = (json.loads(a) for a in sys.argv[1:4])
print("p99 under 2x overload %.2fx the nominal p99 (%.1f vs %.1f ms), under 4x %.2fx (%.1f ms): bounded by the queue; "
      "503 busy with Retry-After: %d of %d at 2x, %d of %d at 4x; throughput %.2fx at 2x"
      % (over["p99_ms"] / nominal["p99_ms"], over["p99_ms"], nominal["p99_ms"], double["p99_ms"] / nominal["p99_ms"],
         double["p99_ms"], over["busy_with_retry_after"], over["busy"], double["busy_with_retry_after"], double["busy"],
         over["jobs_per_s"] / nominal["jobs_per_s"]))
PY

if [ "$soak" -gt 0 ] && [ -x "$bin/tst_replicas" ]; then
    echo "-- 4. kill -9 soak: $soak jobs, 16 clients, three replicas"
    start=$(date +%s)
    CODE_REMOTE_SOAK_JOBS=$soak QT_QPA_PLATFORM=offscreen "$bin/tst_replicas" killedReplicaLosesNoJob 2>&1 \
        | grep -E "QINFO|PASS|FAIL|Loc" | grep -v "initTestCase\|cleanupTestCase"
    echo "soak took $(( $(date +%s) - start )) s"
fi
