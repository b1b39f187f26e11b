#!/usr/bin/env bash
# Neovim test of `surety lsp` (see nvim-lsp.lua): diagnostics with the right code, line and
# column, go to definition, and formatting, asserted on what the headless editor shows.
# Exit status 0 when everything matches, 1 otherwise.
#
# Environment: SURETY (the surety command; default: the launcher at the repository root).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
surety="${SURETY:-$repo/surety}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v nvim >/dev/null || { echo "nvim-lsp: nvim is not installed (.ci/install-editors installs it)" >&2; exit 1; }

# The draft: an example with a known error (SUR205 at 31:3) and an include, so that go to
# definition crosses files: `US` in `US military aid.` is declared in parties/common.surety.
draft="$repo/examples/drafts/us-ukraine-guarantee-2026.surety"
expected="${draft%.surety}.expected"
use_line="$(grep -n '^  US military aid\.$' "$draft" | cut -d: -f1)"
decl_file="$repo/examples/drafts/parties/common.surety"
decl_line="$(grep -n '^party US ' "$decl_file" | cut -d: -f1)"
if [ -z "$use_line" ] || [ -z "$decl_line" ]; then
  echo "nvim-lsp: the draft no longer has '  US military aid.' or common.surety no 'party US': update this test" >&2
  exit 1
fi

# Build the jar before the editor starts the server, so that the wait below is the server's.
"$surety" --version >/dev/null

# The draft is kept in the canonical layout: that is what formatting must give back.
fmt_status=0
"$surety" fmt --check "$draft" >"$work/fmt.txt" 2>&1 || fmt_status=$?
if [ "$fmt_status" -eq 1 ]; then
  echo "nvim-lsp: $draft is not in the canonical layout (surety fmt --check); this test formats back to it:" >&2
  cat "$work/fmt.txt" >&2
  exit 1
elif [ "$fmt_status" -ne 0 ]; then
  echo "nvim-lsp: 'surety fmt --check' could not run (status $fmt_status); this test needs it:" >&2
  cat "$work/fmt.txt" >&2
  exit 1
fi

status=0
SURETY_CMD="$surety" \
SURETY_DRAFT="$draft" \
SURETY_EXPECTED="$expected" \
SURETY_FORMATTED="$draft" \
SURETY_DEF_LINE="$use_line" SURETY_DEF_COL=3 \
SURETY_DEF_FILE="$decl_file" SURETY_DECL_LINE="$decl_line" \
  timeout 600 nvim --headless -u NONE -i NONE -n -c "luafile $here/nvim-lsp.lua" </dev/null || status=$?
if [ "$status" -ne 0 ]; then
  echo "nvim-lsp: Neovim exited with status $status" >&2
  exit 1
fi
