#!/bin/sh
# Runs the sandbox security suite as an unprivileged user.
#   run-unprivileged.sh TESTBINARY SANDBOXBINARY HOSTBINARY [test arguments...]
# As root: creates the system user `coderemote-test` (with a home, where the suite puts a secret) if it
# is missing, copies the binaries into a fresh directory that user can read (a CI clone may live under
# /root, which others cannot traverse) and runs the suite there as that user with a clean environment
# (CODE_REMOTE_TEST_THROUGH_HOST passes through). CODE_REMOTE_TEST_EXTRA_BINARIES names more binaries
# (space-separated) the suite starts from its own directory, such as code-remote-server: they are
# copied beside it, so that a server the suite starts runs as that user too. As anyone else: runs the
# suite directly. The suite's exit status is the script's.
set -eu

if [ $# -lt 3 ]; then
    echo "usage: $0 TESTBINARY SANDBOXBINARY HOSTBINARY [test arguments...]" >&2
    exit 2
fi
test_binary=$(readlink -f "$1")
sandbox_binary=$(readlink -f "$2")
host_binary=$(readlink -f "$3")
shift 3
for binary in "$test_binary" "$sandbox_binary" "$host_binary"; do
    if [ ! -x "$binary" ]; then
        echo "$0: $binary is not an executable" >&2
        exit 2
    fi
done

if [ "$(id -u)" -ne 0 ]; then
    CODE_REMOTE_SANDBOX="$sandbox_binary" CODE_REMOTE_SANDBOX_HOST="$host_binary" QT_QPA_PLATFORM=offscreen \
        exec "$test_binary" "$@"
fi

user=coderemote-test
# Every run shares this user, and the suite's process-count limit is per user: two suites at once (two
# checkouts on one machine) would make each other's fork bombs look contained too early or fail with
# EAGAIN. The lock makes them take turns.
lock="${TMPDIR:-/tmp}/code-remote-unprivileged.lock"
exec 9>>"$lock"
flock 9
if ! id -u "$user" >/dev/null 2>&1; then
    useradd --system --create-home --home-dir "/home/$user" --shell /usr/sbin/nologin --user-group "$user"
fi
home=$(getent passwd "$user" | cut -d: -f6)
if [ ! -d "$home" ]; then
    mkdir -p "$home"
    chown "$user:" "$home"
    chmod 700 "$home"
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/code-remote-unprivileged.XXXXXX")
trap 'rm -rf "$dir"' EXIT
trap 'exit 130' INT TERM
chmod 755 "$dir"
cp "$test_binary" "$dir/tst_sandboxsecurity"
cp "$sandbox_binary" "$dir/code-remote-sandbox"
cp "$host_binary" "$dir/code-remote-sandbox-host"
chmod 755 "$dir/tst_sandboxsecurity" "$dir/code-remote-sandbox" "$dir/code-remote-sandbox-host"
for extra in ${CODE_REMOTE_TEST_EXTRA_BINARIES:-}; do
    cp "$(readlink -f "$extra")" "$dir/$(basename "$extra")"
    chmod 755 "$dir/$(basename "$extra")"
done

cd "$dir"
status=0
runuser -u "$user" -- env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME="$home" USER="$user" LOGNAME="$user" LANG=C.UTF-8 \
    TMPDIR=/tmp \
    CODE_REMOTE_SANDBOX="$dir/code-remote-sandbox" \
    CODE_REMOTE_SANDBOX_HOST="$dir/code-remote-sandbox-host" \
    ${CODE_REMOTE_TEST_THROUGH_HOST:+CODE_REMOTE_TEST_THROUGH_HOST=$CODE_REMOTE_TEST_THROUGH_HOST} \
    QT_QPA_PLATFORM=offscreen \
    "$dir/tst_sandboxsecurity" "$@" || status=$?
exit "$status"
