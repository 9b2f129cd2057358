package dev.dyad.store.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Lists and nested objects inside one CSV cell, as compact JSON (what the JSONL contract holds). */
final class JsonCell {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonCell() {}

  static String of(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
