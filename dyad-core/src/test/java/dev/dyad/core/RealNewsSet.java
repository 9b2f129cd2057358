package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.Sentence;
import dev.dyad.testkit.Corpora;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the whole pipeline (read, clean, code) on a real-news set of issue 11: sentences of
 * ../shared/corpus/wikinews labelled by annotators who never saw the coder's output. The blind set
 * ({@code coding/wikinews-blind}) is only ever scored; the development set ({@code
 * coding/wikinews-dev}) is read, so its scorer may also be given a sink for each case.
 *
 * <p>A reference is an article URL and character offsets into its raw text with a checksum; the
 * article goes through Dyad's own cleaner and splitter, and the reference is found again in the
 * cleaned text by its word sequence, so a change in splitting cannot shift it silently. Every event
 * of a cleaned sentence that overlaps the reference counts. Actors are compared at country level
 * (IGO codes whole, every NGO as "NGO"), as in {@code CoderEvaluationTest}.
 */
final class RealNewsSet {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  record Key(String source, String target, String type, String modality) {
    Key dyadType() {
      return new Key(source, target, type, "");
    }
  }

  static final class Score {
    int tp;
    int fp;
    int fn;

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "P %.2f  R %.2f  F1 %.2f  (tp %d, fp %d, fn %d)",
          precision(),
          recall(),
          f1(),
          tp,
          fp,
          fn);
    }
  }

  /**
   * {@code article}: the first 16 hex digits of the SHA-256 of the article's URL (no text of it
   * here).
   */
  record Reference(String id, String article, int start, int end, String sha256) {}

  record Figures(
      Score dyadType,
      Score full,
      Map<String, Score> byType,
      Map<String, Integer> missCauses,
      int scored,
      int unaligned) {}

  /**
   * One scored sentence, for a development set's list of cases (never given for the blind set),
   * with the actor codes the dictionary names in it, so a reader tells a missing actor from a
   * missing pattern.
   */
  record Case(
      String id,
      String sentence,
      List<Event> events,
      Set<Key> gold,
      Set<Key> found,
      Set<String> actors) {}

  private RealNewsSet() {}

  private static final dev.dyad.core.coding.patterns.PatternBook BOOK =
      dev.dyad.core.coding.patterns.PatternBook.builtIn();

  /** Whether any word of {@code span} triggers a built-in pattern of PLOVER type {@code type}. */
  private static boolean triggered(String span, String type) {
    Matcher m = WORD.matcher(span);
    while (m.find()) {
      for (var p : BOOK.triggeredBy(m.group().toLowerCase(Locale.ROOT))) {
        if (p.type().name().equals(type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An event as scored: actors at country level (IGO codes whole, every NGO as "NGO"). */
  static Key key(Event e) {
    return new Key(
        country(e.source().code()),
        country(e.targetCode()),
        e.eventType().name(),
        e.modality().label());
  }

  /**
   * The invented suites' two checks: every sentence found again in the cleaned text (at most one in
   * fifty lost), and the suite coded at least as well as when its floor was last raised.
   */
  static void assertSuite(Figures figures, int floor) {
    assertThat(figures.unaligned()).isLessThanOrEqualTo(figures.scored() / 50);
    assertThat(figures.scored()).isGreaterThanOrEqualTo(200);
    assertThat(figures.dyadType().tp).isGreaterThanOrEqualTo(floor);
  }

  /** Prints a set's figures as the tests report them. */
  static void print(String title, Figures figures) {
    System.out.println(
        title
            + " ("
            + figures.scored()
            + " sentences scored, "
            + figures.unaligned()
            + " not found in the cleaned text):");
    System.out.println("  dyad + type            " + figures.dyadType());
    System.out.println("  dyad + type + modality " + figures.full());
    figures.byType().forEach((t, s) -> System.out.printf(Locale.ROOT, "    %-10s %s%n", t, s));
    System.out.println("  misses (dyad + type) by cause, counts only:");
    figures.missCauses().forEach((c, n) -> System.out.printf(Locale.ROOT, "    %-44s %d%n", c, n));
  }

  /**
   * Codes the set in {@code coding/<set>/} with the pipeline {@code config} describes and scores it
   * against the labels. {@code cases} receives every scored sentence; the blind set passes a no-op,
   * as its sentences and misses are never read.
   */
  static Figures score(String set, PipelineConfig config, Consumer<Case> cases) throws IOException {
    Path articles = Corpora.wikinews();
    Map<String, String> rawText = new HashMap<>();
    Map<String, String> urls = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(articles, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode a = JSON.readTree(line);
        rawText.put(sha256(a.get("url").asText()), a.get("text").asText());
        urls.put(sha256(a.get("url").asText()), a.get("url").asText());
      }
    }
    Pipeline pipeline = Pipeline.standard(config);
    Problems problems = new Problems(e -> {});
    Map<String, Document> cleaned = new HashMap<>();
    pipeline
        .documents(List.of(articles.toString()), problems)
        .forEach(d -> cleaned.put(d.uri(), d));
    Map<String, JsonNode> labels = labels(set);
    List<Labelled> items = new ArrayList<>();
    for (Reference ref : references(set)) {
      String text = rawText.get(ref.article());
      assertThat(text).as("article of %s", ref.id()).isNotNull();
      String span = text.substring(ref.start(), ref.end());
      assertThat(sha256(span))
          .as("checksum of %s: the article text changed", ref.id())
          .isEqualTo(ref.sha256());
      JsonNode label = labels.get(ref.id());
      if (!label.has("skip")) {
        items.add(new Labelled(ref.id(), cleaned.get(urls.get(ref.article())), span, label));
      }
    }
    return score(pipeline, problems, items, cases);
  }

  /**
   * Codes and scores a suite of invented articles ({@code coding/<set>/articles.jsonl}: each line
   * an article with its title, date and labelled sentences). The article's text is its sentences
   * joined by spaces, written to a temporary JSON Lines file and read through the whole pipeline,
   * so that the coder sees each sentence in its article, as it does real news.
   */
  static Figures scoreArticles(String set, PipelineConfig config, Consumer<Case> cases)
      throws IOException {
    List<JsonNode> articles = lines(set, "articles.jsonl");
    Path corpus = Files.createTempFile("dyad-" + set, ".jsonl");
    try {
      try (var out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
        for (JsonNode a : articles) {
          List<String> texts = new ArrayList<>();
          a.get("sentences").forEach(sn -> texts.add(sn.get("text").asText()));
          var doc = JSON.createObjectNode();
          doc.put("id", a.get("id").asText());
          doc.put("url", "https://example.org/" + set + "/" + a.get("id").asText());
          doc.put("title", a.get("title").asText());
          doc.put("date", a.get("date").asText());
          doc.put("text", String.join(" ", texts));
          out.write(JSON.writeValueAsString(doc));
          out.write("\n");
        }
      }
      Pipeline pipeline = Pipeline.standard(config);
      Problems problems = new Problems(e -> {});
      Map<String, Document> cleaned = new HashMap<>();
      pipeline
          .documents(List.of(corpus.toString()), problems)
          .forEach(d -> cleaned.put(d.uri(), d));
      List<Labelled> items = new ArrayList<>();
      for (JsonNode a : articles) {
        Document doc = cleaned.get("https://example.org/" + set + "/" + a.get("id").asText());
        int n = 0;
        for (JsonNode sentence : a.get("sentences")) {
          n++;
          items.add(
              new Labelled(
                  a.get("id").asText() + "/" + n, doc, sentence.get("text").asText(), sentence));
        }
      }
      return score(pipeline, problems, items, cases);
    } finally {
      Files.deleteIfExists(corpus);
    }
  }

  /** A labelled sentence of a set and the cleaned document it is read in (null if none). */
  private record Labelled(String id, Document doc, String span, JsonNode label) {}

  private static Figures score(
      Pipeline pipeline, Problems problems, List<Labelled> items, Consumer<Case> cases) {
    Map<String, List<Event>> events = new HashMap<>();
    Function<Document, List<Event>> code =
        d -> events.computeIfAbsent(d.uri(), u -> pipeline.events(d, problems));

    Score dyadType = new Score();
    Score full = new Score();
    Map<String, Score> byType = new TreeMap<>();
    Map<String, Integer> missCauses = new TreeMap<>();
    Map<String, List<dev.dyad.core.actors.SentenceActor>> named = new HashMap<>();
    int scored = 0;
    int unaligned = 0;
    for (Labelled item : items) {
      String span = item.span();
      JsonNode label = item.label();
      Document doc = item.doc();
      Set<Integer> sentences = doc == null ? Set.of() : locate(doc, span);
      if (sentences.isEmpty()) {
        unaligned++;
      }
      scored++;
      Set<Key> found = new HashSet<>();
      if (doc != null) {
        for (Event e : code.apply(doc)) {
          if (sentences.contains(e.sentenceIndex())) {
            found.add(key(e));
          }
        }
      }
      Set<Key> gold = new HashSet<>();
      for (JsonNode g : label.get("events")) {
        JsonNode t = g.get("target");
        String target = t == null || t.isNull() ? "-" : country(t.asText());
        gold.add(
            new Key(
                country(g.get("source").asText()),
                target,
                g.get("event_type").asText(),
                g.get("modality").asText()));
      }
      tally(found, gold, full, null);
      tally(dyadTypes(found), dyadTypes(gold), dyadType, byType);
      Set<String> countries = new HashSet<>();
      Set<String> codes = new HashSet<>();
      if (doc != null) {
        for (var a : named.computeIfAbsent(doc.uri(), u -> pipeline.actors(doc))) {
          if (sentences.contains(a.sentenceIndex())) {
            countries.add(country(a.mention().actor().code()));
            codes.add(a.mention().actor().code());
          }
        }
      }
      for (Key k : dyadTypes(gold)) {
        if (!dyadTypes(found).contains(k)) {
          missCauses.merge(
              missCause(k, dyadTypes(found), countries, codes, triggered(span, k.type())),
              1,
              Integer::sum);
        }
      }
      List<Event> inSentence =
          doc == null
              ? List.of()
              : code.apply(doc).stream()
                  .filter(e -> sentences.contains(e.sentenceIndex()))
                  .toList();
      cases.accept(new Case(item.id(), span, inSentence, gold, found, new TreeSet<>(codes)));
    }
    return new Figures(dyadType, full, byType, missCauses, scored, unaligned);
  }

  /** Writes every case of a development set, with what was missed and what was extra. */
  static void writeCases(Path report, List<Case> cases) throws IOException {
    Files.createDirectories(report.getParent());
    try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      for (Case c : cases) {
        Set<Key> gold = dyadTypes(c.gold());
        Set<Key> found = dyadTypes(c.found());
        String verdict = gold.equals(found) ? (gold.isEmpty() ? "none" : "right") : "WRONG";
        out.write(c.id() + " [" + verdict + "] " + c.sentence() + "\n");
        if (verdict.equals("WRONG")) {
          out.write("  actors " + String.join(" ", c.actors()) + "\n");
        }
        for (Key k : c.gold()) {
          out.write(
              (found.contains(k.dyadType()) ? "  ok     " : "  MISSED ")
                  + show(k)
                  + " "
                  + k.modality()
                  + "\n");
        }
        for (Event e : c.events()) {
          Key k = key(e).dyadType();
          if (!gold.contains(k)) {
            out.write(
                String.format(
                    Locale.ROOT,
                    "  EXTRA  %s %s->%s %s %s [%s]%n",
                    e.eventType(),
                    e.source().code(),
                    e.targetCode(),
                    e.modality().label(),
                    e.cameo(),
                    e.pattern()));
          }
        }
      }
    }
  }

  private static String show(Key k) {
    return k.type() + " " + k.source() + "->" + k.target();
  }

  /**
   * Why a labelled event was missed, as a coarse class: whether it has a target, whether it is
   * domestic, what Dyad coded in the sentence, and how many of its actors Dyad's dictionary names
   * there. Only the counts are printed, so the set stays unread.
   */
  private static String missCause(
      Key k, Set<Key> found, Set<String> named, Set<String> codes, boolean triggered) {
    String shape =
        k.target().equals("-")
            ? "no target"
            : k.source().equals(k.target()) ? "domestic" : "two countries";
    String coded;
    if (found.stream()
        .anyMatch(f -> f.source().equals(k.source()) && f.target().equals(k.target()))) {
      coded = "same dyad, other type";
    } else if (found.stream().anyMatch(f -> f.type().equals(k.type()))) {
      coded = "same type, other dyad";
    } else if (!found.isEmpty()) {
      coded = "other event";
    } else {
      coded =
          triggered
              ? "nothing coded, a trigger of its type"
              : "nothing coded, no trigger of its type";
    }
    int known = (named.contains(k.source()) ? 1 : 0);
    if (!k.target().equals("-") && !k.target().equals(k.source())) {
      known += named.contains(k.target()) ? 1 : 0;
    }
    int needed = k.target().equals("-") || k.target().equals(k.source()) ? 1 : 2;
    String sides = "";
    if (shape.equals("domestic")) {
      long ofCountry = codes.stream().filter(c -> c.startsWith(k.source())).count();
      sides = ofCountry >= 2 ? " (two codes of it)" : " (one code of it)";
    }
    return shape + ", " + coded + ", actors named " + known + "/" + needed + sides;
  }

  /** The cleaned sentences that overlap the reference, found by its word sequence. */
  static Set<Integer> locate(Document doc, String span) {
    List<String> wanted = words(span);
    if (wanted.isEmpty()) {
      return Set.of();
    }
    List<String> docWords = new ArrayList<>();
    List<Integer> docOffsets = new ArrayList<>();
    Matcher m = WORD.matcher(doc.text());
    while (m.find()) {
      docWords.add(m.group().toLowerCase(Locale.ROOT));
      docOffsets.add(m.start());
    }
    for (int i = 0; i + wanted.size() <= docWords.size(); i++) {
      if (docWords.subList(i, i + wanted.size()).equals(wanted)) {
        int from = docOffsets.get(i);
        int to = docOffsets.get(i + wanted.size() - 1) + 1;
        Set<Integer> out = new HashSet<>();
        for (Sentence s : doc.sentences()) {
          if (s.start() < to && s.end() > from) {
            out.add(s.index());
          }
        }
        return out;
      }
    }
    return Set.of();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Set<Key> dyadTypes(Set<Key> keys) {
    Set<Key> out = new HashSet<>();
    keys.forEach(k -> out.add(k.dyadType()));
    return out;
  }

  private static void tally(Set<Key> found, Set<Key> gold, Score s, Map<String, Score> byType) {
    for (Key k : found) {
      boolean hit = gold.contains(k);
      s.tp += hit ? 1 : 0;
      s.fp += hit ? 0 : 1;
      if (byType != null) {
        Score t = byType.computeIfAbsent(k.type(), x -> new Score());
        t.tp += hit ? 1 : 0;
        t.fp += hit ? 0 : 1;
      }
    }
    for (Key k : gold) {
      if (!found.contains(k)) {
        s.fn++;
        if (byType != null) {
          byType.computeIfAbsent(k.type(), x -> new Score()).fn++;
        }
      }
    }
  }

  private static String country(String code) {
    if (code == null) {
      return "-";
    }
    // Non-governmental bodies compare as "NGO": the annotators write some as bare NGO.
    if (code.startsWith("NGO")) {
      return "NGO";
    }
    return code.startsWith("IGO") ? code : code.substring(0, Math.min(3, code.length()));
  }

  private static List<Reference> references(String set) throws IOException {
    List<Reference> out = new ArrayList<>();
    for (JsonNode r : lines(set, "references.jsonl")) {
      out.add(
          new Reference(
              r.get("id").asText(),
              r.get("article").asText(),
              r.get("start").asInt(),
              r.get("end").asInt(),
              r.get("sha256").asText()));
    }
    return out;
  }

  private static Map<String, JsonNode> labels(String set) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode l : lines(set, "events.jsonl")) {
      out.put(l.get("id").asText(), l);
    }
    return out;
  }

  private static List<JsonNode> lines(String set, String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in = RealNewsSet.class.getResourceAsStream("/coding/" + set + "/" + name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    }
    return out;
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
