package dev.dyad.app.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The JSON of recent GET answers, by request (path and query) and store {@linkplain
 * StoreAccess#generation generation}: a dashboard asks the same few questions over and over, and
 * the store changes only by the server's own writes, which start a new generation. Concurrent
 * requests for one answer not yet made wait for the first to make it, rather than each reading the
 * store.
 */
final class AnswerCache {
  private final int capacity;
  private final Map<String, CompletableFuture<String>> entries;

  AnswerCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<String>> eldest) {
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
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> existing;
    synchronized (entries) {
      existing = entries.putIfAbsent(k, mine);
    }
    if (existing != null) {
      try {
        return existing.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    try {
      String answer = compute.get();
      mine.complete(answer);
      return answer;
    } catch (RuntimeException e) {
      // A failed answer (a 404, a store error) is not kept: the next request tries again.
      synchronized (entries) {
        entries.remove(k, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }
}
