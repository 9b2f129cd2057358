package dev.dyad.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Dyad's one JSON mapper, for everything it writes as JSON: JSON Lines output (one compact object
 * per line), JSON inside CSV cells, and the store's JSON-valued columns, which it also reads back.
 * Jackson's defaults: no indentation, map entries in insertion order, nulls written.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** {@code value} as compact JSON on one line (maps, lists, strings, numbers, booleans, null). */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON array of strings. */
  public static List<String> stringList(String json) {
    return read(json, new TypeReference<List<String>>() {});
  }

  /** A JSON object of integers. */
  public static Map<String, Integer> intMap(String json) {
    return read(json, new TypeReference<Map<String, Integer>>() {});
  }

  /** A JSON object of strings. */
  public static Map<String, String> stringMap(String json) {
    return read(json, new TypeReference<Map<String, String>>() {});
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
