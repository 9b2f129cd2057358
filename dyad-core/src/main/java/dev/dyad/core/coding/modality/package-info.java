/**
 * Modality: whether a coded event is asserted, alleged, denied, planned, speculated…, read from
 * cues with scope over clauses ({@code modality-cues.txt}), behind the one-method {@link
 * dev.dyad.core.coding.modality.ModalityDetector}.
 */
package dev.dyad.core.coding.modality;
