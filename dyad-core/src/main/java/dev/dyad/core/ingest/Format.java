package dev.dyad.core.ingest;

import dev.dyad.core.model.ContentType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats Dyad reads, known by file name; {@code .gz} may follow any of them. */
enum Format {
  TEXT(List.of(".txt")),
  MARKDOWN(List.of(".md", ".markdown")),
  HTML(List.of(".html", ".htm")),
  JSON_LINES(List.of(".jsonl")),
  FEED(List.of(".xml", ".rss", ".atom")),
  WARC(List.of(".warc"));

  static final String STDIN = "-";

  private final List<String> suffixes;

  Format(List<String> suffixes) {
    this.suffixes = suffixes;
  }

  static Optional<Format> of(String name) {
    if (name.equals(STDIN)) {
      return Optional.of(JSON_LINES);
    }
    String lower = withoutGzip(name.toLowerCase(Locale.ROOT));
    for (Format f : values()) {
      for (String suffix : f.suffixes) {
        if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  static boolean isGzip(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  private static String withoutGzip(String lower) {
    return isGzip(lower) ? lower.substring(0, lower.length() - 3) : lower;
  }

  DocumentReader reader() {
    return switch (this) {
      case TEXT -> new PlainFileReader(ContentType.TEXT);
      case MARKDOWN -> new PlainFileReader(ContentType.MARKDOWN);
      case HTML -> new PlainFileReader(ContentType.HTML);
      case JSON_LINES -> new JsonLinesReader();
      case FEED -> new FeedReader();
      case WARC -> new WarcFileReader();
    };
  }

  /** The suffixes, for a message that says what Dyad can read. */
  static String known() {
    StringBuilder sb = new StringBuilder();
    for (Format f : values()) {
      for (String s : f.suffixes) {
        sb.append(sb.length() == 0 ? "" : ", ").append(s);
      }
    }
    return sb.append(" (optionally .gz)").toString();
  }
}
