#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds QwenDesk and starts it. With no arguments it opens the built-in
# demo model (random weights: random text). Extra arguments go to the program, e.g. --model PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${QWENDESK_JOBS:-2}

packages=(build-essential cmake ninja-build ccache pkg-config nlohmann-json3-dev libutf8proc-dev liblzma-dev
          libgtest-dev libgmock-dev)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DQWENDESK_BUILD_TESTS=OFF
cmake --build build -j "$jobs"
if [ ! -d build/demo-model ]; then build/inference/qwendesk-cli make-demo --out build/demo-model; fi
if [ $# -eq 0 ]; then set -- --model build/demo-model --prompt "Hello! Who are you?" --max-tokens 64; fi
exec build/inference/qwendesk-cli generate "$@"
