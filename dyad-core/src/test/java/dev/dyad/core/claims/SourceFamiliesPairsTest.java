package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the family decision over a hand-labelled set of invented pairs: copies
 * (tagline, new headline, edited or added sentences, reordered paragraphs, boilerplate, truncation)
 * against independent reports of the same event, other events on the same topic, and unrelated
 * stories.
 */
class SourceFamiliesPairsTest {
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.9;

  record Pair(String id, boolean same, String kind, String a, String b) {}

  @Test
  void separatesCopiesFromIndependentReports() {
    List<Pair> pairs = pairs();
    assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    StringBuilder table = new StringBuilder();
    double weakestCopy = 1;
    double strongestOther = 0;
    for (Pair p : pairs) {
      SourceFamilies families = new SourceFamilies();
      String fa = families.add(FamilyTestDocs.of(p.a()));
      String fb = families.add(FamilyTestDocs.of(p.b()));
      boolean joined = fa.equals(fb);
      if (joined && p.same()) {
        tp++;
      } else if (joined) {
        fp++;
      } else if (p.same()) {
        fn++;
      }
      double exact = FamilyTestDocs.jaccard(p.a(), p.b(), FamilyOptions.DEFAULTS.shingleWords());
      if (p.same()) {
        weakestCopy = Math.min(weakestCopy, exact);
      } else {
        strongestOther = Math.max(strongestOther, exact);
      }
      if (joined != p.same()) {
        table.append(
            String.format(
                "wrong: %s %s %s estimate %.3f exact %.3f%n",
                p.id(), p.same() ? "same" : "different", p.kind(), estimate(p.a(), p.b()), exact));
      }
    }
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.print(table);
    System.out.printf(
        "families over %d pairs: threshold %.2f precision %.3f recall %.3f (tp %d fp %d fn %d);"
            + " shingle Jaccard of the weakest copy %.3f, of the strongest non-copy %.3f%n",
        pairs.size(),
        FamilyOptions.DEFAULTS.threshold(),
        precision,
        recall,
        tp,
        fp,
        fn,
        weakestCopy,
        strongestOther);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
  }

  private static double estimate(String a, String b) {
    FamilyOptions o = FamilyOptions.DEFAULTS;
    MinHash minHash = new MinHash(o.hashes(), 1);
    return MinHash.similarity(
        MinHash.compact(minHash.signature(Shingles.of(a, o.shingleWords()))),
        MinHash.compact(minHash.signature(Shingles.of(b, o.shingleWords()))));
  }

  static List<Pair> pairs() {
    ObjectMapper json = new ObjectMapper();
    List<Pair> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    SourceFamiliesPairsTest.class.getResourceAsStream(
                        "/claims/families/pairs.jsonl")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        out.add(
            new Pair(
                n.get("id").asText(),
                n.get("label").asText().equals("same"),
                n.get("kind").asText(),
                n.get("a").asText(),
                n.get("b").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
