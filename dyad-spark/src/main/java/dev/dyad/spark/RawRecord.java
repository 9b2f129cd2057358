package dev.dyad.spark;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.RawDocument;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RawDocument} on its way from the executor that read it to the one that analyses it, with
 * its place in input order.
 */
record RawRecord(
    long seq,
    String uri,
    String origin,
    String type,
    String body,
    String title,
    String published,
    LinkedHashMap<String, String> metadata)
    implements Serializable {

  static RawRecord of(long seq, RawDocument raw) {
    return new RawRecord(
        seq,
        raw.uri(),
        raw.origin(),
        raw.type().name(),
        raw.body(),
        raw.title().orElse(null),
        raw.published().orElse(null),
        new LinkedHashMap<>(raw.metadata()));
  }

  RawDocument document() {
    return new RawDocument(
        uri,
        origin,
        ContentType.valueOf(type),
        body,
        Optional.ofNullable(title),
        Optional.ofNullable(published),
        Map.copyOf(metadata));
  }
}
