#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds QwenDesk and starts the desktop app. With no model chosen yet it
# opens the built-in demo model (random weights: it produces random text, but every screen works offline).
# Usage: bash packaging/run-from-source.sh            (the app)
#        bash packaging/run-from-source.sh --cli ...  (qwendesk-cli with the given arguments instead)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${QWENDESK_JOBS:-2}

packages=(build-essential cmake ninja-build ccache pkg-config nlohmann-json3-dev libutf8proc-dev liblzma-dev
          libsqlite3-dev libvulkan-dev glslc libcpp-httplib-dev qtkeychain-qt6-dev
          qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
          qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates qml6-module-qtquick-layouts
          qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript qml6-module-qtcore
          fonts-noto-core fonts-noto-cjk fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The CUDA backend only for this machine's own NVIDIA GPU (a release build compiles every architecture).
cuda_args=(-DQWENDESK_CUDA=OFF)
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  cuda_args=(-DQWENDESK_CUDA=AUTO -DQWENDESK_CUDA_ARCHITECTURES=native)
  [ -x /usr/local/cuda/bin/nvcc ] && cuda_args+=(-DCMAKE_CUDA_COMPILER=/usr/local/cuda/bin/nvcc)
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DQWENDESK_BUILD_TESTS=OFF "${cuda_args[@]}"
cmake --build build -j "$jobs" --target qwendesk-app qwendesk-cli

if [ "${1:-}" = "--cli" ]; then
  shift
  exec build/inference/qwendesk-cli "$@"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: run this from a desktop session (or under xvfb-run)." >&2
  echo "Without a display, try the engine: bash packaging/run-from-source.sh --cli generate --model build/app/demo-model --prompt Hello" >&2
  exit 1
fi
exec build/app/qwendesk-app "$@"
