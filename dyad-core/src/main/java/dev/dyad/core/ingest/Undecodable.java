package dev.dyad.core.ingest;

import dev.dyad.core.model.RawDocument;
import java.util.HashMap;
import java.util.Map;

/**
 * Marks a feed item that holds characters its decoder could not decode. The decoder of a feed reads
 * ahead of the parser, so its own count cannot say which item a bad byte fell in; the replacement
 * characters in the item's text can.
 */
final class Undecodable {
  private Undecodable() {}

  static RawDocument marked(RawDocument doc) {
    long count = count(doc.body()) + doc.title().map(Undecodable::count).orElse(0L);
    if (count == 0) {
      return doc;
    }
    Map<String, String> metadata = new HashMap<>(doc.metadata());
    metadata.put(TextDecoding.UNDECODABLE_BYTES, Long.toString(count));
    return new RawDocument(
        doc.uri(), doc.origin(), doc.type(), doc.body(), doc.title(), doc.published(), metadata);
  }

  private static long count(String text) {
    return text.chars().filter(c -> c == LenientText.REPLACEMENT).count();
  }
}
