/**
 * The closed vocabularies of the language: each enum constant knows its canonical spelling, its
 * aliases and alternative spellings ({@code defence}/{@code defense}), and its category. {@link
 * dev.surety.core.vocabulary.Vocabulary} looks a written phrase up in any of them.
 */
package dev.surety.core.vocabulary;
