package dev.dyad.core.ingest;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.RawDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Cuts a plain-text or Markdown document longer than {@link IngestOptions#maxPartChars()} into
 * parts, so that what cleaning and coding hold for one document (sentences, tokens, events, and the
 * steps that compare a block with those before it) is bounded by the part, not by the file. A cut
 * falls at the last paragraph end before the limit, else the last line end, else the last sentence
 * end or space, and only as a last resort inside a word. HTML is not cut: its main content is only
 * known once the whole page is parsed.
 *
 * <p>Part {@code n} of {@code m} keeps the source's title and date, and is named {@code uri#part-n}
 * and {@code origin part n}, with {@code part: n/m} in its metadata.
 */
final class LongDocuments {
  static final int MIN_PART_CHARS = 1000;
  static final String PART = "part";

  private LongDocuments() {}

  static Stream<RawDocument> split(RawDocument raw, int maxChars) {
    String body = raw.body();
    boolean plain = raw.type() == ContentType.TEXT || raw.type() == ContentType.MARKDOWN;
    if (!plain || body.length() <= maxChars) {
      return Stream.of(raw);
    }
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    while (start < body.length()) {
      int end =
          body.length() - start <= maxChars ? body.length() : cut(body, start, start + maxChars);
      spans.add(new int[] {start, end});
      start = end;
    }
    int count = spans.size();
    return IntStream.range(0, count)
        .mapToObj(i -> part(raw, body.substring(spans.get(i)[0], spans.get(i)[1]), i + 1, count));
  }

  /** Where to end a part that starts at {@code start} and may not reach past {@code limit}. */
  static int cut(String body, int start, int limit) {
    int floor = start + (limit - start) / 2;
    int at = body.lastIndexOf("\n\n", limit - 2);
    if (at >= floor) {
      return at + 2;
    }
    at = body.lastIndexOf('\n', limit - 1);
    if (at >= floor) {
      return at + 1;
    }
    for (int i = limit - 1; i > floor; i--) {
      char c = body.charAt(i - 1);
      if (Character.isWhitespace(body.charAt(i)) && (c == '.' || c == '!' || c == '?')) {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > floor; i--) {
      if (Character.isWhitespace(body.charAt(i))) {
        return i + 1;
      }
    }
    // Quirk: no space at all in half a part (a run of base64, a table of digits): cut it anyway.
    return Character.isHighSurrogate(body.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private static RawDocument part(RawDocument raw, String text, int n, int count) {
    Map<String, String> metadata = new HashMap<>(raw.metadata());
    metadata.put(PART, n + "/" + count);
    return new RawDocument(
        raw.uri() + "#part-" + n,
        raw.origin() + " part " + n,
        raw.type(),
        text,
        raw.title(),
        raw.published(),
        metadata);
  }
}
