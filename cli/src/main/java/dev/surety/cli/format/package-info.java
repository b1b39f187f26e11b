/**
 * The output formats of {@code surety lint}: a {@link dev.surety.cli.format.LintReport} holds the
 * findings of one run, an {@link dev.surety.cli.format.OutputFormat} names a format and gives its
 * {@link dev.surety.cli.format.DiagnosticRenderer}. The formats are a contract with the programs
 * that read them (CLI.md, "Formats"); each renderer's Javadoc records the decisions that CLI.md
 * leaves open, and the golden files under {@code cli/src/test/resources/format/golden/} pin them.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package dev.surety.cli.format;

import org.immutables.value.Value;
