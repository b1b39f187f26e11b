/**
 * {@code surety lsp}: a Language Server Protocol server on Eclipse LSP4J over the library's
 * compiler, validator and rule catalogue (docs/lsp.md). {@link dev.surety.cli.lsp.LspServer} runs
 * it on two streams; {@link dev.surety.cli.lsp.SuretyLanguageServer} keeps the open documents and
 * compiles each version once, changes coalesced, publishing diagnostics only for the latest version; one
 * class per feature answers from an {@code Analysis} of a version; {@link
 * dev.surety.cli.lsp.PositionMapper} is the only place where model positions (code points) and
 * LSP positions (UTF-16) are converted.
 */
package dev.surety.cli.lsp;
