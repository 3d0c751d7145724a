#!/usr/bin/env bash
# Builds the fuzz targets the way OSS-Fuzz expects: compiler and sanitizer
# flags come from the environment, binaries, seed corpora and dictionaries go
# to $OUT.
#
#   CXX=clang++ CXXFLAGS='-fsanitize=address,fuzzer-no-link' \
#   LIB_FUZZING_ENGINE=-fsanitize=fuzzer OUT=/tmp/out fuzz/build.sh
#
# Defaults (for a local run) are clang++, ASan+UBSan and libFuzzer.
# The calendar target is header-only; the text targets (extract, normalize)
# link the library's sources, compiled here with the same flags, and the
# lexicon, which tools/gen/gen_lexicon generates from data/lexicon. They need
# ICU (libicuuc) and date's tz library (libdate-tz, built to read the
# system's zoneinfo) at link time, and /usr/share/zoneinfo at run time.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
: "${CXX:=clang++}"
: "${CXXFLAGS:=-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -fsanitize=fuzzer-no-link}"
: "${LIB_FUZZING_ENGINE:=-fsanitize=fuzzer}"
: "${OUT:=${TMPDIR:-/tmp}/taqvim-fuzz-out}"
# date/date.h and date/islamic.h (Howard Hinnant's date); system-wide by default.
: "${DATE_INCLUDE:=}"

# date's headers must be read with the definitions its installed libraries
# were built with (those of date's CMake package).
: "${DATE_DEFINES:=-DUSE_OS_TZDB=1 -DHAS_STRING_VIEW=1 -DONLY_C_LOCALE=1}"
: "${LIBS:=-ldate-tz -licuuc}"

targets=(calendar extract normalize)
# Targets that link the compiled library rather than headers alone.
library_targets=" extract normalize "
# The text targets share one dictionary.
declare -A dict_of=([extract]=extract [normalize]=extract)

mkdir -p "$OUT"
includes=(-I"$src/include")
[ -n "$DATE_INCLUDE" ] && includes+=(-I"$DATE_INCLUDE")

work=$(mktemp -d "${TMPDIR:-/tmp}/taqvim-fuzz-build.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The lexicon generator runs here, at build time: built without the fuzzing
# flags, since it is no part of what is fuzzed.
$CXX -std=c++17 -O1 "${includes[@]}" -I"$src/src" "$src/tools/gen/gen_lexicon.cc" "$src/src/text/normalize.cc" \
  -o "$work/gen_lexicon" -licuuc
mapfile -t lexicon_files < <(find "$src/data/lexicon" -name '*.txt' | LC_ALL=C sort)
"$work/gen_lexicon" "$work/lexicon_data.cc" "${lexicon_files[@]}"

objects=()
mapfile -t library_sources < <(find "$src/src" -name '*.cc' | LC_ALL=C sort)
for source in "${library_sources[@]}" "$work/lexicon_data.cc"; do
  object="$work/$(basename "$source" .cc).o"
  # shellcheck disable=SC2086  # the flag variables are word lists by convention
  $CXX $CXXFLAGS $DATE_DEFINES -std=c++17 "${includes[@]}" -I"$src/src" -c "$source" -o "$object"
  objects+=("$object")
done

for name in "${targets[@]}"; do
  extra=()
  if [[ $library_targets == *" $name "* ]]; then extra=("${objects[@]}"); fi
  # shellcheck disable=SC2086  # the flag variables are word lists by convention
  if [ ${#extra[@]} -gt 0 ]; then
    $CXX $CXXFLAGS $DATE_DEFINES -std=c++17 "${includes[@]}" "$src/fuzz/fuzz_$name.cc" "${extra[@]}" \
      -o "$OUT/fuzz_$name" $LIB_FUZZING_ENGINE $LIBS
  else
    $CXX $CXXFLAGS -std=c++17 "${includes[@]}" "$src/fuzz/fuzz_$name.cc" -o "$OUT/fuzz_$name" $LIB_FUZZING_ENGINE
  fi
  if [ -d "$src/fuzz/corpus/$name" ] && command -v zip > /dev/null; then
    rm -f "$OUT/fuzz_${name}_seed_corpus.zip"
    (cd "$src/fuzz/corpus/$name" && zip -q -r "$OUT/fuzz_${name}_seed_corpus.zip" .)
  fi
  dict=${dict_of[$name]:-$name}
  [ -f "$src/fuzz/$dict.dict" ] && cp "$src/fuzz/$dict.dict" "$OUT/fuzz_$name.dict"
  echo "built $OUT/fuzz_$name"
done
