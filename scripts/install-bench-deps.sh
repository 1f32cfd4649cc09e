#!/usr/bin/env bash
# System packages the benchmarks need beyond pip: the `bench` extra's nomenklatura
# (bench/eval_names.py compares dossier's matcher with it) needs PyICU, which pip builds
# from source against ICU's headers. dossier itself never imports either.
set -euo pipefail
if dpkg -s libicu-dev >/dev/null 2>&1 && command -v pkg-config >/dev/null; then
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "install-bench-deps: no apt-get; install ICU's headers (libicu-dev) and pkg-config by hand" >&2
    exit 0
fi
SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "install-bench-deps: installing libicu-dev and pkg-config with apt-get (PyICU builds against them)" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    libicu-dev pkg-config g++ >/dev/null
