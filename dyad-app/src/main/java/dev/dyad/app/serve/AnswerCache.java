package dev.dyad.app.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON of recent GET answers, by request (path and query) and store {@linkplain
 * StoreAccess#generation generation}: a dashboard asks the same few questions over and over, and
 * the store changes only by the server's own writes, which start a new generation.
 */
final class AnswerCache {
  private final int capacity;
  private final Map<String, String> entries;

  AnswerCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > AnswerCache.this.capacity;
          }
        };
  }

  /** The cached answer to {@code key} in {@code generation}, else {@code compute}'s, kept. */
  String get(String key, long generation, Supplier<String> compute) {
    if (capacity == 0) {
      return compute.get();
    }
    String k = generation + " " + key;
    synchronized (entries) {
      String hit = entries.get(k);
      if (hit != null) {
        return hit;
      }
    }
    String answer = compute.get();
    synchronized (entries) {
      entries.put(k, answer);
    }
    return answer;
  }
}
