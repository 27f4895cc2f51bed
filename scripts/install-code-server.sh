#!/usr/bin/env bash
# Installs a pinned code-server (a real VS Code served to a browser) into a private,
# git-ignored folder for the extension-host tests. code-server 4.100.3 = VS Code 1.100.3,
# the newest line that still runs on Node 20.
# usage: scripts/install-code-server.sh [dest] [version]
set -euo pipefail
DEST=${1:-.vscode-test/code-server}
VER=${2:-4.100.3}
if [ -x "$DEST/node_modules/.bin/code-server" ]; then
  echo "code-server $VER already installed in $DEST"
  exit 0
fi
command -v rg >/dev/null || { echo "install-code-server: ripgrep is missing (apt-get install -y ripgrep)" >&2; exit 2; }
mkdir -p "$DEST"
cd "$DEST"
[ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json
# @vscode/ripgrep's postinstall downloads rg from GitHub, which this network cannot reach:
# seed its download cache with Debian's rg instead.
for v in 1.15.9 1.15.10 1.15.11 1.15.12 1.15.13 1.15.14; do
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$v"
  mkdir -p "$cache"
  tmp=$(mktemp -d)
  cp "$(command -v rg)" "$tmp/rg"
  tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$tmp" rg
  rm -rf "$tmp"
done
echo "installing code-server@$VER with node $(node -v) into $DEST"
# unsafe_perm: code-server's postinstall refuses root without it; yes: node-pty's postinstall runs npx node-gyp
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error "code-server@$VER"
./node_modules/.bin/code-server --version
