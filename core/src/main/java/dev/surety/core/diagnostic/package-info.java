/**
 * What the toolchain says about a draft: diagnostics with a stable code, a severity, a message in
 * the drafter's terms, a help line and the ranges involved; and the descriptor type that is each
 * rule's single home of identity and documentation.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package dev.surety.core.diagnostic;

import org.immutables.value.Value;
