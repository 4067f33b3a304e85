#!/usr/bin/env bash
# Before/after benchmark of the restructure of issue 11 ("bench/ shows no slower run than before"):
# builds the pre-restructure tree (default: 49c1692^, the parent of its first commit) in a scratch
# directory with build-before.sh, then runs compare.py with the old and the given new build,
# alternating them in the same run. Not a test: figures only.
#   bench/restructure/compare.sh NEW_BUILD [OLD_COMMIT] [compare.py options: --rounds N --no-ide --only REGEX]
# OLD_DIR (default: ${TMPDIR:-/tmp}/code-remote-before) keeps the old build between calls.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
new=${1:?usage: compare.sh NEW_BUILD [OLD_COMMIT] [--rounds N] [--no-ide]}
shift
commit=49c1692^
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then commit=$1; shift; fi
old=${OLD_DIR:-${TMPDIR:-/tmp}/code-remote-before}
targets=(code-remote-run code-remote-sandbox code-remote-sandbox-host)
[[ " $* " == *" --no-ide "* ]] || targets+=(code-remote)
echo "building $commit in $old (${targets[*]})" >&2
bash "$here/build-before.sh" "$old" "$commit" "${targets[@]}"
exec /usr/bin/python3 "$here/compare.py" "$old/build" "$new" "$@"
