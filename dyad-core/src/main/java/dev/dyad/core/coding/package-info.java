/**
 * Event coding: {@link dev.dyad.core.coding.EventCoder} turns the sentences of a cleaned document
 * into dyadic {@link dev.dyad.core.coding.Event}s. The coder is the facade; its parts live in
 * sub-packages, each public only as far as the coder needs:
 *
 * <ul>
 *   <li>{@code ontology}: the PLOVER/CAMEO event types, kinds and Goldstein intensities;
 *   <li>{@code morphology}: English inflections, so patterns written on lemmas match surface forms;
 *   <li>{@code patterns}: the pattern files, their parser and the matcher;
 *   <li>{@code mentions}: the actors a sentence names, as slot fills, and coreference;
 *   <li>{@code clauses}: clause splitting, for the scope of modality cues;
 *   <li>{@code modality}: whether an event is asserted, alleged, denied, planned…
 * </ul>
 *
 * <p>Dates come in through {@link dev.dyad.core.coding.EventDater}, so coding does not depend on
 * {@code dev.dyad.core.time} (nor time on coding): both share the values in {@code
 * dev.dyad.core.model}.
 */
package dev.dyad.core.coding;
