/**
 * Cleaning: from a {@link dev.dyad.core.model.RawDocument} to a {@link
 * dev.dyad.core.model.Document}. {@link dev.dyad.core.clean.DocumentCleaner} folds a list of
 * one-method cleaning steps over a draft of the document (extract, normalize, strip tag fragments,
 * date, drop chrome, title, repair run-together words, split sentences, id); each step is a small
 * class named for its job that hands the work to the rule class beside it ({@link
 * dev.dyad.core.clean.ContentExtractor}s, {@code TextNormalizer}, {@code TagFragments}, {@code
 * ChromeFilter}, {@code TitleDetector}, {@code WordSegmenter}, {@code DocumentIds}).
 */
package dev.dyad.core.clean;
