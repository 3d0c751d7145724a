#!/bin/sh
# Runs every test: a release build with g++, then (when clang is installed) a
# build with AddressSanitizer and UndefinedBehaviorSanitizer in which the
# same tests run again and every libFuzzer target runs for FUZZ_SECONDS
# (default 60) as a ctest test; last, the Python package's tests (pytest,
# with Debian's /usr/bin/python3) on the module of the release build.
#
#   scripts/test.sh            from the top of the source tree
#
# Exit status: 0 when everything passed.
set -eu
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
export CTEST_OUTPUT_ON_FAILURE=1

echo "== release build (g++)"
# Twice: when build/ was configured with another compiler name (the quick
# start's plain `cmake -S . -B build`), CMake drops its cache on the first
# run and with it the options given there; the second run keeps them.
for pass in 1 2; do
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=g++ \
    -DTAQVIM_BUILD_PYTHON=ON -DPython_EXECUTABLE=/usr/bin/python3 >/dev/null
done
cmake --build build -j "$jobs"
ctest --test-dir build -j "$jobs"

if command -v clang++ >/dev/null 2>&1; then
  echo "== sanitized build and fuzzing (clang, ASan + UBSan, ${FUZZ_SECONDS:-60} s per fuzz target)"
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DTAQVIM_SANITIZE=ON -DTAQVIM_BUILD_FUZZ=ON -DTAQVIM_BUILD_BENCH=OFF \
    -DTAQVIM_FUZZ_SECONDS="${FUZZ_SECONDS:-60}" >/dev/null
  cmake --build build-sanitize -j "$jobs"
  ctest --test-dir build-sanitize -j "$jobs"
else
  echo "== clang++ not found: skipping the sanitized build and fuzzing (scripts/install-deps.sh installs it)"
fi

echo "== Python package (pytest, /usr/bin/python3, the module of build/)"
PYTHONPATH="$PWD/build/python" TAQVIM_CLI="$PWD/build/tools/taqvim/taqvim" \
  /usr/bin/python3 -m pytest -p no:cacheprovider tests/python
