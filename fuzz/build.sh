#!/usr/bin/env bash
# Builds the fuzz targets the way OSS-Fuzz expects: compiler and sanitizer
# flags come from the environment, binaries, seed corpora and dictionaries go
# to $OUT.
#
#   CXX=clang++ CXXFLAGS='-fsanitize=address,fuzzer-no-link' \
#   LIB_FUZZING_ENGINE=-fsanitize=fuzzer OUT=/tmp/out fuzz/build.sh
#
# Defaults (for a local run) are clang++, ASan+UBSan and libFuzzer.
# Only header-only targets are listed; one that needs compiled library sources
# must add them to its command line below.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
: "${CXX:=clang++}"
: "${CXXFLAGS:=-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -fsanitize=fuzzer-no-link}"
: "${LIB_FUZZING_ENGINE:=-fsanitize=fuzzer}"
: "${OUT:=${TMPDIR:-/tmp}/taqvim-fuzz-out}"
# date/date.h and date/islamic.h (Howard Hinnant's date); system-wide by default.
: "${DATE_INCLUDE:=}"

targets=(calendar)

mkdir -p "$OUT"
includes=(-I"$src/include")
[ -n "$DATE_INCLUDE" ] && includes+=(-I"$DATE_INCLUDE")

for name in "${targets[@]}"; do
  # shellcheck disable=SC2086  # the flag variables are word lists by convention
  $CXX $CXXFLAGS -std=c++17 "${includes[@]}" "$src/fuzz/fuzz_$name.cc" -o "$OUT/fuzz_$name" $LIB_FUZZING_ENGINE
  if [ -d "$src/fuzz/corpus/$name" ] && command -v zip > /dev/null; then
    rm -f "$OUT/fuzz_${name}_seed_corpus.zip"
    (cd "$src/fuzz/corpus/$name" && zip -q -r "$OUT/fuzz_${name}_seed_corpus.zip" .)
  fi
  [ -f "$src/fuzz/$name.dict" ] && cp "$src/fuzz/$name.dict" "$OUT/fuzz_$name.dict"
  echo "built $OUT/fuzz_$name"
done
