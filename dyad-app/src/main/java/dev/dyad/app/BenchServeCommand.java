package dev.dyad.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.app.serve.DyadServer;
import dev.dyad.app.serve.ServerSettings;
import dev.dyad.app.serve.StoreAccess;
import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.Store;
import dev.dyad.store.StoreCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad bench serve}: the server as the dashboard uses it. On a store (--db, or PATHs
 * ingested into a temporary one): the median and p95 latency of every call the dashboard's views
 * make, with the answer cache off (what the store costs); the time to first render of the dyad view
 * in chromium; and requests per second held by concurrent clients on loopback for a mix of
 * timeline, claims and search calls, with the cache on (as served) and off.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Time the HTTP server as the dashboard uses it, on loopback.",
      "",
      "Per call of each dashboard view: median and p95 over --runs (answer cache off). The dyad"
          + " view's time to first render in /usr/bin/chromium, headless, a new browser per run"
          + " (skipped, saying so, without chromium). Then --seconds of load from --clients"
          + " concurrent clients, a mix of timeline, claims and search calls: requests/s, errors and"
          + " latency, with the cache on, then off."
    })
final class BenchServeCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Inputs to ingest into a temporary store, when no --db is given.")
  List<String> paths = List.of();

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "An existing store to serve (read-only).")
  Path db;

  @Option(
      names = "--runs",
      defaultValue = "30",
      description = "Timed runs of each call (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "3",
      description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--renders",
      defaultValue = "5",
      description = "Browser runs of the dyad view (default: ${DEFAULT-VALUE}; 0 skips).")
  int renders;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      description = "Length of each load run (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--clients",
      defaultValue = "16",
      description = "Concurrent clients of the load (default: ${DEFAULT-VALUE}).")
  int clients;

  @Override
  public Integer call() throws Exception {
    if (runs < 1 || warmup < 0 || renders < 0 || seconds < 1 || clients < 1) {
      throw new Failures.UsageException(
          "--runs, --seconds and --clients must be at least 1; --warmup and --renders at least 0");
    }
    if (db == null && paths.isEmpty()) {
      throw new Failures.UsageException("give a store (--db) or inputs to ingest (PATH...)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path temporary = db == null ? Files.createTempDirectory("dyad-bench-serve") : null;
    try {
      Path store = db != null ? db : ingest(temporary.resolve("bench.db"), out);
      bench(store, out);
    } finally {
      if (temporary != null) {
        deleteTree(temporary);
      }
    }
    return ExitCode.OK.code();
  }

  private Path ingest(Path store, PrintWriter out) {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    try (Store s = Store.open(store, "dyad bench serve");
        Stream<Document> docs = pipeline.documents(paths, Problems.counting())) {
      s.ingest(
          docs,
          pipeline,
          CoderVersion.of(PipelineConfig.DEFAULTS.actors()),
          Problems.counting(),
          IngestSettings.of(paths));
    }
    out.printf("ingested %s into a temporary store%n", String.join(" ", paths));
    return store;
  }

  private void bench(Path store, PrintWriter out) throws Exception {
    StoreCounts counts;
    try (Store s = Store.openReadOnly(store)) {
      counts = s.counts();
    }
    out.printf(
        Locale.ROOT,
        "bench serve: %s (%,d documents, %,d events, %,d claims); %d processors%n",
        store,
        counts.documents(),
        counts.events(),
        counts.claims(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
    Map<String, List<String>> calls;
    // Latencies with the cache off: each call pays its store reads.
    try (DyadServer server = start(store, 0)) {
      String base = "http://127.0.0.1:" + server.port();
      calls = dashboardCalls(base);
      out.printf(
          "dashboard calls, cache off (median and p95 of %d runs after %d warm-up):%n",
          runs, warmup);
      HttpClient http = HttpClient.newHttpClient();
      for (Map.Entry<String, List<String>> view : calls.entrySet()) {
        for (String path : view.getValue()) {
          Latency l = Latency.of(warmup, runs, () -> fetch(http, base + path));
          out.printf(Locale.ROOT, "  %-9s %-70s %s%n", view.getKey(), shorten(path), l);
          out.flush();
        }
      }
    }
    String dyadPath = calls.get("dyad").get(0);
    try (DyadServer server = start(store, ServerSettings.DEFAULT_CACHE_ENTRIES)) {
      String base = "http://127.0.0.1:" + server.port();
      renders(out, base, dyadPath);
      load(out, base, calls, "cache on");
    }
    try (DyadServer server = start(store, 0)) {
      load(out, "http://127.0.0.1:" + server.port(), calls, "cache off");
    }
  }

  private void renders(PrintWriter out, String base, String dyadTimeline) throws Exception {
    if (renders == 0) {
      return;
    }
    if (!ChromiumRender.available()) {
      out.println("time to first render: skipped, no /usr/bin/chromium (apt-get install chromium)");
      return;
    }
    // The dyad of the timeline call: /api/v1/timeline?dyad=A,B&...
    String pair = dyadTimeline.replaceAll(".*dyad=([A-Z0-9]+)%2C([A-Z0-9]+).*", "$1-$2");
    String url = base + "/#/dyad/" + pair;
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < renders; i++) {
      ms.add(ChromiumRender.once(url, Duration.ofSeconds(120)));
    }
    long[] nanos = ms.stream().mapToLong(m -> (long) (m * 1e6)).toArray();
    out.printf(
        Locale.ROOT,
        "time to first render of the dyad view %s in chromium (new headless browser each run;"
            + " the first with the server's cache cold): first %.0f ms, %s%n",
        pair,
        ms.get(0),
        new Latency(nanos));
    out.flush();
  }

  private void load(PrintWriter out, String base, Map<String, List<String>> calls, String label)
      throws Exception {
    List<String> mix = new ArrayList<>();
    for (String p : calls.get("dyad")) {
      if (p.contains("/timeline") || p.contains("/claims")) {
        mix.add(p);
      }
    }
    for (String p : calls.get("actor")) {
      if (p.contains("/timeline")) {
        mix.add(p);
      }
    }
    mix.addAll(calls.get("search"));
    HttpLoad.Result r = HttpLoad.run(base, mix, clients, Duration.ofSeconds(seconds));
    out.printf(
        Locale.ROOT,
        "load, %s: %d s, %d clients, %d calls in the mix (timeline, claims, search): %,d requests,"
            + " %d errors%s, %.0f requests/s; latency %s%n",
        label,
        seconds,
        clients,
        mix.size(),
        r.requests(),
        r.errors(),
        r.errors() > 0 ? " (first: " + r.firstError() + ")" : "",
        r.perSecond(),
        r.latency());
    out.flush();
  }

  private DyadServer start(Path store, int cache) {
    StoreAccess access = StoreAccess.of(Store.openReadOnly(store), false, Serving.READERS);
    return DyadServer.start(ServerSettings.loopback(0).withCacheEntries(cache), access);
  }

  /** The calls each view makes, for the store's busiest dyad and actor. */
  private Map<String, List<String>> dashboardCalls(String base) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    JsonNode dyads = JSON.readTree(fetch(http, base + "/api/v1/dyads?limit=12")).get("items");
    if (dyads.isEmpty()) {
      throw new Failures.UsageException("the store holds no claim between two actors");
    }
    String a = dyads.get(0).get("a").asText();
    String b = dyads.get(0).get("b").asText();
    String pair = enc(a + "," + b);
    JsonNode claims = JSON.readTree(fetch(http, base + "/api/v1/claims?dyad=" + pair + "&limit=1"));
    String claim = claims.get("items").get(0).get("claim_id").asText();
    String doc = claims.get("items").get(0).get("mentions").get(0).get("doc_id").asText();
    Map<String, List<String>> calls = new LinkedHashMap<>();
    List<String> overview =
        new ArrayList<>(
            List.of(
                "/api/v1/stats",
                "/api/v1/dyads?limit=12",
                "/api/v1/actors?limit=250",
                "/api/v1/changes"));
    for (JsonNode d : dyads) {
      overview.add(
          "/api/v1/timeline?dyad="
              + enc(d.get("a").asText() + "," + d.get("b").asText())
              + "&by=month");
    }
    calls.put("overview", overview);
    calls.put(
        "dyad",
        List.of(
            "/api/v1/timeline?dyad=" + pair + "&by=month",
            "/api/v1/timeline?dyad=" + pair + "&by=week",
            "/api/v1/claims?dyad=" + pair + "&limit=500",
            "/api/v1/claims?dyad=" + pair + "&status=confirmed&limit=500",
            "/api/v1/claims/" + claim,
            "/api/v1/assessments?dyad=" + pair + "&limit=200",
            "/api/v1/actors?dyad=" + pair + "&limit=2"));
    calls.put(
        "actor",
        List.of(
            "/api/v1/dyads?actor=" + a + "&limit=25",
            "/api/v1/timeline?actor=" + a + "&by=month",
            "/api/v1/network?actor=" + a));
    calls.put("network", List.of("/api/v1/network?statuses=confirmed,reported"));
    calls.put(
        "search",
        List.of(
            "/api/v1/search?q=" + enc("troops") + "&limit=50",
            "/api/v1/search?q=" + enc("\"artillery shells\" Russia") + "&limit=50",
            "/api/v1/search?q=" + enc("sanctions -trade") + "&limit=50"));
    calls.put("document", List.of("/api/v1/documents/" + doc));
    return calls;
  }

  private static String fetch(HttpClient http, String url) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  private static String shorten(String path) {
    String p = path.replace("/api/v1/", "");
    return p.length() <= 70 ? p : p.substring(0, 67) + "...";
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + root, e);
    }
  }
}
