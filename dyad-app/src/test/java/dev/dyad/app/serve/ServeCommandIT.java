package dev.dyad.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import dev.dyad.store.StoreLockedException;
import dev.dyad.testkit.Corpora;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad serve} and {@code dyad demo} as processes: they print their address, answer, and on
 * SIGTERM stop cleanly: the writer lock released, the demo's temporary store deleted.
 */
class ServeCommandIT {
  static final Duration WAIT = Duration.ofSeconds(120);
  final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dir;

  String get(String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }

  @Test
  void serveHoldsTheWriterLockUntilSigtermThenReleasesIt() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("dyad.db"));
    Path token = dir.resolve("token");
    Files.writeString(token, "a-token-long-enough-to-count\n");
    try (ChildProcess p =
        ChildProcess.dyad(
            dir,
            Map.of(),
            "serve",
            "--db",
            db.toString(),
            "--port",
            "0",
            "--token-file",
            token.toString())) {
      String url = p.await(Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)"), WAIT);
      assertThat(get(url + "api/v1/health")).contains("\"writes\":true");
      assertThat(get(url)).contains("<title>Dyad</title>");
      assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreLockedException.class);
      p.terminate(WAIT);
      assertThat(p.err()).contains("server stopped; the store is closed");
    }
    try (Store s = Store.open(db)) {
      assertThat(s.counts().documents()).isEqualTo(17);
    }
  }

  @Test
  void serveTakesTheTokenFromTheEnvironment() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("env.db"));
    try (ChildProcess p =
        ChildProcess.dyad(
            dir,
            Map.of("DYAD_TOKEN", "another-token-long-enough"),
            "serve",
            "--db",
            db.toString(),
            "--port",
            "0")) {
      String url = p.await(Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)"), WAIT);
      assertThat(get(url + "api/v1/health")).contains("\"writes\":true");
      p.terminate(WAIT);
    }
  }

  @Test
  void demoServesTheDashboardOnTheNextFreePortAndDeletesItsStoreOnStop() throws Exception {
    long before = demoStores();
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      try (ChildProcess p =
          ChildProcess.dyad(
              dir,
              Map.of(),
              "demo",
              "--port",
              String.valueOf(port),
              "--corpus",
              Corpora.examples().resolve("wire").toString())) {
        String url =
            p.await(
                Pattern.compile("^Dashboard: (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)$"),
                WAIT);
        int used = URI.create(url).getPort();
        assertThat(used).isGreaterThan(port);
        assertThat(get(url)).contains("<title>Dyad</title>");
        assertThat(get(url + "api/v1/stats")).contains("\"documents\":");
        assertThat(p.out()).contains("# Brief:");
        p.terminate(WAIT);
      }
    }
    assertThat(demoStores()).isEqualTo(before);
  }

  static long demoStores() throws Exception {
    try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return tmp.filter(p -> p.getFileName().toString().startsWith("dyad-demo")).count();
    }
  }
}
