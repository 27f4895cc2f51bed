#!/usr/bin/env bash
# Installs what the tests need beyond npm packages: Debian's chromium (drives the
# VS Code workbench), ripgrep (code-server's search; also seeds its installer), the headers
# code-server's native modules build against, Neovim (a second LSP client), and DejaVu fonts
# (PNG rendering draws text with the system's fonts), poppler-utils (the PDF tests read text and pages back), zsh and fish (the completion scripts are loaded in each shell).
# Then a pinned code-server into .vscode-test/ (git-ignored). Safe to run repeatedly.
set -euo pipefail
cd "$(dirname "$0")/.."
packages="chromium ripgrep libkrb5-dev pkg-config neovim fonts-dejavu-core zsh fish poppler-utils"
missing=""
for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-test-deps: missing Debian packages:$missing; run as root or: sudo apt-get install -y$missing" >&2
    exit 2
  fi
  echo "install-test-deps: apt-get install$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
bash scripts/install-code-server.sh .vscode-test/code-server 4.100.3
