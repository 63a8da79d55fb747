#!/usr/bin/env bash
# Set-up on a fresh Debian/Ubuntu machine: the system tools the tests use, then the npm packages.
# Chromium runs the end-to-end tests; LibreOffice + poppler render exported .docx as a user's office suite would;
# python3-docx is an independent .docx reader; Noto CJK gives LibreOffice and Chromium Chinese glyphs.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Chinese UI resources for Chromium (date pickers in 年/月/日 in the end-to-end screenshots)
dpkg -s chromium-l10n >/dev/null 2>&1 || missing+=(chromium-l10n)
command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
/usr/bin/python3 -c 'import docx' >/dev/null 2>&1 || missing+=(python3-docx)
# the power-cut test builds a small preloaded library (tests/store/power-cut/sync-shim.c)
command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
if ((${#missing[@]})); then
  echo "安装系统依赖：${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Electron's installer downloads its binary from outside the npm registry. Where that fails (an offline
# office network), install without it: `npm start` then says so and opens the browser mode instead.
install() { npm ci --no-audit --no-fund; }
if ! install; then
  echo "无法下载 Electron 程序文件（离线环境），改为不含 Electron 程序文件安装；npm start 将以浏览器模式运行。"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 install
fi

# the command line runs compiled JavaScript (no TypeScript compiler at each call)
node scripts/build.mjs --cli
