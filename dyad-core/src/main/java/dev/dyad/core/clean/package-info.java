/**
 * Cleaning: from a {@link dev.dyad.core.model.RawDocument} to a {@link dev.dyad.core.model.Document}.
 * A {@link dev.dyad.core.clean.ContentExtractor} turns the body into layout blocks (main content
 * only), small rules repair the text of each block and drop web chrome, and
 * {@link dev.dyad.core.clean.DocumentCleaner} composes them with title, date and sentence finding.
 */
package dev.dyad.core.clean;
