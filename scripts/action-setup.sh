#!/usr/bin/env bash
# The action's set-up step (action.yml): builds the action from its own source when the checked-out
# ref does not carry the build (build output is never committed on main; a release tag may carry
# out/, and then nothing is built), and puts `journey` on the PATH for the workflow's later steps
# (e.g. `journey fmt --check .`). Needs Node 20 or newer, which GitHub's runners have.
set -euo pipefail
cd "$(dirname "$0")/.."
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "::error title=Journey Maps::Node $(node -v) is too old: the action needs Node 20 or newer (actions/setup-node)"
  exit 2
fi
if [ ! -f out/action/main.cjs ] || [ ! -f out/cli/main.cjs ]; then
  echo "::group::Building Journey Maps from source (node $(node -v))"
  # --ignore-scripts: no dependency needs an install script to build (esbuild finds its platform package itself).
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  node scripts/generate-parser.mjs
  node scripts/build.mjs --production
  echo "::endgroup::"
fi
if [ -n "${GITHUB_PATH:-}" ]; then
  commands="${RUNNER_TEMP:-$PWD/out}/journey-maps-bin"
  mkdir -p "$commands"
  ln -sf "$PWD/bin/journey.cjs" "$commands/journey"
  ln -sf "$PWD/bin/journey-language-server.cjs" "$commands/journey-language-server"
  echo "$commands" >> "$GITHUB_PATH"
fi
