/**
 * The PLOVER/CAMEO event ontology that coded events point into: event types and modes, their CAMEO
 * codes, quad classes and Goldstein intensities ({@code ontology.tsv}, {@code cameo.tsv}).
 */
package dev.dyad.core.coding.ontology;
