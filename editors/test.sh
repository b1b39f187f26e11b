#!/usr/bin/env bash
# The editors check (docs/editors.md): the VS Code extension and the tests with real editors.
#   1. npm ci in editors/vscode (the locked devDependencies: vsce, esbuild, vscode-textmate, ...)
#   2. node --test in editors/vscode: the grammar test (sample lines tokenized through
#      vscode-textmate, scopes asserted) and the client test (extension.js starts `surety lsp`)
#   3. vsce package: the .vsix is built without a warning and holds the grammar and the client
#   4. Vim: `surety lint --format gcc` in the quickfix list with the default errorformat
#   5. Neovim: `surety lsp` attached; diagnostics, go to definition and formatting
# Needs node and npm, vim and nvim (.ci/install-editors installs them) and a JDK for surety.
# Runs every step, then prints `editors: N passed, N failed` and exits 1 if a step failed.
#
# Environment: SURETY (the surety command; default: the launcher at the repository root).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
export SURETY="${SURETY:-$repo/surety}"
vscode="$here/vscode"
passed=0
failed=0
failures=()

step() {
  local name="$1"
  shift
  echo "==> editors: $name"
  if "$@"; then
    echo "==> editors: $name: passed"
    passed=$((passed + 1))
  else
    echo "==> editors: $name: FAILED" >&2
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

npm_ci() {
  (cd "$vscode" && npm ci --no-audit --no-fund --loglevel=error)
}

grammar_test() {
  (cd "$vscode" && node --test test/)
}

vsce_package() {
  local log="$vscode/vsce-package.log"
  rm -f "$vscode/surety.vsix"
  (cd "$vscode" && npx --no-install vsce package --no-dependencies --allow-missing-repository --out surety.vsix </dev/null) >"$log" 2>&1
  local status=$?
  cat "$log"
  if [ "$status" -ne 0 ]; then
    echo "vsce package exited with status $status" >&2
    return 1
  fi
  if grep -qiE '(^| )WARNING' "$log"; then
    echo "vsce package printed a warning (see above)" >&2
    return 1
  fi
  if [ ! -s "$vscode/surety.vsix" ]; then
    echo "vsce package produced no $vscode/surety.vsix" >&2
    return 1
  fi
  local listing entry
  listing="$(cd "$vscode" && jar tf surety.vsix)" || return 1
  for entry in extension/package.json extension/dist/extension.js \
      extension/syntaxes/surety.tmLanguage.json extension/language-configuration.json \
      extension/readme.md extension/LICENSE.txt; do
    if ! grep -qxF "$entry" <<<"$listing"; then
      echo "surety.vsix lacks $entry; it holds:" >&2
      echo "$listing" >&2
      return 1
    fi
  done
  echo "editors: $vscode/surety.vsix ($(wc -c <"$vscode/surety.vsix") bytes)"
}

if ! command -v "$SURETY" >/dev/null 2>&1; then
  echo "editors: no surety command at $SURETY (set SURETY, or build the launcher of the repository)" >&2
  echo "editors: 0 passed, 1 failed"
  exit 1
fi

step "npm ci (editors/vscode)" npm_ci
step "grammar and client tests (node --test)" grammar_test
step "vsce package" vsce_package
step "Vim quickfix from surety lint --format gcc" bash "$here/test/vim-quickfix.sh"
step "Neovim with surety lsp" bash "$here/test/nvim-lsp.sh"

if [ "$failed" -ne 0 ]; then
  printf 'editors: failed: %s\n' "${failures[@]}" >&2
fi
echo "editors: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
