package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.ClaimEvidence;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimPeriod;
import dev.dyad.core.coding.modality.Modality;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim update merges a touched key again from the evidence it reads back, so what is read must
 * be exactly what was written: every optional field absent or present, and strings that recur
 * across columns (the load reads repeated strings as numbers into one list of distinct strings).
 */
class EvidenceRowsTest {
  private static final String AID = "RUS|USA|AID|military|dir|now";
  private static final String TALKS = "RUS|USA|CONSULT||sym|hist";
  private static final String OTHER = "CHN|RUS|AID|military|dir|now";

  @TempDir Path dir;

  @Test
  void evidenceReadBackIsWhatWasWrittenForTheKeysAsked() throws SQLException {
    List<ClaimEvidence> aid =
        List.of(
            // Everything present; the family is another document's id, the cue a code's text.
            evidence(
                AID,
                "doc-a",
                "doc-b",
                Optional.of("USA"),
                "e1",
                Optional.of(LocalDate.of(2024, 3, 5)),
                Optional.of("USA"),
                Optional.of("munitions"),
                Optional.of(new ClaimPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))),
                Optional.of("2024-03"),
                1L),
            // Every optional field absent.
            evidence(
                AID,
                "doc-b",
                "doc-b",
                Optional.empty(),
                "e2",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                2L));
    List<ClaimEvidence> talks =
        List.of(
            evidence(
                TALKS,
                "doc-a",
                "doc-a",
                Optional.of("reportedly"),
                "e3",
                Optional.of(LocalDate.of(2025, 1, 2)),
                Optional.of("RUS"),
                Optional.empty(),
                Optional.of(new ClaimPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 3))),
                Optional.of("2025-01-02"),
                (3L << ClaimUpdate.ARRIVAL_BITS) + 4));
    ClaimEvidence other =
        evidence(
            OTHER,
            "doc-c",
            "doc-c",
            Optional.empty(),
            "e4",
            Optional.empty(),
            Optional.of("RUS"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            5L);

    try (Store store = Store.open(dir.resolve("evidence.db"))) {
      Connection c = store.connection();
      try (Appender rows = Appender.of(c, "claim_evidence")) {
        for (ClaimEvidence e : List.of(aid.get(0), talks.get(0), other, aid.get(1))) {
          EvidenceRows.append(rows, e);
        }
      }

      Map<String, List<ClaimEvidence>> loaded =
          EvidenceRows.load(c, List.of(AID, TALKS, "USA|RUS|AID|military|dir|now"));

      assertThat(loaded).containsOnlyKeys(AID, TALKS);
      assertThat(loaded.get(AID)).containsExactlyInAnyOrderElementsOf(aid);
      assertThat(loaded.get(TALKS)).containsExactlyElementsOf(talks);
    }
  }

  private static ClaimEvidence evidence(
      String key,
      String doc,
      String family,
      Optional<String> cue,
      String eventId,
      Optional<LocalDate> published,
      Optional<String> target,
      Optional<String> objectClass,
      Optional<ClaimPeriod> period,
      Optional<String> eventDate,
      long arrival) {
    boolean historical = key.endsWith("|hist");
    return new ClaimEvidence(
        key,
        new ClaimMention(
            doc,
            "",
            family,
            "",
            2,
            cue.isPresent() ? Modality.ALLEGED : Modality.ASSERTED,
            cue,
            eventId,
            published,
            eventDate,
            historical),
        "RUS",
        target,
        objectClass,
        period,
        7,
        arrival);
  }
}
