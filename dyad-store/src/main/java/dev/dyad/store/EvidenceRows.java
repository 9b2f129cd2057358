package dev.dyad.store;

import dev.dyad.core.claims.ClaimEvidence;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimPeriod;
import dev.dyad.core.coding.modality.Modality;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ClaimEvidence} to rows of {@code claim_evidence} and back. The store writes no sentence or
 * URI with a claim mention (they are read from the events), so kept evidence has neither: {@link
 * #kept} drops them from fresh evidence, so that fresh and loaded evidence make equal claims.
 */
final class EvidenceRows {
  private EvidenceRows() {}

  /** What the store keeps of {@code e}: the same, without the sentence and the URI. */
  static ClaimEvidence kept(ClaimEvidence e) {
    ClaimMention m = e.mention();
    return new ClaimEvidence(
        e.key(),
        new ClaimMention(
            m.docId(),
            "",
            m.familyId(),
            "",
            m.sentenceIndex(),
            m.modality(),
            m.modalityCue(),
            m.eventId(),
            m.published()),
        e.source(),
        e.target(),
        e.objectClass(),
        e.period(),
        e.sourcePosition(),
        e.arrival());
  }

  static void append(Appender a, ClaimEvidence e) throws SQLException {
    ClaimMention m = e.mention();
    a.row()
        .add(m.eventId())
        .add(e.key())
        .add(e.arrival())
        .add(m.docId())
        .add(m.familyId())
        .add(m.sentenceIndex())
        .add(m.modality().label())
        .add(m.modalityCue())
        .date(m.published())
        .add(e.source())
        .add(e.target())
        .add(e.objectClass())
        .date(e.period().map(ClaimPeriod::start))
        .date(e.period().map(ClaimPeriod::end))
        .add(e.sourcePosition())
        .end();
  }

  /** The kept evidence of these claim keys, by key (a key with none is absent). */
  static Map<String, List<ClaimEvidence>> load(Connection c, Collection<String> keys)
      throws SQLException {
    Map<String, List<ClaimEvidence>> out = new HashMap<>();
    if (keys.isEmpty()) {
      return out;
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMPORARY TABLE wanted_keys (claim_key VARCHAR)");
    }
    try (Appender a = Appender.ofTemporary(c, "wanted_keys")) {
      for (String key : keys) {
        a.row().add(key).end();
      }
    }
    // Documents, families and codes repeat across rows: one string each keeps the cache small.
    Map<String, String> strings = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT e.* FROM claim_evidence e JOIN wanted_keys k USING (claim_key)")) {
      while (r.next()) {
        String key = shared(strings, r.getString("claim_key"));
        Optional<LocalDate> start = Sql.date(r, "period_start");
        Optional<LocalDate> end = Sql.date(r, "period_end");
        ClaimEvidence e =
            new ClaimEvidence(
                key,
                new ClaimMention(
                    shared(strings, r.getString("doc_id")),
                    "",
                    shared(strings, r.getString("family_id")),
                    "",
                    r.getInt("sentence_index"),
                    Modality.ofLabel(r.getString("modality")),
                    Sql.string(r, "modality_cue").map(cue -> shared(strings, cue)),
                    r.getString("event_id"),
                    Sql.date(r, "published")),
                shared(strings, r.getString("source")),
                Sql.string(r, "target").map(t -> shared(strings, t)),
                Sql.string(r, "object_class").map(o -> shared(strings, o)),
                start.isPresent()
                    ? Optional.of(new ClaimPeriod(start.get(), end.get()))
                    : Optional.empty(),
                r.getInt("source_position"),
                r.getLong("arrival"));
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE wanted_keys");
    }
    return out;
  }

  private static String shared(Map<String, String> strings, String s) {
    String known = strings.putIfAbsent(s, s);
    return known != null ? known : s;
  }
}
