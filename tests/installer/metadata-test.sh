#!/usr/bin/env bash
# Validates what the package installs for the desktop and the shell, from the source tree:
# the desktop entry (desktop-file-validate), the AppStream metainfo (appstreamcli validate --no-net),
# the shell completions (bash completes --pro to --profile; zsh and fish files parse where installed).
# Usage: metadata-test.sh INSTALLER_DIR
set -euo pipefail
dir=$1
fail() { echo "FAIL: $*"; exit 1; }

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh build test)"
done

echo "== desktop-file-validate"
# Hints (more than one main category: Development and Education, on purpose) are not errors.
out=$(desktop-file-validate "$dir/linux/code-remote.desktop" 2>&1) || { echo "$out"; fail "desktop-file-validate"; }
echo "$out"
if grep -Eq ': (error|warning):' <<<"$out"; then fail "desktop-file-validate reports problems"; fi
grep -qx 'Exec=code-remote %F' "$dir/linux/code-remote.desktop" || fail "Exec is not 'code-remote %F'"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic "$dir/linux/io.github.coderemote.CodeRemote.metainfo.xml" \
    || fail "appstreamcli validate"

echo "== bash completion"
complete_word() { # SCRIPT COMMAND WORDS...: prints what the completion offers for the last word
    bash -c '
        script=$1; command=$2; shift 2
        source "$script"
        spec=$(complete -p "$command") || exit 3
        function=$(sed -n "s/.* -F \([^ ]*\) .*/\1/p" <<<"$spec")
        COMP_WORDS=("$command" "$@"); COMP_CWORD=$#
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        "$function" "$command" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"
    ' bash "$@"
}
[[ $(complete_word "$dir/completion/bash/code-remote-run" code-remote-run --pro) == --profile ]] \
    || fail "code-remote-run --pro does not complete to --profile"
[[ $(complete_word "$dir/completion/bash/code-remote-run" code-remote-run --profile st | sort | tr '\n' ' ') \
    == "standard strict " ]] || fail "code-remote-run --profile st does not offer strict and standard"
# (--data alone is also the start of --database)
[[ $(complete_word "$dir/completion/bash/code-remote-server" code-remote-server --data-) == --data-dir ]] \
    || fail "code-remote-server --data- does not complete to --data-dir"
[[ $(complete_word "$dir/completion/bash/code-remote-server" code-remote-server token c) == create ]] \
    || fail "code-remote-server token c does not complete to create"
echo "bash: --pro -> --profile, --data- -> --data-dir, token c -> create"

# The options the completions offer are the ones the programs take: every option of the server's
# --help is offered (the server is the one whose options grow with its settings).
if [[ -n ${CODE_REMOTE_SERVER:-} && -x $CODE_REMOTE_SERVER ]]; then
    for option in $("$CODE_REMOTE_SERVER" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        grep -q -- "$option" "$dir/completion/bash/code-remote-server" || fail "bash completion lacks $option"
        grep -q -- "'$option\[" "$dir/completion/zsh/_code-remote-server" || fail "zsh completion lacks $option"
        grep -q -- "-l ${option#--} " "$dir/completion/fish/code-remote-server.fish" || fail "fish completion lacks $option"
    done
    echo "every option of code-remote-server --help is completed in bash, zsh and fish"
fi
if command -v zsh >/dev/null; then
    for file in "$dir"/completion/zsh/_*; do zsh -n "$file" || fail "$file does not parse"; done
fi
if command -v fish >/dev/null; then
    for file in "$dir"/completion/fish/*.fish; do fish --no-execute "$file" || fail "$file does not parse"; done
fi
for file in "$dir"/completion/bash/*; do bash -n "$file" || fail "$file does not parse"; done
echo "PASS"
