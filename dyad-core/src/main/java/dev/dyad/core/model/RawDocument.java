package dev.dyad.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as a reader found it, before cleaning.
 *
 * @param uri the URL when the source names one, else the path as given on the command line
 * @param origin where it was read, precise enough to find it again: a path, plus a line or record
 *     number for container formats ({@code feed.rss item 3}, {@code crawl.warc.gz record 12})
 * @param type how {@code body} is written
 * @param body the text or markup, decoded to a Java string
 * @param title a title from the source's own metadata, if any
 * @param published a publication date string from the source's metadata, as written, if any
 * @param metadata every other field the source carried (JSON Lines fields, WARC headers, feed tags)
 */
public record RawDocument(
    String uri,
    String origin,
    ContentType type,
    String body,
    Optional<String> title,
    Optional<String> published,
    Map<String, String> metadata) {

  public RawDocument {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
    title = title.filter(t -> !t.isBlank());
    published = published.filter(p -> !p.isBlank());
    metadata = Map.copyOf(metadata);
  }

  /** A document with no metadata: what a plain file gives. */
  public static RawDocument of(String uri, ContentType type, String body) {
    return new RawDocument(uri, uri, type, body, Optional.empty(), Optional.empty(), Map.of());
  }
}
