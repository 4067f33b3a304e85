#!/usr/bin/env bash
# Builds the tree as it was before the restructure of issue 11 (the parent of its first commit, or the
# commit given) in a scratch directory, for compare.sh. The source is exported with `git archive`, so
# the repository gains no worktree; ccache (when installed) makes a rebuild cheap.
#   bench/restructure/build-before.sh OUT_DIR [COMMIT] [TARGET...]
# Prints nothing but the build's errors; OUT_DIR/build/bin then holds the old binaries.
set -euo pipefail
out=${1:?usage: build-before.sh OUT_DIR [COMMIT] [TARGET...]}
commit=${2:-49c1692^}
shift $(( $# >= 2 ? 2 : 1 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(code-remote-run code-remote-sandbox code-remote-sandbox-host code-remote)
repo=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
stamp="$out/src/.commit"
want=$(git -C "$repo" rev-parse "$commit^{commit}")
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    rm -rf "$out/src"
    mkdir -p "$out/src"
    git -C "$repo" archive "$want" | tar -x -C "$out/src"
    echo "$want" > "$stamp"
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
[ -f "$out/build/CMakeCache.txt" ] || cmake -S "$out/src" -B "$out/build" "${launcher[@]}" >/dev/null
cmake --build "$out/build" -j"${JOBS:-2}" --target "${targets[@]}" >"$out/build.log" 2>&1 \
    || { grep -E 'error|Error' "$out/build.log" | head -20 >&2; exit 1; }
