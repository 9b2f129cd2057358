/**
 * Clauses of a tokenized sentence (main, relative, complement, reported…), so that a modality cue
 * governs only the clause it stands in. Public only for the other coding packages.
 */
package dev.dyad.core.coding.clauses;
