package dev.dyad.app.serve;

import dev.dyad.core.dictionaries.DictionarySpec;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code dyad serve} runs.
 *
 * @param host the address to bind: loopback unless asked otherwise
 * @param port the port; 0 takes a free one
 * @param token the bearer token writes need; empty: writes are off
 * @param maxRequestBytes the largest request body taken (a POST of documents)
 * @param cacheEntries how many recent answers are kept (0: none)
 * @param dictionaries the dictionary set that codes the documents a POST brings ({@code
 *     --dictionaries})
 */
public record ServerSettings(
    String host,
    int port,
    Optional<String> token,
    long maxRequestBytes,
    int cacheEntries,
    DictionarySpec dictionaries) {
  /** 16 MiB: a few thousand articles of JSON Lines per request. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16L << 20;

  public static final int DEFAULT_CACHE_ENTRIES = 512;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(dictionaries, "dictionaries");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is 0 to 65535, not " + port);
    }
    if (maxRequestBytes < 1) {
      throw new IllegalArgumentException("the request limit must be positive");
    }
    if (cacheEntries < 0) {
      throw new IllegalArgumentException("the cache size cannot be negative");
    }
  }

  /** Loopback, the given port, no writes, the default limits, the built-in dictionaries. */
  public static ServerSettings loopback(int port) {
    return new ServerSettings(
        "127.0.0.1",
        port,
        Optional.empty(),
        DEFAULT_MAX_REQUEST_BYTES,
        DEFAULT_CACHE_ENTRIES,
        DictionarySpec.BUILTIN);
  }

  public ServerSettings withToken(Optional<String> t) {
    return new ServerSettings(host, port, t, maxRequestBytes, cacheEntries, dictionaries);
  }

  public ServerSettings withMaxRequestBytes(long bytes) {
    return new ServerSettings(host, port, token, bytes, cacheEntries, dictionaries);
  }

  public ServerSettings withCacheEntries(int entries) {
    return new ServerSettings(host, port, token, maxRequestBytes, entries, dictionaries);
  }

  public ServerSettings withDictionaries(DictionarySpec spec) {
    return new ServerSettings(host, port, token, maxRequestBytes, cacheEntries, spec);
  }
}
