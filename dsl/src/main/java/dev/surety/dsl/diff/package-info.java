/**
 * The semantic diff: what changed in meaning between two versions of a draft.
 *
 * <p>{@link dev.surety.dsl.diff.SemanticDiff#compare} compares two arrangements of the model and
 * returns the {@link dev.surety.dsl.diff.Change}s, each judged by one entry of the impact table
 * {@link dev.surety.dsl.diff.ImpactRule}; {@link dev.surety.dsl.diff.DraftDiff#of} compares two
 * whole {@link dev.surety.dsl.Report}s (arrangements matched by title, verdict and score before and
 * after, diagnostics that appeared, disappeared or changed). {@link dev.surety.dsl.diff.DiffText} and
 * {@link dev.surety.dsl.diff.DiffJson} render a diff; docs/diff.md is generated from the table.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package dev.surety.dsl.diff;

import org.immutables.value.Value;
