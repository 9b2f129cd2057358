package dev.dyad.store;

/**
 * What an ingest did.
 *
 * @param runId the row in {@code ingest_runs}
 * @param read cleaned documents read
 * @param stored new documents written
 * @param alreadyStored documents the store already had
 * @param events events written
 * @param claims claims in the store after the run
 * @param assessments assessments in the store after the run
 * @param seconds wall time, claims, the final checkpoint and the search index included
 * @param claimsSeconds of which bringing families, claims and assessments in step, inside each
 *     batch (and rebuilding them first if the store's were behind); about 0 when nothing was added
 * @param searchSeconds bringing the sentence index in step, after the batches
 */
public record IngestSummary(
    String runId,
    long read,
    long stored,
    long alreadyStored,
    long events,
    long claims,
    long assessments,
    double seconds,
    double claimsSeconds,
    double searchSeconds) {}
