package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A key kept up to date batch by batch tells exactly the claims each batch changed, and keeps its
 * evidence in the merge's order without sorting it again.
 */
class KeyClaimsTest {
  private static final String KEY = "PRK|RUS|AID||dir|now";

  @Test
  void theChangesOfEachBatchTurnTheClaimsBeforeIntoThoseOfAFullMerge() {
    ClaimMerger merger = new ClaimMerger();
    Random r = new Random(11);
    for (int trial = 0; trial < 40; trial++) {
      List<ClaimEvidence> all = ClaimGroupingIndexTest.evidence(r, 50 + r.nextInt(600), 400);
      int from = r.nextInt(all.size());
      KeyClaims kept = merger.keyClaims(KEY, all.subList(0, from));
      Map<String, Claim> applied = byId(kept.claims());
      while (from < all.size()) {
        int to = Math.min(all.size(), from + 1 + r.nextInt(trial % 2 == 0 ? 20 : 200));
        KeyClaims.Change change = kept.update(all.subList(from, to));
        for (Claim gone : change.before()) {
          // Only claims that were there, as they were, leave.
          assertThat(applied.remove(gone.claimId())).isEqualTo(gone);
        }
        for (Claim made : change.after()) {
          assertThat(applied.put(made.claimId(), made)).isNull();
        }
        from = to;
        List<Claim> full = merger.claims(KEY, all.subList(0, to));
        assertThat(applied.values())
            .as("trial %d to %d", trial, to)
            .containsExactlyInAnyOrderElementsOf(full);
        assertThat(kept.claims()).containsExactlyInAnyOrderElementsOf(full);
      }
    }
  }

  @Test
  void aReportThatChangesNoGroupChangesNoClaim() {
    ClaimMerger merger = new ClaimMerger();
    List<ClaimEvidence> all = ClaimGroupingIndexTest.evidence(new Random(3), 400, 300);
    KeyClaims kept = merger.keyClaims(KEY, all);
    KeyClaims.Change none = kept.update(List.of());
    assertThat(none.before()).isEmpty();
    assertThat(none.after()).isEmpty();
  }

  @Test
  void specificFirstOrdersAsTheComparatorItWasWrittenOutFrom() {
    Comparator<ClaimEvidence> chronological =
        Comparator.comparing(
                (ClaimEvidence e) -> e.mention().published().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.mention().docId())
            .thenComparingInt(e -> e.mention().sentenceIndex())
            .thenComparingInt(ClaimEvidence::sourcePosition)
            .thenComparing(e -> e.mention().eventId());
    Comparator<ClaimEvidence> chained =
        Comparator.comparing((ClaimEvidence e) -> e.objectClass().isEmpty())
            .thenComparingLong(e -> e.period().map(ClaimPeriod::days).orElse(Long.MAX_VALUE))
            .thenComparing(chronological);
    Random r = new Random(5);
    List<ClaimEvidence> evidence = new ArrayList<>();
    for (ClaimEvidence e : ClaimGroupingIndexTest.evidence(r, 3_000, 60)) {
      ClaimMention m = e.mention();
      // Some undated reports, and ties on everything but the event.
      ClaimMention varied =
          new ClaimMention(
              r.nextInt(5) == 0 ? "d0" : m.docId(),
              m.docUri(),
              m.familyId(),
              m.sentence(),
              r.nextInt(3),
              m.modality(),
              m.modalityCue(),
              m.eventId(),
              r.nextInt(6) == 0 ? Optional.empty() : m.published(),
              m.eventDate(),
              m.historical());
      evidence.add(
          new ClaimEvidence(
              e.key(),
              varied,
              e.source(),
              e.target(),
              e.objectClass(),
              e.period(),
              r.nextInt(3),
              e.arrival()));
    }
    for (int i = 0; i < 200_000; i++) {
      ClaimEvidence a = evidence.get(r.nextInt(evidence.size()));
      ClaimEvidence b = evidence.get(r.nextInt(evidence.size()));
      assertThat(Integer.signum(ClaimEvidence.SPECIFIC_FIRST.compare(a, b)))
          .isEqualTo(Integer.signum(chained.compare(a, b)));
      assertThat(Integer.signum(ClaimEvidence.CHRONOLOGICAL.compare(a, b)))
          .isEqualTo(Integer.signum(chronological.compare(a, b)));
    }
  }

  @Test
  void insertedEvidenceStandsWhereASortOfAllOfItPutsIt() {
    Random r = new Random(9);
    for (int trial = 0; trial < 200; trial++) {
      List<ClaimEvidence> all = ClaimGroupingIndexTest.evidence(r, 1 + r.nextInt(300), 200);
      int split = r.nextInt(all.size() + 1);
      List<ClaimEvidence> kept = new ArrayList<>(all.subList(0, split));
      kept.sort(ClaimEvidence.SPECIFIC_FIRST);
      List<ClaimEvidence> sorted = new ArrayList<>(all);
      sorted.sort(ClaimEvidence.SPECIFIC_FIRST);
      assertThat(KeyClaims.inserted(kept, all.subList(split, all.size())))
          .containsExactlyElementsOf(sorted);
    }
  }

  private static Map<String, Claim> byId(List<Claim> claims) {
    Map<String, Claim> out = new HashMap<>();
    claims.forEach(c -> out.put(c.claimId(), c));
    return out;
  }
}
