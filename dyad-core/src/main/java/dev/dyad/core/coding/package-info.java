/**
 * Event coding and modality: the PLOVER/CAMEO event ontology that coded events point into, and
 * the English inflections that let event patterns be written on lemmas and matched on surface
 * forms without tagging or lemmatizing every token.
 */
package dev.dyad.core.coding;
