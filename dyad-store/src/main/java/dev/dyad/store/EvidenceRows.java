package dev.dyad.store;

import dev.dyad.core.claims.ClaimEvidence;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimMerger;
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
            m.published(),
            m.eventDate(),
            m.historical()),
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
        .add(m.eventDate()) // added by V7: the last column
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
    // Read by position, dates as day numbers: a touched hot key reads back tens of thousands of
    // rows, and reading by name and as java.sql.Date cost more than the query. Documents,
    // families, codes, days and periods repeat across rows: one object each keeps the cache small.
    Values values = new Values();
    // A key's events are all historical or none is: the key says which (no column needed).
    Map<String, Boolean> historical = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT e.claim_key, e.doc_id, e.family_id, e.sentence_index, e.modality,"
                    + " e.modality_cue, e.event_id, e.published - DATE '1970-01-01',"
                    + " e.source, e.target, e.object_class,"
                    + " e.period_start - DATE '1970-01-01', e.period_end - DATE '1970-01-01',"
                    + " e.source_position, e.arrival, e.event_date"
                    + " FROM claim_evidence e JOIN wanted_keys k USING (claim_key)")) {
      while (r.next()) {
        String key = values.string(r.getString(1));
        ClaimEvidence e =
            new ClaimEvidence(
                key,
                new ClaimMention(
                    values.string(r.getString(2)),
                    "",
                    values.string(r.getString(3)),
                    "",
                    r.getInt(4),
                    values.modality(r.getString(5)),
                    values.optional(r.getString(6)),
                    r.getString(7),
                    values.day(r, 8),
                    values.optional(r.getString(16)),
                    historical.computeIfAbsent(key, ClaimMerger::historicalKey)),
                values.string(r.getString(9)),
                values.optional(r.getString(10)),
                values.optional(r.getString(11)),
                values.period(r, 12, 13),
                r.getInt(14),
                r.getLong(15));
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE wanted_keys");
    }
    return out;
  }

  /** One object for each repeated value of a load. */
  private static final class Values {
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Optional<String>> optionals = new HashMap<>();
    private final Map<String, Modality> modalities = new HashMap<>();
    private final Map<Long, Optional<LocalDate>> days = new HashMap<>();
    private final Map<Span, Optional<ClaimPeriod>> periods = new HashMap<>();

    private record Span(long start, long end) {}

    String string(String s) {
      String known = strings.putIfAbsent(s, s);
      return known != null ? known : s;
    }

    Optional<String> optional(String s) {
      return s == null ? Optional.empty() : optionals.computeIfAbsent(s, x -> Optional.of(x));
    }

    Modality modality(String label) {
      return modalities.computeIfAbsent(label, Modality::ofLabel);
    }

    /** The date in column {@code i}, read as days since 1970-01-01. */
    Optional<LocalDate> day(ResultSet r, int i) throws SQLException {
      long d = r.getLong(i);
      return r.wasNull()
          ? Optional.empty()
          : days.computeIfAbsent(d, x -> Optional.of(LocalDate.ofEpochDay(x)));
    }

    /** The period from columns {@code start} and {@code end}, read as days since 1970-01-01. */
    Optional<ClaimPeriod> period(ResultSet r, int start, int end) throws SQLException {
      long s = r.getLong(start);
      if (r.wasNull()) {
        return Optional.empty();
      }
      long e = r.getLong(end);
      return periods.computeIfAbsent(
          new Span(s, e), x -> Optional.of(new ClaimPeriod(day(s), day(e))));
    }

    private LocalDate day(long d) {
      return days.computeIfAbsent(d, x -> Optional.of(LocalDate.ofEpochDay(x))).get();
    }
  }
}
