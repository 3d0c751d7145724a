#!/bin/sh
# How `taqvim extract` scales with --jobs: wall time of --jobs 1 and of
# --jobs N on the same input, the best of REPEATS runs each, and a check
# that the outputs are byte-identical.
#
#   bench/extract_jobs.sh BUILD_DIR [SIZE_MIB] [REPEATS] [JOBS]
#
# Two inputs, each of SIZE_MIB (default 256): JSON Lines records (one
# bundled article per record, ids numbered) and a folder of plain documents
# (the articles, copied). JOBS defaults to the number of cores. Each run
# writes to a file, so the time includes writing the output.
set -eu
build=${1:?usage: bench/extract_jobs.sh BUILD_DIR [SIZE_MIB] [REPEATS] [JOBS]}
size_mib=${2:-256}
repeats=${3:-5}
jobs=${4:-$(nproc)}
here=$(cd "$(dirname "$0")/.." && pwd)
taqvim="$build/tools/taqvim/taqvim"
[ -x "$taqvim" ] || { echo "no $taqvim: build the CLI first" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/taqvim-jobs.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 - "$here/examples/articles" "$work" "$size_mib" <<'PY'
import json, os, sys
src, work, size = sys.argv[1], sys.argv[2], int(sys.argv[3]) << 20
articles = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src)) if f.endswith(".txt")]
os.mkdir(os.path.join(work, "docs"))
written = i = 0
with open(os.path.join(work, "records.jsonl"), "w", encoding="utf-8") as out:
    while written < size:
        line = json.dumps({"id": i, "text": articles[i % len(articles)]}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode())
        i += 1
written = i = 0
while written < size:
    text = articles[i % len(articles)]
    with open(os.path.join(work, "docs", "%06d.txt" % i), "w", encoding="utf-8") as out:
        out.write(text)
    written += len(text.encode())
    i += 1
PY

now() { date +%s.%N; }

# best_of LABEL ARGS...: the least wall time of $repeats runs, in seconds.
best_of() {
  label=$1
  shift
  best=
  r=0
  while [ "$r" -lt "$repeats" ]; do
    t0=$(now)
    "$taqvim" extract --no-progress "$@" >"$work/$label.out" 2>/dev/null || true
    t1=$(now)
    t=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
    r=$((r + 1))
  done
  echo "$best"
}

echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for input in records documents; do
  if [ "$input" = records ]; then
    set -- --jsonl "$work/records.jsonl"
    count="$(wc -l <"$work/records.jsonl") records"
  else
    set -- "$work"/docs/*.txt
    count="$(ls "$work/docs" | wc -l) documents"
  fi
  one=$(best_of one --jobs 1 "$@")
  many=$(best_of many --jobs "$jobs" "$@")
  cmp -s "$work/one.out" "$work/many.out" || { echo "$input: outputs differ" >&2; exit 1; }
  printf '%s (%s MiB, %s): --jobs 1 %.2f s, --jobs %s %.2f s, speed-up %.2fx\n' \
    "$input" "$size_mib" "$count" "$one" "$jobs" "$many" "$(echo "$one / $many" | bc -l)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
