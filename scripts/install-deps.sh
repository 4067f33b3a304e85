#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/packages/<set>.txt that are not installed yet.
# Usage: scripts/install-deps.sh build [test] [bench]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

wanted=()
for set in "$@"; do
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    wanted+=("$pkg")
  done < "$here/packages/$set.txt"
done

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$pkg")
done
# npm tooling that Debian lacks (scripts/packages/<set>.npm: DIRECTORY PACKAGE@VERSION a line), into
# DIRECTORY/node_modules of this checkout; after the Debian packages, which bring npm.
install_npm() {
  declare -A specs=() incomplete=()
  for set in "$@"; do
    [[ -f "$here/packages/$set.npm" ]] || continue
    while read -r dir spec; do
      [[ -z "$dir" || "$dir" == \#* ]] && continue
      specs[$dir]+=" $spec"
      [[ -f "$here/../$dir/node_modules/${spec%@*}/package.json" ]] || incomplete[$dir]=1
    done < "$here/packages/$set.npm"
  done
  [[ ${#incomplete[@]} -eq 0 ]] && return 0
  if ! command -v npm >/dev/null; then
    local as_root=()
    [[ $(id -u) -ne 0 ]] && as_root=(sudo)
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends npm
  fi
  for dir in "${!incomplete[@]}"; do
    echo "Installing npm packages${specs[$dir]} into $dir"
    # All of a directory's packages in one call: npm removes what a call does not name.
    # shellcheck disable=SC2086
    (cd "$here/../$dir" && npm install --no-save --no-audit --no-fund --loglevel=error ${specs[$dir]})
  done
}

if [[ ${#missing[@]} -eq 0 ]]; then
  install_npm "$@"
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_npm "$@"
