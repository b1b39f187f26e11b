/**
 * Where things are in a draft: 1-based lines and columns, columns counted in Unicode code points,
 * end positions exclusive.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    allParameters = true,
    defaults = @Value.Immutable(builder = false, copy = false))
package dev.surety.core.source;

import org.immutables.value.Value;
