/**
 * The assessment of an arrangement as RULES.md defines it: the verdict, the seven-line Article 5
 * scorecard and the per-guarantor detail, as immutable values that the CLI, the Maven plugin and
 * embedders render.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package dev.surety.validation.assessment;

import org.immutables.value.Value;
