#!/usr/bin/env bash
# Refreshes the seed corpus of the fuzz harnesses (docs/fuzzing.md) from the drafts the project
# already has: the example drafts, the golden-test inputs and the diff inputs. Only files named
# seed-* are rewritten; the reproducers of findings (crash-*, and any other name) are kept.
# Run from anywhere; commit what changes.
set -euo pipefail
cd "$(dirname "$0")/.."

dsl=dsl/src/test/resources/dev/surety/dsl
lsp=cli/src/test/resources/dev/surety/cli/lsp/LspFuzzTestInputs

# every draft: examples (with their includes), golden inputs (with theirs), diff inputs
# (deliberately broken or unformatted drafts are named .surety-broken and .surety-unformatted, so
# that the repository's format check passes them by: docs/formatting.md)
mapfile -t drafts < <(find examples/drafts dsl/src/test/resources/golden dsl/src/test/resources/diff \
  \( -name '*.surety' -o -name '*.surety-broken' -o -name '*.surety-unformatted' \) | LC_ALL=C sort)

# the seed's name: seed- and the draft's path with / as __, without .surety (which would
# put the seeds under the repository's format check)
name() { printf 'seed-%s' "$(printf '%s' "$1" | sed -e 's/\.surety\(-broken\|-unformatted\)\{0,1\}$//' -e 's|/|__|g')"; }

reset() { mkdir -p "$1"; find "$1" -maxdepth 1 -name 'seed-*' -delete; }

for dir in "$dsl/fuzz/CheckFuzzTestInputs/check" "$dsl/format/FormatFuzzTestInputs/format" \
    "$dsl/internal/StreamedParseFuzzTestInputs/streamed" "$lsp/documents"; do
  reset "$dir"
  for f in "${drafts[@]}"; do cp "$f" "$dir/$(name "$f")"; done
done

# the diff harness reads two drafts separated by a NUL byte; without one, a draft against itself
dir="$dsl/diff/DiffFuzzTestInputs/diff"
reset "$dir"
for f in "${drafts[@]}"; do cp "$f" "$dir/$(name "$f")"; done
pair() { { cat "$2"; printf '\0'; cat "$3"; } > "$dir/seed-pair-$1"; }
pair us-v1-v2 dsl/src/test/resources/diff/us-v1.surety-unformatted dsl/src/test/resources/diff/us-v2.surety
pair history-v1-v2 examples/drafts/history/us-ukraine-v1.surety examples/drafts/history/us-ukraine-v2.surety
pair history-v2-v3 examples/drafts/history/us-ukraine-v2.surety examples/drafts/history/us-ukraine-v3.surety
pair history-v3-v4 examples/drafts/history/us-ukraine-v3.surety examples/drafts/history/us-ukraine-v4.surety
pair history-v4-v1 examples/drafts/history/us-ukraine-v4.surety examples/drafts/history/us-ukraine-v1.surety

# the language server's message harness: JSON-RPC bodies, one message a line
dir="$lsp/messages"
reset "$dir"
uri='file:///fuzz/main.surety'
cat > "$dir/seed-requests" <<JSON
{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$uri","languageId":"surety","version":1,"text":"party UA \"Ukraine\".\narrangement \"A\" {\n  beneficiary UA.\n}\n"}}}
{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"$uri"},"position":{"line":2,"character":15}}}
{"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"$uri"},"position":{"line":2,"character":2}}}
{"jsonrpc":"2.0","id":4,"method":"textDocument/definition","params":{"textDocument":{"uri":"$uri"},"position":{"line":2,"character":15}}}
{"jsonrpc":"2.0","id":5,"method":"textDocument/references","params":{"textDocument":{"uri":"$uri"},"position":{"line":0,"character":6},"context":{"includeDeclaration":true}}}
{"jsonrpc":"2.0","id":6,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"$uri"}}}
{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"$uri"},"range":{"start":{"line":0,"character":0},"end":{"line":3,"character":1}},"context":{"diagnostics":[]}}}
{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$uri","version":2},"contentChanges":[{"text":"arrangement {"}]}}
{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"$uri"}}}
JSON
cat > "$dir/seed-odd" <<'JSON'
{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///nowhere"},"position":{"line":-1,"character":99999}}}
{"jsonrpc":"2.0","id":"x","method":"surety/unknown","params":null}
{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"not a uri","type":2}]}}
{"jsonrpc":"2.0","method":"workspace/didChangeWorkspaceFolders","params":{"event":{"added":[{"uri":"file:///","name":"r"}],"removed":[]}}}
{"jsonrpc":"2.0","id":5,"result":null}
[1,2,3]
{"jsonrpc":"2.0","id":6,"method":"textDocument/didOpen","params":{"textDocument":{"uri":null,"text":null}}}
JSON
echo "seed corpus refreshed: $(find "$dsl" "$lsp" -type f | wc -l) files"
