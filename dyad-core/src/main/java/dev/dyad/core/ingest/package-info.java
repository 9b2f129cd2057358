/**
 * Ingestion: one {@link dev.dyad.core.ingest.DocumentReader} per input format, all emitting {@link
 * dev.dyad.core.model.RawDocument}s through a lazy stream, so a corpus of any size is read in
 * constant memory. {@link dev.dyad.core.ingest.Ingest} is the facade: paths in, documents out, bad
 * input reported to {@link dev.dyad.core.model.Problems} and never thrown.
 */
package dev.dyad.core.ingest;
