package dev.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Time to first render of a dashboard view in Debian's chromium, headless: a new browser opens the
 * address, and the page itself says when its first render was done ({@code
 * body[data-first-render-ms]}, {@code performance.now()} from the navigation's start), read over
 * the DevTools protocol (java.net.http's WebSocket: no browser driver needed).
 */
final class ChromiumRender {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChromiumRender() {}

  static boolean available() {
    return Files.isExecutable(CHROMIUM);
  }

  /** Milliseconds from navigation to the page's first render of {@code url}, in a new browser. */
  static double once(String url, Duration timeout) throws Exception {
    Path profile = Files.createTempDirectory("dyad-chromium");
    Process p =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--window-size=1280,800",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                url)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String ws = devtools(p, timeout);
      URI browser = URI.create(ws);
      String list = "http://" + browser.getHost() + ":" + browser.getPort() + "/json/list";
      HttpClient http = HttpClient.newHttpClient();
      long end = System.nanoTime() + timeout.toNanos();
      String pageSocket = null;
      while (pageSocket == null && System.nanoTime() < end) {
        JsonNode targets =
            JSON.readTree(
                http.send(
                        HttpRequest.newBuilder(URI.create(list)).build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
        for (JsonNode t : targets) {
          if (t.get("type").asText().equals("page")
              && t.get("url").asText().startsWith(url.split("#")[0])) {
            pageSocket = t.get("webSocketDebuggerUrl").asText();
          }
        }
        Thread.sleep(50);
      }
      if (pageSocket == null) {
        throw new IllegalStateException("chromium opened no page for " + url);
      }
      return poll(http, pageSocket, end);
    } finally {
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      deleteQuietly(profile);
    }
  }

  private static String devtools(Process p, Duration timeout) throws Exception {
    CompletableFuture<String> found = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  Matcher m = DEVTOOLS.matcher(line);
                  if (m.find()) {
                    found.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                found.completeExceptionally(e);
              }
              found.completeExceptionally(new IllegalStateException("chromium ended"));
            });
    reader.setDaemon(true);
    reader.start();
    return found.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks the page for its first render time until it has one. */
  private static double poll(HttpClient http, String socket, long end) throws Exception {
    AtomicInteger ids = new AtomicInteger();
    CompletableFuture<JsonNode>[] answer = new CompletableFuture[1];
    StringBuilder partial = new StringBuilder();
    WebSocket ws =
        http.newWebSocketBuilder()
            .buildAsync(
                URI.create(socket),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                      try {
                        JsonNode m = JSON.readTree(partial.toString());
                        if (m.has("id") && answer[0] != null) {
                          answer[0].complete(m);
                        }
                      } catch (IOException e) {
                        answer[0].completeExceptionally(e);
                      }
                      partial.setLength(0);
                    }
                    w.request(1);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    try {
      while (System.nanoTime() < end) {
        answer[0] = new CompletableFuture<>();
        ws.sendText(
            "{\"id\":"
                + ids.incrementAndGet()
                + ",\"method\":\"Runtime.evaluate\",\"params\":{\"expression\":"
                + "\"document.body && document.body.dataset.firstRenderMs || ''\",\"returnByValue\":true}}",
            true);
        JsonNode m = answer[0].get(10, TimeUnit.SECONDS);
        String v = m.path("result").path("result").path("value").asText("");
        if (!v.isEmpty()) {
          return Double.parseDouble(v);
        }
        Thread.sleep(25);
      }
      throw new IllegalStateException("the page did not render in time");
    } finally {
      ws.abort();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // chromium may still be writing its profile as it exits; a temp folder left is harmless
    }
  }
}
