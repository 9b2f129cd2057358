package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.coding.modality.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The indexed partition (object class, date buckets, best undated match) gives exactly the groups
 * of the plain scan it replaced: each piece, most specific first, joins the compatible group with
 * the most documents, the earliest founded on a tie.
 */
class ClaimGroupingIndexTest {
  private static final String[] CLASSES = {"munitions", "troops", "fuel"};

  @Test
  void sameGroupsAsComparingWithEveryGroup() {
    Random r = new Random(42);
    for (int trial = 0; trial < 400; trial++) {
      List<ClaimEvidence> evidence =
          evidence(r, 1 + r.nextInt(trial < 300 ? 40 : 600), 20 + r.nextInt(800));
      for (boolean strict : new boolean[] {false, true}) {
        assertThat(describe(ClaimGrouping.partition(evidence, strict)))
            .as("trial %d strict %s", trial, strict)
            .isEqualTo(describe(scan(evidence, strict)));
      }
    }
  }

  @Test
  void aHotKeyStaysTheSame() {
    List<ClaimEvidence> evidence = evidence(new Random(7), 5_000, 730);
    for (boolean strict : new boolean[] {false, true}) {
      assertThat(describe(ClaimGrouping.partition(evidence, strict)))
          .isEqualTo(describe(scan(evidence, strict)));
    }
  }

  /** The algorithm before the index: compare each piece with every group so far. */
  private static List<ClaimGrouping.Group> scan(List<ClaimEvidence> evidence, boolean strict) {
    List<ClaimEvidence> sorted = new ArrayList<>(evidence);
    sorted.sort(ClaimEvidence.SPECIFIC_FIRST);
    List<ClaimGrouping.Group> groups = new ArrayList<>();
    for (ClaimEvidence e : sorted) {
      ClaimGrouping.Group best = null;
      for (ClaimGrouping.Group g : groups) {
        if (g.accepts(e, strict) && (best == null || g.documents.size() > best.documents.size())) {
          best = g;
        }
      }
      if (best == null) {
        best = new ClaimGrouping.Group();
        groups.add(best);
      }
      best.add(e);
    }
    return groups;
  }

  private static List<String> describe(List<ClaimGrouping.Group> groups) {
    List<String> out = new ArrayList<>();
    for (ClaimGrouping.Group g : groups) {
      List<String> ids = new ArrayList<>();
      g.members.forEach(m -> ids.add(m.mention().eventId()));
      out.add(g.objectClass + " " + g.period + " " + ids);
    }
    return out;
  }

  /**
   * Mixed evidence: days, ±15-day stand-ins, months, years and undated; some objects; few
   * documents.
   */
  static List<ClaimEvidence> evidence(Random r, int n, int days) {
    LocalDate first = LocalDate.of(2023, 1, 1);
    int docs = Math.max(1, n / 3);
    List<ClaimEvidence> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate day = first.plusDays(r.nextInt(days));
      int roll = r.nextInt(100);
      Optional<ClaimPeriod> period =
          roll < 45
              ? Optional.of(ClaimPeriod.parse(day.toString(), false))
              : roll < 75
                  ? Optional.of(ClaimPeriod.parse(day.toString(), true))
                  : roll < 82
                      ? Optional.of(ClaimPeriod.parse(day.toString().substring(0, 7), false))
                      : roll < 86
                          ? Optional.of(ClaimPeriod.parse(day.toString().substring(0, 4), false))
                          : Optional.empty();
      Optional<String> object =
          r.nextInt(3) == 0 ? Optional.empty() : Optional.of(CLASSES[r.nextInt(CLASSES.length)]);
      String doc = "d" + r.nextInt(docs);
      ClaimMention mention =
          new ClaimMention(
              doc,
              "test:" + doc,
              "f" + doc,
              "Sentence.",
              i % 20,
              Modality.ASSERTED,
              Optional.empty(),
              "e" + i,
              Optional.of(day),
              Optional.empty(),
              false);
      out.add(
          new ClaimEvidence(
              "PRK|RUS|AID||dir|now", mention, "PRK", Optional.of("RUS"), object, period, 0, i));
    }
    return out;
  }
}
