package dev.dyad.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load on loopback: {@code clients} threads, each sending the next request of the mix
 * as soon as its last answer came, for a fixed time. Bounded by time, and only ever aimed at the
 * server this process started.
 */
final class HttpLoad {
  /** What a run did. */
  record Result(long requests, long errors, String firstError, double seconds, Latency latency) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private HttpLoad() {}

  static Result run(String base, List<String> mix, int clients, Duration length) throws Exception {
    if (!URI.create(base).getHost().startsWith("127.")) {
      throw new IllegalArgumentException("load goes to loopback only, not " + base);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<HttpRequest> requests =
        mix.stream()
            .map(
                p ->
                    HttpRequest.newBuilder(URI.create(base + p))
                        .timeout(Duration.ofSeconds(30))
                        .build())
            .toList();
    AtomicLong errors = new AtomicLong();
    java.util.concurrent.atomic.AtomicReference<String> firstError =
        new java.util.concurrent.atomic.AtomicReference<>("");
    long end = System.nanoTime() + length.toNanos();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<List<Long>>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      done.add(
          pool.submit(
              () -> {
                List<Long> nanos = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                  HttpRequest r = requests.get(i % requests.size());
                  long t = System.nanoTime();
                  try {
                    HttpResponse<byte[]> answer =
                        http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                    if (answer.statusCode() != 200) {
                      errors.incrementAndGet();
                      firstError.compareAndSet(
                          "", "HTTP " + answer.statusCode() + " " + r.uri().getPath());
                    }
                  } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet("", e.toString());
                  }
                  nanos.add(System.nanoTime() - t);
                }
                return nanos;
              }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<List<Long>> f : done) {
      all.addAll(f.get());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    long[] times = all.stream().mapToLong(Long::longValue).toArray();
    return new Result(times.length, errors.get(), firstError.get(), seconds, new Latency(times));
  }
}
