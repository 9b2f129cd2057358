package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.DocumentAnalysis;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.report.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Each ingest brings claims, families and assessments in step with its new documents only; these
 * check, on real DuckDB stores, that several ingests of random sizes (in random batches) leave
 * exactly the tables a full rebuild of the same documents in the same order gives, and that a claim
 * keeps its id as reports join it.
 *
 * <p>The documents: the sample corpus, a syndicated near-copy of each article (it joins the
 * original's family and its claims), an independent rewrite of each (the same event sentences among
 * other words, some published days earlier: it joins the claims, not the family), bridges of two
 * articles in one text (they join two families into one), and later copies of the dated articles:
 * three weeks on (inside the families' window), two months on (outside it, and over a month from
 * the first copy: another source) and without a date (near every date).
 */
class IncrementalClaimsTest {
  private static final String[] WORDS = {
    "harbour", "budget", "orchard", "tram", "library", "bakery", "stadium", "river", "school",
    "market", "festival", "bridge", "garden", "museum", "clinic", "ferry", "theatre", "farm"
  };

  /** Days after its original that a late copy is published: inside and outside the window. */
  static final int[] LATE_COPY_DAYS = {21, 60};

  /** Late and undated copies: uri to the id of the article each copies. */
  private static final Map<String, String> COPIES = new HashMap<>();

  static final List<Document> DOCUMENTS = documents();

  private Path dir;

  @BeforeTry
  void createDirectory() throws IOException {
    dir = Files.createTempDirectory("incremental-claims");
  }

