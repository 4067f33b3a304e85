#!/usr/bin/env bash
# The package test: makes the packages from this build with cpack, then
#   - the relocatable .tar.gz, unpacked under an arbitrary folder: a sandboxed run and an analysis
#     (code-remote-run-full) find their helpers in its libexec/code-remote/;
#   - lintian on the .deb: no error; every dynamic binary linked with -z relro -z now, and
#     _FORTIFY_SOURCE in effect;
#   - `apt-get install ./code-remote_*.deb`: the installed code-remote --version, a sandboxed hello
#     world through code-remote-run as root and as an unprivileged user, the installed server run as its
#     system user (with /etc/code-remote/server.conf) answering a job over REST, the systemd unit
#     started where systemd is PID 1 and checked with systemd-analyze verify otherwise;
#   - `apt-get purge`: nothing of the package is left.
# Usage: package-test.sh BUILD_DIR CPACK. Needs root: exits 77 (CTest's "skipped") otherwise.
set -euo pipefail

build_dir=$(readlink -f "$1")
cpack=$2

if [[ $(id -u) -ne 0 ]]; then
    echo "skipped: installing a package needs root"
    exit 77
fi
if dpkg-query -W -f='${db:Status-Status}' code-remote 2>/dev/null | grep -qx installed; then
    echo "skipped: code-remote is installed on this machine, and this test would remove it"
    exit 77
fi
for tool in apt-get dpkg lintian readelf curl systemd-analyze runuser setpriv useradd; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/install-deps.sh build test)"; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/code-remote-package-test.XXXXXX")
chmod 755 "$work"
server_pid=
keeper=
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
    [[ -n $keeper ]] && kill "$keeper" 2>/dev/null || true
    # Never leave the package behind, whatever failed.
    if dpkg-query -W code-remote >/dev/null 2>&1; then
        apt-get purge -y -qq -o DPkg::Lock::Timeout=300 code-remote >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*"; exit 1; }
step() { echo "== $(date +%T) $*"; }

# A user without privileges, the one the sandbox suite uses (tests/runner/run-unprivileged.sh).
user=coderemote-test
if ! id -u "$user" >/dev/null 2>&1; then
    useradd --system --create-home --home-dir "/home/$user" --shell /usr/sbin/nologin --user-group "$user"
fi
as_user() {
    runuser -u "$user" -- env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 TMPDIR=/tmp "$@"
}

printf 'import math\nprint("hello from the package", math.floor(3.5))\n' > "$work/hello.py"
chmod 644 "$work/hello.py"
expected_hello="hello from the package 3"

# A run's JSON status and stdout, checked with Python (the sandbox's own interpreter is installed).
check_run() { # LABEL JSON
    python3 -c '
import json, sys
label, text, expected = sys.argv[1], sys.argv[2], sys.argv[3]
result = json.loads(text)
if result.get("status") != "ok" or result.get("stdout", "").strip() != expected:
    sys.exit(f"{label}: unexpected result {text}")
print(label + ": ok,", result.get("wall_ms"), "ms")
' "$1" "$2" "$expected_hello" || fail "$1"
}
check_analysis() { # LABEL JSON
    python3 -c '
import json, sys
label, text = sys.argv[1], sys.argv[2]
result = json.loads(text)
if not str(result.get("time", "")).startswith("O("):
    sys.exit(f"{label}: unexpected analysis {text}")
print(label + ": time", result["time"], "by", result.get("provider"))
' "$1" "$2" || fail "$1"
}

step "cpack"
(cd "$build_dir" && "$cpack" -B "$work/packages" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/packages/code-remote_*.deb)
tgz=$(ls "$work"/packages/code-remote-*.tar.gz)
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes; $(basename "$tgz"): $(stat -c %s "$tgz") bytes"

step "the .tar.gz is relocatable"
reloc="$work/somewhere/else"
mkdir -p "$reloc"
tar -xzf "$tgz" -C "$reloc"
prefix=$(ls -d "$reloc"/code-remote-*)
chmod -R a+rX "$work/somewhere"
for helper in code-remote-sandbox code-remote-sandbox-host code-remote-run-full; do
    [[ -x $prefix/libexec/code-remote/$helper ]] || fail "$helper is not in the archive's libexec/code-remote/"
    [[ ! -e $prefix/bin/$helper ]] || fail "$helper is in the archive's bin/"
done
[[ ! -e $prefix/etc && ! -e $prefix/lib/systemd ]] || fail "the archive holds the system service's files"
check_run "relocated code-remote-run, root" "$("$prefix/bin/code-remote-run" --json "$work/hello.py")"
check_run "relocated code-remote-run, $user" "$(as_user "$prefix/bin/code-remote-run" --json "$work/hello.py")"
check_analysis "relocated code-remote-run --analyze-only" \
    "$("$prefix/bin/code-remote-run" --analyze-only --json "$work/hello.py")"

step "lintian"
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' \
    | tee "$work/lintian.log" || true
if grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors"
fi

