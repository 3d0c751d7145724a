#!/bin/sh
# Peak memory and time of `taqvim extract` on one large document: the
# bundled articles concatenated to SIZE MiB (default 2048), plain-file mode.
#
#   bench/stream_memory.sh BUILD_DIR [SIZE_MIB]
#
# Needs GNU time (Debian package `time`) for the peak resident set size.
set -eu
build=${1:?usage: bench/stream_memory.sh BUILD_DIR [SIZE_MIB]}
size_mib=${2:-2048}
here=$(cd "$(dirname "$0")/.." && pwd)
taqvim="$build/tools/taqvim/taqvim"
[ -x "$taqvim" ] || { echo "no $taqvim: build the CLI first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/taqvim-stream.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat "$here"/examples/articles/*.txt >"$work/unit.txt"
# Doubling keeps generation fast; then cut to the exact size.
cp "$work/unit.txt" "$work/big.txt"
while [ "$(stat -c %s "$work/big.txt")" -lt $((size_mib * 1048576)) ]; do
  cat "$work/big.txt" "$work/big.txt" >"$work/next.txt"
  mv "$work/next.txt" "$work/big.txt"
done
truncate -s $((size_mib * 1048576)) "$work/big.txt"

echo "document: $(stat -c %s "$work/big.txt") bytes"
/usr/bin/time -f 'elapsed %e s, user %U s, peak resident %M KiB' \
  "$taqvim" extract "$work/big.txt" >"$work/out.jsonl"
echo "output: $(stat -c %s "$work/out.jsonl") bytes, $(wc -l <"$work/out.jsonl") line(s), $(grep -o '"start"' "$work/out.jsonl" | wc -l) matches"
