/**
 * What {@code surety fmt} needs beside the formatter ({@code dev.surety.dsl.format}): the unified
 * diff of {@code --diff}. Files are rewritten through {@link dev.surety.cli.compile.AtomicFiles}.
 */
package dev.surety.cli.fmt;