  @AfterTry
  void deleteDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 3, shrinking = ShrinkingMode.OFF)
  void ingestsOfRandomSizesLeaveTheTablesOfAFullRebuild(@ForAll long seed) {
    ingestInRandomBatches(seed);
  }

  /**
   * With room in memory for one piece of evidence and one assessment mention, every batch reads its
   * keys and groups back from the store (only the rows from the first arrival of the keys it
   * reads): the tables must not differ.
   */
  @Property(tries = 2, shrinking = ShrinkingMode.OFF)
  void aWriterThatKeepsNothingInMemoryLeavesTheSameTables(@ForAll long seed) {
    System.setProperty(ClaimUpdate.CLAIM_CACHE, "1");
    System.setProperty(ClaimUpdate.ASSESSMENT_CACHE, "1");
    try {
      ingestInRandomBatches(seed);
    } finally {
      System.clearProperty(ClaimUpdate.CLAIM_CACHE);
      System.clearProperty(ClaimUpdate.ASSESSMENT_CACHE);
    }
  }

  private void ingestInRandomBatches(long seed) {
    Random random = new Random(seed);
    List<Document> docs = new ArrayList<>(DOCUMENTS);
    Collections.shuffle(docs, random);
    Map<String, Claim> before = new HashMap<>();
    Set<String> earlier = new HashSet<>();
    int grown = 0;
    try (Store store = Store.open(dir.resolve("incremental.db"))) {
      int from = 0;
      while (from < docs.size()) {
        int to = Math.min(docs.size(), from + 1 + random.nextInt(20));
        ingest(store, docs.subList(from, to), 1 + random.nextInt(8));
        assertTablesAreTheReplayOfTheStoredDocuments(store);
        List<Claim> after = store.claims(ClaimQuery.ALL);
        grown += assertClaimsKeepTheirIds(before, earlier, after);
        before.clear();
        after.forEach(c -> before.put(c.claimId(), c));
        docs.subList(from, to).forEach(d -> earlier.add(d.id()));
        from = to;
      }
      List<String> incremental = ClaimTablesTest.rows(store);
      // The full rebuild: recode codes the same texts again and rebuilds every table.
      store.recode(ExampleCorpus.PIPELINE, StoreTest.CODER, Problems.counting());
      assertThat(ClaimTablesTest.rows(store)).containsExactlyElementsOf(incremental);
    }
    assertThat(grown).as("claims that gained mentions across ingests").isPositive();
  }

  @Example
  void aCopyJoinsItsOriginalsFamilyOnlyWhenPublishedWithinTheWindow() {
    try (Store store = Store.open(dir.resolve("window.db"))) {
      ingest(store, DOCUMENTS, 7);
      assertTablesAreTheReplayOfTheStoredDocuments(store);
      Map<String, String> familyByUri = new HashMap<>();
      Map<String, String> familyById = new HashMap<>();
      for (String row : StoreRows.of(store, "SELECT uri, doc_id, family_id FROM documents")) {
        String[] f = row.split(" \\| ");
        familyByUri.put(f[0], f[2]);
        familyById.put(f[1], f[2]);
      }
      assertThat(COPIES).isNotEmpty();
      COPIES.forEach(
          (uri, original) -> {
            // Two months on may still join through a copy near both in time (three weeks on,
            // undated, a bridge), so only the copies near the original in time must join.
            if (!uri.contains("/60/")) {
              assertThat(familyByUri.get(uri)).as(uri).isEqualTo(familyById.get(original));
            }
          });
      assertThat(COPIES.keySet()).anyMatch(u -> u.contains("undated"));
      assertThat(COPIES.keySet())
          .as("a copy two months on that nothing near in time links")
          .anyMatch(
              u -> u.contains("/60/") && !familyByUri.get(u).equals(familyById.get(COPIES.get(u))));
    }
  }

  /** Claims, assessments and families equal dyad-core's merge of the stored corpus in memory. */
  private static void assertTablesAreTheReplayOfTheStoredDocuments(Store store) {
    ClaimTables.Replay replay;
    try {
      replay = ClaimTables.replay(store.connection(), ExampleCorpus.ANALYZER);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(store.claims(ClaimQuery.ALL)).containsExactlyElementsOf(replay.analysis().claims());
    assertThat(store.assessments(AssessmentQuery.ALL))
        .containsExactlyElementsOf(replay.analysis().assessments());
    List<String> families = new ArrayList<>();
    replay.docIds().forEach(id -> families.add(id + " | " + replay.analysis().familyOf(id)));
    assertThat(StoreRows.of(store, "SELECT doc_id, family_id FROM documents ORDER BY seq"))
        .containsExactlyElementsOf(families);
  }

  /**
   * A claim whose mentions of documents stored before this ingest are exactly those of a claim
   * before it keeps that claim's id. Returns how many such claims gained mentions.
   */
  private static int assertClaimsKeepTheirIds(
      Map<String, Claim> before, Set<String> earlier, List<Claim> after) {
    Map<Set<String>, String> idByMentions = new HashMap<>();
    before.values().forEach(c -> idByMentions.put(events(c, null), c.claimId()));
    int grown = 0;
    for (Claim c : after) {
      String id = idByMentions.get(events(c, earlier));
      if (id != null) {
        assertThat(c.claimId()).as("the claim %s", c.statement()).isEqualTo(id);
        if (c.mentions().size() > before.get(id).mentions().size()) {
          grown++;
        }
      }
    }
    return grown;
  }

  private static Set<String> events(Claim c, Set<String> ofDocuments) {
    Set<String> out = new HashSet<>();
    c.mentions().stream()
        .filter(m -> ofDocuments == null || ofDocuments.contains(m.docId()))
        .forEach(m -> out.add(m.eventId()));
    return out;
  }

  private static void ingest(Store store, List<Document> docs, int batch) {
    store.ingest(
        docs.stream(),
        ExampleCorpus.PIPELINE,
        StoreTest.CODER,
        Problems.counting(),
        new IngestSettings(List.of("corpus"), batch, p -> {}, 1 + batch % 2));
  }

  /** The sample corpus, a near-copy and a rewrite of each of its articles. */
  private static List<Document> documents() {
    List<Document> out = new ArrayList<>(ExampleCorpus.DOCUMENTS);
    Random random = new Random(15);
    List<String> lines = new ArrayList<>();
    int n = 0;
    for (Document d : ExampleCorpus.DOCUMENTS) {
      String date = d.published().date().map(Object::toString).orElse(null);
      lines.add(
          line(
              "https://copies.example/" + n,
              d.title().orElse("Copy " + n),
              date,
              d.text() + "\n\nThis article was first published by a partner agency."));
      DocumentAnalysis analysis = ExampleCorpus.ANALYZER.analyze(d, Problems.counting());
      Set<String> sentences = new LinkedHashSet<>();
      analysis.events().stream().map(Event::sentence).forEach(sentences::add);
      if (!sentences.isEmpty()) {
        StringBuilder text = new StringBuilder();
        for (String s : sentences) {
          text.append(filler(random)).append(' ').append(s).append("\n\n");
        }
        int daysEarlier = n % 2 == 0 ? 3 : 0;
        String earlier =
            d.published().date().map(p -> p.minusDays(daysEarlier).toString()).orElse(null);
        lines.add(line("https://rewrites.example/" + n, "Rewrite " + n, earlier, text.toString()));
      }
      d.published()
          .date()
          .ifPresent(
              p -> {
                for (int days : LATE_COPY_DAYS) {
                  String uri = "https://late.example/" + days + "/" + d.id();
                  COPIES.put(uri, d.id());
                  lines.add(
                      line(
                          uri,
                          "Late copy",
                          p.plusDays(days).toString(),
                          d.text() + "\n\nRepublished " + days + " days later by a partner."));
                }
              });
      if (n % 3 == 0) {
        COPIES.put("https://undated.example/" + n, d.id());
        lines.add(
            line(
                "https://undated.example/" + n,
                "Undated copy",
                null,
                d.text() + "\n\nFrom the archive of a partner agency."));
      }
      n++;
    }
    // Bridges: two articles of like length in one text share enough with each to join both their
    // families, which become one when the bridge comes after both.
    List<Document> byLength = new ArrayList<>(ExampleCorpus.DOCUMENTS);
    byLength.sort(java.util.Comparator.comparingInt(d -> d.text().length()));
    for (int i = 0; i + 1 < byLength.size(); i += 2) {
      Document a = byLength.get(i);
      Document b = byLength.get(i + 1);
      lines.add(
          line(
              "https://bridges.example/" + i,
              "Bridge " + i,
              a.published().date().map(Object::toString).orElse(null),
              a.text() + "\n\n" + b.text()));
    }
    try {
      Path file = Files.createTempFile("incremental-claims", ".jsonl");
      Files.write(file, lines);
      try (Stream<Document> docs =
          ExampleCorpus.PIPELINE.documents(List.of(file.toString()), Problems.counting())) {
        out.addAll(docs.toList());
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String line(String url, String title, String published, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("url", url);
    fields.put("title", title);
    if (published != null) {
      fields.put("published", published);
    }
    fields.put("text", text);
    return Json.write(fields);
  }

  /** A sentence of drawn nouns that codes to nothing: independent wording around the events. */
  private static String filler(Random random) {
    return "Residents spoke about the "
        + WORDS[random.nextInt(WORDS.length)]
        + " and the "
        + WORDS[random.nextInt(WORDS.length)]
        + " near the "
        + WORDS[random.nextInt(WORDS.length)]
        + " during a long "
        + WORDS[random.nextInt(WORDS.length)]
        + " meeting.";
  }
}
