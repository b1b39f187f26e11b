/**
 * The Surety Maven plugin: goals {@code check} and {@code compile}. Each mojo gathers its
 * parameters into a {@link dev.surety.cli.check.CheckRequest} and hands it to {@link
 * dev.surety.cli.check.CheckExecutor}, the entry point that the CLI's {@code lint}, {@code assess}
 * and {@code compile} use too; it decides no rule itself.
 */
package dev.surety.maven;
