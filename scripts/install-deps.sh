#!/bin/sh
# Installs what taqvim needs to build, test and fuzz on Debian 12 (bookworm).
# Run as root, or as a user with sudo. The Python package, its tests and its
# benchmarks use Debian's python3 (/usr/bin/python3) and its packages; RE2
# and Vectorscan are only the comparison benchmark's (bench/bench_scan.cc).
set -eu
packages="ca-certificates g++ make cmake
  libhowardhinnant-date-dev tzdata libicu-dev libcli11-dev libsimdjson-dev
  catch2 libbenchmark-dev libexpat1-dev
  clang libclang-rt-14-dev
  python3 python3-dev pybind11-dev python3-pybind11 python3-numpy
  python3-setuptools python3-wheel python3-venv python3-pip
  python3-pytest python3-dask python3-distributed
  python3-convertdate python3-dateparser
  pkg-config libre2-dev libvectorscan-dev"
if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
echo "install-deps: installed or already present: $(echo $packages)"
