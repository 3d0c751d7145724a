#!/bin/sh
# How `taqvim extract` scales with --jobs: wall time of --jobs 1 and of
# --jobs N on the same input, the best of REPEATS runs each, and a check
# that the outputs are byte-identical.
#
#   bench/extract_jobs.sh BUILD_DIR [SIZE_MIB] [REPEATS] [JOBS]
#
# Two inputs, each of SIZE_MIB (default 128): JSON Lines records (one
# bundled article per record, ids numbered) and a folder of plain documents
# (the articles, copied, one per file). JOBS defaults to the number of
# cores. Each run writes to a file, so the time includes writing the output.
# Needs python3.
set -eu
build=${1:?usage: bench/extract_jobs.sh BUILD_DIR [SIZE_MIB] [REPEATS] [JOBS]}
size_mib=${2:-128}
repeats=${3:-5}
jobs=${4:-$(nproc)}
here=$(cd "$(dirname "$0")/.." && pwd)
taqvim=$(cd "$build/tools/taqvim" 2>/dev/null && pwd)/taqvim
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

# Each configuration runs $repeats times; the fastest run counts, with its
# CPU time (user + system, all threads): on a busy machine the wall time
# says what the neighbours left, the CPU time what the work cost.
python3 - "$taqvim" "$work" "$repeats" "$jobs" "$size_mib" <<'PY'
import os, resource, subprocess, sys, time
taqvim, work, repeats, jobs, size_mib = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]

def run(label, args, cwd=None):
    best = None
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        with open(os.path.join(work, label + ".out"), "wb") as out:
            subprocess.run([taqvim, "extract", "--no-progress"] + args, stdout=out, stderr=subprocess.DEVNULL, cwd=cwd)
        wall = time.monotonic() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if best is None or wall < best[0]:
            best = (wall, cpu)
    return best

print("cores: %d; load average before: %s" % (os.cpu_count(), " ".join(open("/proc/loadavg").read().split()[:3])))
# Documents by name within their folder: short arguments, far below the
# system's limit on a command line's length.
docs = sorted(os.listdir(os.path.join(work, "docs")))
with open(os.path.join(work, "records.jsonl"), "rb") as f:
    records = sum(1 for _ in f)
for name, args, count, cwd in (
        ("records", ["--jsonl", os.path.join(work, "records.jsonl")], "%d records" % records, None),
        ("documents", docs, "%d documents" % len(docs), os.path.join(work, "docs"))):
    one = run("one", ["--jobs", "1"] + args, cwd)
    many = run("many", ["--jobs", jobs] + args, cwd)
    if open(os.path.join(work, "one.out"), "rb").read() != open(os.path.join(work, "many.out"), "rb").read():
        sys.exit("%s: outputs differ" % name)
    print("%s (%s MiB, %s): --jobs 1 %.2f s (CPU %.2f s), --jobs %s %.2f s (CPU %.2f s), speed-up %.2fx"
          % (name, size_mib, count, one[0], one[1], jobs, many[0], many[1], one[0] / many[0]))
print("load average after: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
PY