step "hardened binaries"
# Relocations resolved at start-up and then read-only (-z relro -z now) in every dynamic binary, and
# _FORTIFY_SOURCE in effect (checked libc calls appear among the imports). grep reads all of readelf's
# output (no -q): with pipefail, a grep that stops at the first match fails the pipeline by SIGPIPE.
fortified=0
for binary in "$prefix"/bin/* "$prefix"/libexec/code-remote/*; do
    [[ $(head -c 4 "$binary") == $'\x7fELF' ]] || continue
    readelf -d "$binary" | grep '(NEEDED)' >/dev/null || continue # the static supervisor has no relocations to bind
    readelf -d "$binary" | grep -E 'BIND_NOW|FLAGS_1.*NOW' >/dev/null || fail "$binary is not linked with -z now"
    readelf -lW "$binary" | grep GNU_RELRO >/dev/null || fail "$binary is not linked with -z relro"
    if readelf --dyn-syms -W "$binary" | grep '__[a-z_]*_chk' >/dev/null; then
        fortified=$((fortified + 1))
    fi
done
((fortified > 0)) || fail "no binary calls a checked libc function: _FORTIFY_SOURCE is not in effect"

step "apt-get install"
mkdir "$work/install"
cp "$deb" "$work/install/"
chmod -R a+rX "$work/install"
(cd "$work/install" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 ./code-remote_*.deb) >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
for file in /usr/bin/code-remote /usr/bin/code-remote-run /usr/bin/code-remote-server \
    /usr/libexec/code-remote/code-remote-sandbox /usr/libexec/code-remote/code-remote-sandbox-host \
    /usr/libexec/code-remote/code-remote-run-full /etc/code-remote/server.conf \
    /lib/systemd/system/code-remote-server.service /usr/share/applications/code-remote.desktop \
    /usr/share/metainfo/io.github.coderemote.CodeRemote.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/code-remote.svg /usr/share/icons/hicolor/256x256/apps/code-remote.png \
    /usr/share/icons/hicolor/16x16/apps/code-remote.png /usr/share/man/man1/code-remote-run.1.gz \
    /usr/share/man/man1/code-remote.1.gz /usr/share/man/man1/code-remote-server.1.gz \
    /usr/share/bash-completion/completions/code-remote-run /usr/share/zsh/vendor-completions/_code-remote-server \
    /usr/share/fish/vendor_completions.d/code-remote-run.fish; do
    [[ -e $file ]] || fail "$file was not installed"
done
grep -qx /etc/code-remote/server.conf /var/lib/dpkg/info/code-remote.conffiles || fail "server.conf is not a conffile"
getent passwd code-remote >/dev/null || fail "postinst did not create the code-remote user"
[[ $(stat -c '%U:%G %a' /etc/code-remote/server.conf) == "root:code-remote 640" ]] \
    || fail "server.conf is $(stat -c '%U:%G %a' /etc/code-remote/server.conf), not root:code-remote 640"

[[ $(stat -c '%U:%G %a' /var/lib/code-remote) == "code-remote:code-remote 750" ]] \
    || fail "/var/lib/code-remote is $(stat -c '%U:%G %a' /var/lib/code-remote)"
# The documented way to make a token for the service (docs/server-service.md, the man page).
runuser -u code-remote -- code-remote-server token create documented --config /etc/code-remote/server.conf \
    >/dev/null 2>&1 || fail "token create with the packaged configuration"
[[ $(stat -c %U /var/lib/code-remote/code-remote-server.sqlite) == code-remote ]] || fail "the service's database"

step "installed code-remote --version"
version=$(dpkg-query -W -f='${Version}' code-remote)
mkdir -m 700 "$work/runtime"
ide_version=$(env -i PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime" code-remote --version)
echo "$ide_version"
[[ $ide_version == *"$version"* ]] || fail "code-remote --version says \"$ide_version\", the package is $version"

step "installed code-remote-run"
env -i PATH=/usr/bin:/bin code-remote-run --sandbox-info
check_run "code-remote-run, root" "$(env -i PATH=/usr/bin:/bin code-remote-run --json "$work/hello.py")"
check_run "code-remote-run, $user" "$(as_user code-remote-run --json "$work/hello.py")"
check_run "code-remote-run --profile standard, $user" \
    "$(as_user code-remote-run --profile standard --json "$work/hello.py")"
check_analysis "code-remote-run --analyze-only (code-remote-run-full in libexec)" \
    "$(as_user code-remote-run --analyze-only --json "$work/hello.py")"

step "installed code-remote-run --keep-warm: code-remote-sandbox-host found in libexec"
# A run that starts from a kept-warm host runs from the host's anonymous copy of itself.
printf 'import os\nprint(os.readlink("/proc/self/exe"))\n' > "$work/whoami.py"
chmod 644 "$work/whoami.py"
runtime="$work/user-runtime"
mkdir -m 700 "$runtime"
chown "$user" "$runtime"
warm_user=(setpriv --reuid "$user" --regid "$user" --init-groups --
    env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 XDG_RUNTIME_DIR="$runtime")
# Started directly (setpriv and env exec), so that $! is code-remote-run itself and the SIGTERM below
# reaches it (runuser, or a shell function run in the background, would stand in between).
"${warm_user[@]}" code-remote-run --keep-warm >/dev/null 2>"$work/keep-warm.log" &
keeper=$!
for _ in $(seq 200); do
    [[ $(find "$runtime/code-remote-hosts" -name '*.sock' 2>/dev/null | wc -l) -ge 2 ]] && break
    sleep 0.1
done
warm=$("${warm_user[@]}" code-remote-run --profile standard "$work/whoami.py")
kill -TERM "$keeper"
wait "$keeper" || fail "code-remote-run --keep-warm did not end cleanly on SIGTERM"
keeper=
echo "kept warm: $warm"
[[ $warm == "/memfd:code-remote-sandbox-host (deleted)" ]] \
    || { cat "$work/keep-warm.log"; fail "a run with --keep-warm did not start from the installed host"; }

step "installed code-remote-server, as its system user with /etc/code-remote/server.conf"
data="$work/server-data"
mkdir "$data"
chown code-remote:code-remote "$data"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# setpriv execs the server itself (runuser would stand between it and the SIGTERM below).
server_cmd=(setpriv --reuid code-remote --regid code-remote --init-groups -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8
    code-remote-server
    --config /etc/code-remote/server.conf --data-dir "$data" --listen "127.0.0.1:$port")
token=$("${server_cmd[@]}" token create package-test 2>/dev/null | tail -n 1)
[[ -n $token ]] || fail "no token"
"${server_cmd[@]}" >"$work/server.log" 2>&1 </dev/null &
server_pid=$!
for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; fail "the server exited"; }
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/health" || { cat "$work/server.log"; fail "the server does not answer /health"; }
echo
job=$(python3 -c 'import json, sys; print(json.dumps({"code": open(sys.argv[1]).read(), "language": "python"}))' "$work/hello.py")
answer=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data "$job" \
    "http://127.0.0.1:$port/execute?wait=true") || { cat "$work/server.log"; fail "POST /execute?wait=true"; }
python3 -c '
import json, sys
answer = json.loads(sys.argv[1])
result = answer.get("result", answer)
if result.get("status") != "ok" or result.get("stdout", "").strip() != sys.argv[2]:
    sys.exit("unexpected job result: " + sys.argv[1])
print("job on the installed server: ok")
' "$answer" "$expected_hello" || { cat "$work/server.log"; fail "the job"; }
unauthorised=$(curl -s -o /dev/null -w '%{http_code}' --data "$job" "http://127.0.0.1:$port/execute?wait=true")
[[ $unauthorised == 401 ]] || fail "a job without a token got HTTP $unauthorised"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the server did not exit cleanly on SIGTERM"
server_pid=

step "systemd unit"
if [[ $(cat /proc/1/comm) == systemd ]]; then
    mkdir -p /run/systemd/system/code-remote-server.service.d
    printf '[Service]\nEnvironment=CODE_REMOTE_LISTEN=127.0.0.1:%s\n' "$port" \
        >/run/systemd/system/code-remote-server.service.d/package-test.conf
    systemctl daemon-reload
    systemctl start code-remote-server.service
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
        sleep 0.1
    done
    curl -fsS "http://127.0.0.1:$port/health" || { journalctl -u code-remote-server --no-pager | tail -30; fail "the unit's server does not answer"; }
    echo
    [[ $(ps -o user= -p "$(systemctl show -p MainPID --value code-remote-server)") == code-remote ]] \
        || fail "the unit's server does not run as code-remote"
    systemctl stop code-remote-server.service
    rm -rf /run/systemd/system/code-remote-server.service.d
    systemctl daemon-reload
else
    echo "systemd is not PID 1 here: systemd-analyze verify instead of starting the unit"
    systemd-analyze verify --man=no /lib/systemd/system/code-remote-server.service \
        || fail "systemd-analyze verify"
fi

step "apt-get purge"
listed=$(dpkg-query -L code-remote)
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=300 code-remote >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get purge"; }
if dpkg-query -W -f='${db:Status-Status}' code-remote 2>/dev/null | grep -qv not-installed; then
    fail "code-remote is still known to dpkg: $(dpkg-query -W -f='${db:Status-Status}' code-remote)"
fi
[[ -z $(dpkg-query -L code-remote 2>/dev/null) ]] || fail "dpkg still lists files of code-remote"
while read -r path; do
    # Directories the package shared with others (/usr, /usr/share/man...) stay; its files must not.
    if [[ -e $path && ! -d $path ]]; then
        fail "$path is left after purge"
    fi
done <<<"$listed"
for dir in /usr/libexec/code-remote /etc/code-remote /var/lib/code-remote /usr/share/doc/code-remote; do
    [[ ! -e $dir ]] || fail "$dir is left after purge"
done
echo "PASS: the package installs, runs and purges cleanly"
