#!/usr/bin/env bash
# The action's set-up step (action.yml): builds the action from its own source when the checked-out
# ref does not carry the build (build output is never committed on main; a release tag may carry
# out/, and then nothing is built), and puts `journey` on the PATH for the workflow's later steps
# (e.g. `journey fmt --check .`). Needs Node 20.10 or newer, which GitHub's runners have.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 10) ? 0 : 1)'; then
  echo "::error title=Journey Maps::Node $(node -v) is too old: the action needs Node 20.10 or newer (actions/setup-node)"
  exit 2
fi
if [ ! -f out/action/main.cjs ] || [ ! -f out/cli/main.cjs ]; then
  echo "::group::Building Journey Maps from source (node $(node -v))"
  # --ignore-scripts: no dependency needs an install script to build (esbuild finds its platform
  # package itself); --omit=optional: the PNG renderer is not needed to build.
  npm ci --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error
  node scripts/generate-parser.mjs
  node scripts/build.mjs --production
  echo "::endgroup::"
fi
if [ -n "${GITHUB_PATH:-}" ]; then
  # Small scripts rather than symbolic links, which Git Bash on Windows copies: a copy of
  # bin/journey.cjs would look for its bundle beside the copy. journey.cmd is for cmd and pwsh.
  commands="${RUNNER_TEMP:-$PWD/out}/journey-maps-bin"
  mkdir -p "$commands"
  for name in journey journey-language-server; do
    printf '#!/bin/sh\nexec node "%s/bin/%s.cjs" "$@"\n' "$PWD" "$name" > "$commands/$name"
    chmod +x "$commands/$name"
    printf '@node "%s\\bin\\%s.cjs" %%*\r\n' "$(pwd -W 2>/dev/null || pwd)" "$name" > "$commands/$name.cmd"
  done
  echo "$commands" >> "$GITHUB_PATH"
fi
