package dev.dyad.store;

/** Rows in the main tables. */
public record StoreCounts(
    long documents, long sentences, long events, long claims, long assessments) {}
