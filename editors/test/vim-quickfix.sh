#!/usr/bin/env bash
# Vim test: `surety lint --format gcc` output read into Vim's quickfix list with Vim's default
# 'errorformat' lists each finding at the right file, line and column, with its code; and the
# `:compiler surety` plugin of docs/cli.md, with :make, also gives each entry its type; and
# :make (with that plugin, and with the ftplugin's makeprg of docs/editors.md) and the :cexpr of
# docs/editors.md work on a draft whose name has spaces and a colon.
#
# The expected findings come from the example draft's `.expected` file (examples/README.md), not
# from the command under test. Exit status 0 when everything matches, 1 otherwise.
#
# Environment: SURETY (the surety command; default: the launcher at the repository root),
# SURETY_DRAFT (the draft to lint, relative to the repository root).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
surety="${SURETY:-$repo/surety}"
draft="${SURETY_DRAFT:-examples/drafts/us-ukraine-guarantee-2026.surety}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v vim >/dev/null || { echo "vim-quickfix: vim is not installed (.ci/install-editors installs it)" >&2; exit 1; }
cd "$repo"

# The lint exits 1 on errors: that is the point of the draft, not a failure of the test.
status=0
"$surety" lint --format gcc "$draft" >"$work/lint.txt" 2>"$work/lint.err" || status=$?
if [ "$status" -ne 1 ]; then
  echo "vim-quickfix: expected '$surety lint' to exit 1 (the draft has an error), got $status" >&2
  cat "$work/lint.err" >&2
  exit 1
fi

# The compiler plugin that docs/cli.md tells Vim users to save, as they would save it; its
# makeprg runs `surety` from the PATH.
mkdir -p "$work/vimfiles/compiler" "$work/bin"
awk '/compiler\/surety.vim/{f=1} f&&/^```vim/{c=1;next} c&&/^```/{exit} c' "$repo/docs/cli.md" \
  >"$work/vimfiles/compiler/surety.vim"
if ! grep -q '^CompilerSet errorformat=' "$work/vimfiles/compiler/surety.vim"; then
  echo "vim-quickfix: docs/cli.md no longer holds the compiler plugin (compiler/surety.vim): update this test" >&2
  exit 1
fi
ln -s "$surety" "$work/bin/surety"

# The makeprg of the ftplugin in docs/editors.md, as a user would save it.
grep '^setlocal makeprg=' "$repo/docs/editors.md" >"$work/ftplugin-makeprg.vim" || {
  echo "vim-quickfix: docs/editors.md no longer sets makeprg in its ftplugin: update this test" >&2
  exit 1
}

# The same draft under a name with spaces and a colon (its include beside it): `:make` must pass
# the name to surety as one argument, and the errorformat must take the whole name.
spaced_dir="$work/my drafts"
spaced="$spaced_dir/v1: us guarantee.surety"
mkdir -p "$spaced_dir"
cp "$draft" "$spaced"
cp -R "$(dirname "$draft")/parties" "$spaced_dir/parties"

PATH="$work/bin:$PATH" \
SURETY_VIMFILES="$work/vimfiles" \
SURETY_DRAFT="$draft" \
SURETY_SPACED_DRAFT="$spaced" \
SURETY_FTPLUGIN_MAKEPRG="$work/ftplugin-makeprg.vim" \
SURETY_LINT_CMD="$(printf '%q ' "$surety" lint --format gcc "$draft")" \
SURETY_LINT_OUT="$work/lint.txt" \
SURETY_QF_JSON="$work/qf.json" \
  timeout 120 vim -N -u NONE -i NONE -es -S "$here/vim-quickfix.vim" </dev/null >"$work/vim.log" 2>&1 || true
if [ ! -s "$work/qf.json" ]; then
  echo "vim-quickfix: Vim wrote no result; its output:" >&2
  cat "$work/vim.log" >&2
  exit 1
fi

node "$here/check-quickfix.js" "$work/qf.json" "$draft" "${draft%.surety}.expected" "$spaced"
