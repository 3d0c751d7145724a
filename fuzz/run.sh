#!/usr/bin/env bash
# Runs every libFuzzer target built in BUILD_DIR (configured with
# TAQVIM_BUILD_FUZZ=ON) for a bounded time each.
#
#   fuzz/run.sh BUILD_DIR [SECONDS]     (SECONDS per target, default 60)
#
# Each target fuzzes a scratch copy of fuzz/corpus/NAME, so new inputs never
# land in the committed corpus. A crash, leak, timeout or out-of-memory stops
# that target; its reproducer is kept in BUILD_DIR/fuzz-artifacts/NAME/ and
# printed with a hexdump. Exit status 1 if any target failed.
#
# To keep a reproducer as a regression input, minimize it first:
#   BUILD_DIR/fuzz/fuzz_NAME -minimize_crash=1 -runs=10000 \
#       -exact_artifact_path=fuzz/corpus/NAME/regress-WHAT REPRODUCER
set -u

usage() { echo "usage: $0 BUILD_DIR [SECONDS]" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
build_dir=$1
seconds=${2:-60}
case $seconds in '' | *[!0-9]*) usage ;; esac
[ -d "$build_dir" ] || { echo "$0: $build_dir: not a directory" >&2; exit 2; }
build_dir=$(cd "$build_dir" && pwd)
fuzz_dir=$(cd "$(dirname "$0")" && pwd)

# Replay builds share the prefix but have no libFuzzer main.
mapfile -t targets < <(find "$build_dir" -type f -name 'fuzz_*' ! -name '*_replay' ! -name '*.*' -perm -u+x | sort)
if [ ${#targets[@]} -eq 0 ]; then
  echo "$0: no fuzz_* binaries under $build_dir (configure with CXX=clang++ -DTAQVIM_BUILD_FUZZ=ON and build)" >&2
  exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/taqvim-fuzz.XXXXXX")
child=
cleanup() {
  [ -n "$child" ] && kill "$child" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Leaks count as failures; UBSan reports stop the run (the targets are also
# built with -fno-sanitize-recover, this covers other builds).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

hexdump_of() {
  if command -v xxd > /dev/null; then xxd "$1"; else od -A x -t x1z -v "$1"; fi
}

failed=()
for bin in "${targets[@]}"; do
  base=$(basename "$bin")
  name=${base#fuzz_}
  corpus="$scratch/$name"
  mkdir -p "$corpus"
  if [ -d "$fuzz_dir/corpus/$name" ]; then
    cp -R "$fuzz_dir/corpus/$name/." "$corpus/"
  else
    echo "note: no seed corpus fuzz/corpus/$name; starting empty"
  fi
  artifacts="$build_dir/fuzz-artifacts/$name"
  mkdir -p "$artifacts"
  args=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/")
  [ -f "$fuzz_dir/$name.dict" ] && args+=(-dict="$fuzz_dir/$name.dict")

  echo "== $base: ${seconds}s on a copy of fuzz/corpus/$name"
  log="$build_dir/fuzz-artifacts/$name.log"
  "$bin" "${args[@]}" "$corpus" > "$log" 2>&1 &
  child=$!
  wait "$child"
  rc=$?
  child=
  tail -n 15 "$log"

  # libFuzzer names the file it wrote; a rerun of a known crash rewrites the same name.
  mapfile -t units < <(sed -n 's/.*Test unit written to //p' "$log")
  if [ $rc -ne 0 ] || [ ${#units[@]} -gt 0 ]; then
    failed+=("$name")
    echo "!! $base failed (exit $rc)"
    grep -m1 -E 'ERROR: |runtime error: |check `|SUMMARY: ' "$log" || true
    echo "full log: $log"
    for f in "${units[@]}"; do
      echo "reproducer: $f"
      if [ ! -f "$f" ]; then :
      elif [ -s "$f" ]; then hexdump_of "$f" | head -n 32
      else echo "(the empty input)"
      fi
      echo "rerun: $bin $f"
    done
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all ${#targets[@]} fuzz targets ran ${seconds}s with no failure"
