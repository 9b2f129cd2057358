/**
 * English inflections, so that event patterns can be written on lemmas and matched on surface forms
 * without tagging or lemmatizing every token (rules plus {@code irregular-*.tsv}). Public only for
 * the other coding packages.
 */
package dev.dyad.core.coding.morphology;
