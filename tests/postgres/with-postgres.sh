#!/bin/sh
# Runs a command with a PostgreSQL server of its own: Debian's postgresql package, started in a
# temporary directory by an unprivileged user, listening on loopback only, stopped and deleted after.
#   with-postgres.sh COMMAND [ARGUMENTS...]
# The command finds the server in CODE_REMOTE_TEST_DATABASE, a postgresql:// URL without a database
# name (append one; `postgres` always exists), with a password (scram-sha-256, as a real deployment
# would use), and CODE_REMOTE_TEST_POSTGRES_RESTART a script that restarts it. POSTGRES_OPTIONS adds server settings ("-c name=value ..."). The command's exit status is
# the script's.
set -eu

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "$0: PostgreSQL is not installed (scripts/install-deps.sh installs postgresql)" >&2
    exit 2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/code-remote-postgres.XXXXXX")
chmod 755 "$dir"
run_as() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root.
    user=coderemote-pg
    if ! id -u "$user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin --user-group "$user"
    fi
    chown "$user:" "$dir"
    run_as() { runuser -u "$user" -- "$@"; }
fi

password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" >"$dir/password"
chmod 644 "$dir/password"
run_as "$bindir/initdb" --pgdata="$dir/data" --username=coderemote --auth=scram-sha-256 \
    --pwfile="$dir/password" --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 2
}
rm -f "$dir/password"

stop() {
    run_as "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

# A free port: the kernel picks one, and a clash with another run is retried.
started=no
for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if run_as "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300 ${POSTGRES_OPTIONS:-}" start >/dev/null; then
        started=yes
        break
    fi
done
if [ "$started" != yes ]; then
    cat "$dir/server.log" >&2
    exit 2
fi

# A test restarts the database mid-run with this (a replica must reconnect by itself); pg_ctl restart
# reuses the options of the start above, the port included.
as_user=
[ "$(id -u)" -eq 0 ] && as_user="runuser -u $user --"
cat >"$dir/restart" <<SCRIPT
#!/bin/sh
exec $as_user "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 --mode=fast restart >/dev/null
SCRIPT
chmod 755 "$dir/restart"
export CODE_REMOTE_TEST_POSTGRES_RESTART="$dir/restart"
export CODE_REMOTE_TEST_DATABASE="postgresql://coderemote:$password@127.0.0.1:$port/"
status=0
"$@" || status=$?
exit "$status"
