/**
 * The Surety Maven plugin: goals {@code check} and {@code compile}. Each mojo gathers its
 * parameters into a {@link dev.surety.maven.SuretyRequest} and hands it to {@link
 * dev.surety.maven.SuretyExecutor}; it decides no rule itself.
 */
package dev.surety.maven;
