#!/bin/sh
# Installs what taqvim needs to build, test and fuzz on Debian 12 (bookworm).
# Run as root, or as a user with sudo.
set -eu
packages="ca-certificates g++ make cmake
  libhowardhinnant-date-dev tzdata libicu-dev libcli11-dev libsimdjson-dev
  catch2 libbenchmark-dev libexpat1-dev
  clang libclang-rt-14-dev"
if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
echo "install-deps: installed or already present: $(echo $packages)"
