/**
 * The immutable domain model of a security arrangement (LANGUAGE.md section 4).
 *
 * <p>Every type is an Immutables value with a builder ({@code Party.builder()}) and, for the small
 * ones, an {@code of(...)} factory, so an application can build an arrangement in Java without the
 * language. Every element carries the {@link dev.surety.core.source.SourceRange} it was read from;
 * ranges are auxiliary, outside {@code equals} and {@code hashCode}, so two drafts that differ only
 * in layout compare equal. Builders reject only what can never be legal (a negative amount); what a
 * drafter can get wrong is kept as written and left to diagnostics.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    jdk9Collections = true,
    defaults = @Value.Immutable(copy = true))
package dev.surety.core.model;

import org.immutables.value.Value;
