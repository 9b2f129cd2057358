package dev.dyad.core.clean;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads schema.org JSON-LD blocks of a page. Malformed JSON-LD is ignored, never thrown. */
final class HtmlJsonLd {
  /** Deeper JSON than this is not schema.org markup worth reading. */
  private static final int MAX_DEPTH = 32;

  // Quirk: hand-written JSON-LD often has trailing commas, comments or raw newlines in strings.
  private static final ObjectReader READER =
      JsonMapper.builder()
          .enable(
              JsonReadFeature.ALLOW_TRAILING_COMMA,
              JsonReadFeature.ALLOW_JAVA_COMMENTS,
              JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build()
          .readerFor(JsonNode.class);

  /** Quirk: old templates wrap the JSON in an HTML comment or a CDATA section. */
  private static final Pattern WRAPPER =
      Pattern.compile("^\\s*(?:<!--|(?://\\s*)?<!\\[CDATA\\[)|(?:-->|(?://\\s*)?]]>)\\s*$");

  private HtmlJsonLd() {}

  /** The first {@code datePublished} of any object in any JSON-LD block, as written. */
  static Optional<String> datePublished(Document doc) {
    for (Element script : doc.select("script[type~=(?i)ld\\+json]")) {
      String json = WRAPPER.matcher(script.data()).replaceAll("");
      // Quirk: a few sites put two JSON values one after the other in one script.
      try (MappingIterator<JsonNode> values = READER.readValues(json)) {
        while (values.hasNextValue()) {
          Optional<String> found = find(values.nextValue(), "datePublished", 0);
          if (found.isPresent()) {
            return found;
          }
        }
      } catch (Exception malformed) {
        // Malformed JSON-LD says nothing about the article; other sources are tried next.
      }
    }
    return Optional.empty();
  }

  /** Depth-first, in document order: own field first, then nested objects and arrays (@graph). */
  private static Optional<String> find(JsonNode node, String field, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (node.isObject()) {
      Optional<String> own = text(node.get(field));
      if (own.isPresent()) {
        return own;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Optional<String> found = find(it.next().getValue(), field, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        Optional<String> found = find(item, field, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** A string value, or the first string of an array of them. */
  private static Optional<String> text(JsonNode value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isArray() && value.size() > 0) {
      value = value.get(0);
    }
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }
}
