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
 * @param seconds wall time
 */
public record IngestSummary(
    String runId, long read, long stored, long alreadyStored, long events, long claims, long assessments, double seconds) {}
