package dev.dyad.store.search;

import java.util.Objects;

/**
 * One sentence that matched a search.
 *
 * @param docId the Dyad document id ({@link dev.dyad.core.model.Document#id()})
 * @param sentenceIndex the sentence's position in its document, from 0
 * @param uri the document's URL or path
 * @param text the sentence as cleaned
 * @param score Lucene's BM25 score: comparable within one search only
 */
public record SentenceHit(String docId, int sentenceIndex, String uri, String text, float score) {
  public SentenceHit {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(text, "text");
  }
}
