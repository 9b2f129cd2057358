package dev.dyad.app.serve;

import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A real server for tests: {@code examples/corpus} ingested into a new DuckDB file, served by
 * {@link DyadServer} on a free loopback port, with an HTTP client.
 */
final class RunningServer implements AutoCloseable {
  final DyadServer server;
  final String base;
  final Path db;
  final HttpClient http = HttpClient.newHttpClient();

  private RunningServer(DyadServer server, Path db) {
    this.server = server;
    this.db = db;
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** The sample corpus, read-only (no token). */
  static RunningServer examples(Path dir) {
    Path db = IngestedStore.examples(dir.resolve("dyad.db"));
    return over(db, Optional.empty(), ServerSettings.DEFAULT_MAX_REQUEST_BYTES);
  }

  /** The store at {@code db}: its writer when a token is given, else a reader. */
  static RunningServer over(Path db, Optional<String> token, long maxBytes) {
    return over(db, ServerSettings.loopback(0).withToken(token).withMaxRequestBytes(maxBytes));
  }

  /** The store at {@code db} served with {@code settings} (port 0: a free one). */
  static RunningServer over(Path db, ServerSettings settings) {
    boolean writes = settings.token().isPresent();
    Store s = writes ? Store.open(db, "test server") : Store.openReadOnly(db);
    StoreAccess access = StoreAccess.of(s, writes, 2);
    try {
      return new RunningServer(DyadServer.start(settings, access), db);
    } catch (RuntimeException e) {
      access.close();
      throw e;
    }
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
  }

  HttpResponse<byte[]> getBytes(String pathAndQuery) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery));
  }

  @Override
  public void close() {
    server.stop();
  }
}
