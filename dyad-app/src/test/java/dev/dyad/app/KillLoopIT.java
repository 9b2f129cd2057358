package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.report.brief.StoredDocument;
import dev.dyad.store.DerivedData;
import dev.dyad.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs at random moments across ingest (its batches, then the claim update and the search sync)
 * and export, each in a child JVM running the real command line. After each kill a re-run must
 * equal a clean run: the same documents, events, claims, assessments and search answers, no warning
 * of stale data, and an export file that is whole (the old one or the new one).
 *
 * <p>The default build runs {@value #DEFAULT_KILLS} kills (one of each kind) as a check; the long
 * run is {@code mvn -Plong-tests verify -pl dyad-app -am -Dit.test=KillLoopIT} (100 kills, or
 * {@code -Ddyad.killloop.kills=N}; {@code -Ddyad.killloop.minutes=M} stops after M minutes). The
 * figures go to standard output and {@code target/kill-loop.txt}.
 */
@Timeout(value = 6, unit = TimeUnit.HOURS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KillLoopIT {
  static final int DEFAULT_KILLS = 3;
  static final int KILLS = Integer.getInteger("dyad.killloop.kills", DEFAULT_KILLS);

  /** A time budget: the loop stops after the kill that passes it, and says how many it ran. */
  static final long MINUTES = Long.getLong("dyad.killloop.minutes", Long.MAX_VALUE / 60_000_000L);

  static final int DOCUMENTS = Integer.getInteger("dyad.killloop.documents", 200);
  static final List<String> QUERIES = List.of("troops", "arms race", "ceasefire accused");
  static final List<String> WORDS =
      List.of(
          "harbour",
          "river",
          "winter",
          "grain",
          "market",
          "bridge",
          "council",
          "railway",
          "village",
          "festival",
          "museum",
          "forest",
          "copper",
          "harvest",
          "school",
          "airport",
          "factory",
          "orchard",
          "tunnel",
          "lantern",
          "meadow",
          "canal",
          "quarry",
          "mill",
          "granary",
          "archive",
          "pottery",
          "ferry",
          "station",
          "library",
          "garden",
          "tower");
  static final List<String> COUNTRIES =
      List.of("Russia", "China", "Japan", "France", "Germany", "India", "Brazil", "Canada");

  @TempDir Path dir;

  @Test
  void afterEveryKillARerunEqualsACleanRun() throws Exception {
    long seed = Long.getLong("dyad.killloop.seed", 13L);
    Random random = new Random(seed);
    Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));

    // The clean run, in a child like the killed ones, timed: when its last batch is committed
    // (the search sync then creates the index folder, beside the claim update) and when it ends.
    Path clean = dir.resolve("clean.db");
    Child reference = Child.ingest(clean, corpus);
    assertThat(reference.awaitEnd()).as(reference.stderr()).isZero();
    long documentsWritten = reference.lastBatchMillis();
    assertThat(documentsWritten).as("the index folder appeared").isPositive();
    long tail = reference.endMillis() - documentsWritten;
    long batches = documentsWritten - reference.storeMillis();
    Snapshot expected = Snapshot.of(clean);
    assertThat(expected.documents()).hasSize(DOCUMENTS);
    assertThat(expected.documents().stream().map(StoredDocument::familyId).distinct().count())
        .as("source families")
        .isGreaterThan(DOCUMENTS / 2);
    assertThat(expected.claims()).isNotEmpty();
    Map<String, String> exports = new TreeMap<>();
    long exportWindow = 0;
    for (String[] kind : EXPORTS) {
      Path out = dir.resolve("reference." + kind[0] + "." + kind[1]);
      Child child = Child.export(clean, kind, out);
      assertThat(child.awaitEnd()).as(child.stderr()).isZero();
      exportWindow = Math.max(exportWindow, child.endMillis());
      exports.put(kind[0] + "." + kind[1], Files.readString(out));
    }

    Map<String, Integer> phases = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    long loopStarted = System.nanoTime();
    int kills = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      if ((System.nanoTime() - loopStarted) / 60e9 > MINUTES) {
        break;
      }
      kills++;
      int kind = kill % 3;
      String phase;
      if (kind < 2) {
        Path db = dir.resolve("killed.db");
        deleteStore(db);
        Child child = Child.ingest(db, corpus);
        if (kind == 0) {
          child.awaitStore();
          child.killAfter(random.nextLong(Math.max(1, batches)));
        } else {
          child.awaitLastBatch();
          child.killAfter(random.nextLong(Math.max(1, tail)));
        }
        phase = phaseOf(db);
        Cli rerun = Cli.run("ingest", "--db", db.toString(), corpus.toString());
        if (rerun.exit() != 0) {
          mismatches.add(kill + " (" + phase + "): the re-run exited " + rerun.exit());
        } else {
          Snapshot after = Snapshot.of(db);
          if (!after.equals(expected)) {
            mismatches.add(kill + " (" + phase + "): " + after.difference(expected));
          }
        }
      } else {
        String[] what = EXPORTS.get(kill / 3 % EXPORTS.size());
        Path out = dir.resolve("export." + what[0] + "." + what[1]);
        String reference1 = exports.get(what[0] + "." + what[1]);
        Files.writeString(out, reference1);
        Child child = Child.export(clean, what, out);
        child.killAfter(random.nextLong(Math.max(1, exportWindow)));
        phase = "export " + what[0] + " " + what[1];
        if (!Files.readString(out).equals(reference1)) {
          mismatches.add(kill + " (" + phase + "): the killed export left a cut file");
        }
        Cli again = export(clean, what, out);
        if (again.exit() != 0 || !Files.readString(out).equals(reference1)) {
          mismatches.add(kill + " (" + phase + "): the re-run export differs");
        }
      }
      phases.merge(phase, 1, Integer::sum);
      System.out.printf(Locale.ROOT, "kill-loop: kill %d: %s%n", kill + 1, phase);
    }
    double minutes = (System.nanoTime() - loopStarted) / 60e9;
    String figures =
        String.format(
            Locale.ROOT,
            "kill-loop: %d SIGKILLs of %d asked (seed %d) in %.1f min over %d documents; clean"
                + " ingest %.1f s (last batch at %.1f s), export %.1f s; kills by phase %s; re-runs"
                + " differing from the clean run: %d%n",
            kills,
            KILLS,
            seed,
            minutes,
            DOCUMENTS,
            reference.endMillis() / 1000.0,
            documentsWritten / 1000.0,
            exportWindow / 1000.0,
            phases,
            mismatches.size());
    System.out.print(figures);
    Files.writeString(Path.of("target", "kill-loop.txt"), figures + String.join("\n", mismatches));
    assertThat(mismatches).isEmpty();
  }

  /** What export writes in the loop: format by format. */
  static final List<String[]> EXPORTS =
      List.of(
          new String[] {"events", "jsonl"},
          new String[] {"claims", "csv"},
          new String[] {"assessments", "csv"});

  private static Cli export(Path db, String[] what, Path out) {
    return Cli.run(
        "export", what[0], "--db", db.toString(), "--format", what[1], "--output", out.toString());
  }

  /** Where the kill fell, read from what it left: a writer's open marks the run interrupted. */
  private static String phaseOf(Path db) {
    if (!Files.exists(db)) {
      return "ingest: before the store existed";
    }
    try (Store s = Store.open(db, "KillLoopIT")) {
      DerivedData d = s.derivedData();
      if (d.lastDocument() < DOCUMENTS || s.counts().documents() < DOCUMENTS) {
        return "ingest: batches";
      }
      if (d.claimsBehind()) {
        return "ingest: claim update";
      }
      if (d.searchBehind()) {
        return "ingest: search sync";
      }
      return "ingest: after its commits";
    }
  }

  private static void deleteStore(Path db) throws IOException {
    for (Path p : List.of(db, Path.of(db + ".wal"), Path.of(db + ".lock"))) {
      Files.deleteIfExists(p);
    }
    Path index = Path.of(db + ".lucene");
    if (Files.exists(index)) {
      try (Stream<Path> files = Files.walk(index)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Reports that repeat across documents (every tenth is a wire copy of the one before, with a line
   * added: a source family), assessments ("could lead to") and several modalities, so claims merge
   * and carry statuses. Each story has words of its own, so that stories are not one family.
   */
  private static Path writeCorpus(Path file) throws IOException {
    Random random = new Random(1);
    List<String> lines = new ArrayList<>();
    String previous = "";
    for (int i = 0; i < DOCUMENTS; i++) {
      boolean copy = i % 10 == 9;
      int story = copy ? i - 1 : i;
      StringBuilder own = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        own.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
      }
      String a = COUNTRIES.get(story % COUNTRIES.size());
      String b = COUNTRIES.get((story / COUNTRIES.size() + 1 + story) % COUNTRIES.size());
      String text =
          a
              + " sent "
              + (100 + story % 40)
              + " troops to "
              + b
              + " on Monday, officials said.\\n\\n"
              + b
              + " accused "
              + a
              + " of violating the ceasefire, according to a ministry statement.\\n\\n"
              + "Analysts said the deployment could lead to an arms race. Report "
              + story
              + ".\\n\\n"
              + own
              + ".";
      if (copy) {
        text = previous + "\\n\\nThis report was distributed by a wire service.";
      }
      previous = text;
      lines.add(
          "{\"url\": \"https://example.org/kill/"
              + i
              + "\", \"title\": \"Report "
              + story
              + "\", \"published\": \"2026-03-"
              + (10 + story % 18)
              + "\", \"text\": \""
              + text
              + "\"}");
    }
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** What a user can see of a store: documents, events, claims, assessments and search answers. */
  record Snapshot(
      List<StoredDocument> documents,
      String events,
      String claims,
      String assessments,
      List<String> searches,
      List<String> warnings) {

    static Snapshot of(Path db) {
      List<StoredDocument> documents;
      try (Store s = Store.openReadOnly(db)) {
        documents = s.documentsAbout(List.of());
      }
      List<String> searches = new ArrayList<>();
      List<Cli> runs = new ArrayList<>();
      for (String q : QUERIES) {
        Cli cli = Cli.run("search", "--db", db.toString(), "--format", "jsonl", q);
        searches.add(cli.out());
        runs.add(cli);
      }
      Cli events = Cli.run("events", "--db", db.toString(), "--format", "jsonl");
      Cli claims = Cli.run("claims", "--db", db.toString(), "--format", "jsonl");
      Cli assessments = Cli.run("assessments", "--db", db.toString(), "--format", "jsonl");
      runs.addAll(List.of(events, claims, assessments));
      List<String> warnings =
          runs.stream().flatMap(c -> c.err().lines()).filter(l -> l.contains("warning")).toList();
      return new Snapshot(
          documents, events.out(), claims.out(), assessments.out(), searches, warnings);
    }

    String difference(Snapshot expected) {
      List<String> parts = new ArrayList<>();
      if (!documents.equals(expected.documents)) {
        parts.add("documents " + documents.size() + " vs " + expected.documents.size());
      }
      if (!events.equals(expected.events)) {
        parts.add("events");
      }
      if (!claims.equals(expected.claims)) {
        parts.add("claims");
      }
      if (!assessments.equals(expected.assessments)) {
        parts.add("assessments");
      }
      if (!searches.equals(expected.searches)) {
        parts.add("search");
      }
      if (!warnings.equals(expected.warnings)) {
        parts.add("warnings: " + warnings);
      }
      return String.join(", ", parts);
    }
  }

  /**
   * A child JVM running {@code dyad}, its standard error read as it comes. For an ingest into a new
   * store, the sentence index folder appears when the last batch is committed: the search sync
   * creates it, beside the claim update.
   */
  static final class Child {
    private final Process process;
    private final long started = System.nanoTime();
    private final CountDownLatch store = new CountDownLatch(1);
    private final CountDownLatch lastBatch = new CountDownLatch(1);
    private volatile long storeNanos;
    private final StringBuffer stderr = new StringBuffer();
    private volatile long lastBatchNanos;
    private volatile long endNanos;
    private final Thread reader;
    private final Thread watcher;

    private Child(Process process, Path db) {
      this.process = process;
      Path index = db == null ? null : Path.of(db + ".lucene");
      this.watcher =
          new Thread(
              () -> {
                while (db != null && process.isAlive() && !Files.exists(db)) {
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
                if (db != null && Files.exists(db)) {
                  storeNanos = System.nanoTime();
                }
                store.countDown();
                while (index != null && process.isAlive() && !Files.exists(index)) {
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
                if (index != null && Files.exists(index)) {
                  lastBatchNanos = System.nanoTime();
                }
                lastBatch.countDown();
              },
              "kill-loop-index-watch");
      watcher.setDaemon(true);
      watcher.start();
      this.reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                  for (String line = r.readLine(); line != null; line = r.readLine()) {
                    stderr.append(line).append('\n');
                  }
                } catch (IOException e) {
                  // the child was killed
                }
              },
              "kill-loop-stderr");
      reader.setDaemon(true);
      reader.start();
    }

    static Child ingest(Path db, Path corpus) throws IOException {
      return start(db, "ingest", "--db", db.toString(), "--batch", "25", corpus.toString());
    }

    static Child export(Path db, String[] what, Path out) throws IOException {
      return start(
          null,
          "export",
          what[0],
          "--db",
          db.toString(),
          "--format",
          what[1],
          "--output",
          out.toString());
    }

    /** {@code db}: a new store the child creates, watched for its files; null for none. */
    private static Child start(Path db, String... args) throws IOException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Main.class.getName());
      command.addAll(List.of(args));
      return new Child(
          new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start(), db);
    }

    /** Until the child has created the store: its JVM is up and DuckDB loaded. */
    void awaitStore() throws InterruptedException {
      store.await(30, TimeUnit.MINUTES);
    }

    void awaitLastBatch() throws InterruptedException {
      lastBatch.await(30, TimeUnit.MINUTES);
    }

    /** SIGKILL after {@code millis} (at once if it ended before), then waits for the end. */
    void killAfter(long millis) throws InterruptedException {
      process.waitFor(millis, TimeUnit.MILLISECONDS);
      process.destroyForcibly();
      process.waitFor(60, TimeUnit.SECONDS);
      reader.join(10_000);
    }

    int awaitEnd() throws InterruptedException {
      int exit = process.waitFor();
      endNanos = System.nanoTime();
      reader.join(10_000);
      watcher.join(10_000);
      return exit;
    }

    /** How long the child ran, after {@link #awaitEnd}. */
    long endMillis() {
      return (endNanos - started) / 1_000_000;
    }

    long storeMillis() {
      return storeNanos == 0 ? 0 : (storeNanos - started) / 1_000_000;
    }

    long lastBatchMillis() {
      return lastBatchNanos == 0 ? 0 : (lastBatchNanos - started) / 1_000_000;
    }

    String stderr() {
      return stderr.toString();
    }
  }
}
