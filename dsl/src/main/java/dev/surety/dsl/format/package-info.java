/**
 * The formatter: {@link dev.surety.dsl.format.SuretyFormatter} lays a draft out in the canonical
 * layout of LANGUAGE.md section 6, from its parse tree and every token, comments included. Shared
 * by the command line, the Maven plugin and the language server. See {@code docs/formatting.md}.
 */
package dev.surety.dsl.format;
