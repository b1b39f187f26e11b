/**
 * The Surety language: {@link dev.surety.dsl.SuretyCompiler} reads {@code .surety} drafts (and
 * the files they include) and returns a {@link dev.surety.dsl.Compilation}: the immutable model and
 * every diagnostic of the reading rules listed in {@link dev.surety.dsl.CompilerRules}. The
 * generated parser and the tree walking live in {@code dev.surety.dsl.internal}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package dev.surety.dsl;

import org.immutables.value.Value;
