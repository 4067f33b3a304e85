#!/bin/sh
# Runs the protocol decoder fuzzer briefly (CI): seeds from the checked-in corpus, new inputs go to a
# scratch directory so the source tree stays clean. FUZZ_SECONDS overrides the 20 s default.
set -eu
fuzzer=$1
seeds=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$seeds"/* "$work"/
exec "$fuzzer" -max_total_time="${FUZZ_SECONDS:-20}" -max_len=4096 -timeout=10 -rss_limit_mb=1024 \
    -print_final_stats=1 -artifact_prefix="${TMPDIR:-/tmp}/" "$work"
