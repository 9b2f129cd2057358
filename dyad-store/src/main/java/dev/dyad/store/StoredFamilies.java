package dev.dyad.store;

import dev.dyad.core.claims.FamilyOptions;
import dev.dyad.core.claims.FamilySignature;
import dev.dyad.core.claims.SourceFamilies;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Source families kept in the store and extended a batch at a time, as dyad-core's {@link
 * SourceFamilies} would extend them in memory: the stored documents sharing an LSH band key with a
 * new one ({@code document_bands}) and published near it in time ({@link FamilyOptions#nearInTime},
 * filtered in the join by the date each band key keeps) are its candidates, a candidate that passes
 * {@link SourceFamilies#related} joins its family, and a family's id is the id of its first
 * document (the lowest {@code seq}). Only the band keys of the batch are looked up, and only the
 * signatures of candidates near in time are read, so memory and time are the batch and the stored
 * reports of its weeks, not the corpus.
 *
 * <p>A new document can join two families into one: the later family's documents then take the
 * earlier one's id in {@code documents.family_id}. What a document's claim and assessment mentions
 * carry is its family when it arrived ({@link #assign}'s answer), as in {@link
 * dev.dyad.core.CorpusAnalysis}.
 */
final class StoredFamilies {
  private final SourceFamilies test = new SourceFamilies();

  /**
   * Assigns families to {@code docs} (in ingest order, all in {@code documents} already) and writes
   * their band keys and every changed {@code family_id}, inside the caller's transaction. Returns
   * the family of each new document when it arrived, by document id.
   */
  Map<String, String> assign(Connection c, List<ArrivingDocument> docs) throws SQLException {
    Map<Long, List<Member>> byBand = candidates(c, docs);
    Forest forest = new Forest();
    Map<String, String> atArrival = new LinkedHashMap<>();
    for (ArrivingDocument d : docs) {
      String id = d.docId();
      FamilySignature signature = d.facts().signature();
      Optional<LocalDate> published = d.facts().published();
      forest.add(id, d.seq());
      Set<String> compared = new HashSet<>();
      long[] bands = signature.bands();
      for (long band : bands) {
        for (Member m : byBand.getOrDefault(band, List.of())) {
          if (compared.add(m.docId())
              && test.related(signature, published, m.signature(), m.published())) {
            forest.add(m.family(), m.familySeq());
            forest.union(id, m.family());
          }
        }
      }
      atArrival.put(id, forest.find(id));
      // Later documents of the batch compare with this one as with a stored one.
      Member self = new Member(id, signature, published, id, d.seq());
      for (long band : bands) {
        byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(self);
      }
    }
    writeBands(c, docs);
    writeFamilies(c, docs, forest);
    return atArrival;
  }

  /** A document a new one may join: stored, or earlier in the batch. */
  private record Member(
      String docId,
      FamilySignature signature,
      Optional<LocalDate> published,
      String family,
      long familySeq) {}

  /**
   * The stored documents sharing a band key with the batch and near in time to a batch document
   * with that key, by band key. Filtering by each key's window in the join is a superset of what
   * {@link SourceFamilies#related} accepts, which then decides pair by pair.
   */
  private Map<Long, List<Member>> candidates(Connection c, List<ArrivingDocument> docs)
      throws SQLException {
    Map<Long, Window> wanted = new HashMap<>();
    for (ArrivingDocument d : docs) {
      Window w = Window.around(d.facts().published(), test.options().windowDays());
      for (long band : d.facts().signature().bands()) {
        wanted.merge(band, w, Window::span);
      }
    }
    Map<Long, List<Member>> byBand = new HashMap<>();
    if (wanted.isEmpty()) {
      return byBand;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE batch_bands (band_key BIGINT, lo DATE, hi DATE)");
    }
    try (Appender a = Appender.ofTemporary(c, "batch_bands")) {
      for (Map.Entry<Long, Window> e : wanted.entrySet()) {
        a.row().add(e.getKey()).date(e.getValue().lo()).date(e.getValue().hi()).end();
      }
    }
    List<String> near = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(nearBandSharers(wanted.values()))) {
      while (r.next()) {
        near.add(r.getString(1));
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE batch_bands");
    }
    List<Stored> stored = new ArrayList<>();
    Set<String> families = new HashSet<>();
    for (List<String> ids : chunks(near)) {
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(Sql.get("select-family-candidates").replace("{ids}", literals(ids)))) {
        while (r.next()) {
          Stored d =
              new Stored(
                  r.getString("doc_id"),
                  FamilySignature.fromBytes(r.getBytes("signature")),
                  Sql.date(r, "published"),
                  r.getString("family_id"));
          stored.add(d);
          families.add(d.family());
        }
      }
    }
    Map<String, Long> firstSeq = new HashMap<>();
    for (List<String> ids : chunks(new ArrayList<>(families))) {
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT doc_id, seq FROM documents WHERE doc_id IN (" + literals(ids) + ")")) {
        while (r.next()) {
          firstSeq.put(r.getString(1), r.getLong(2));
        }
      }
    }
    for (Stored d : stored) {
      Member m =
          new Member(d.docId(), d.signature(), d.published(), d.family(), firstSeq.get(d.family()));
      for (long band : d.signature().bands()) {
        if (wanted.containsKey(band)) {
          byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(m);
        }
      }
    }
    return byBand;
  }

  /** A candidate as read, before its family's first document is looked up. */
  private record Stored(
      String docId, FamilySignature signature, Optional<LocalDate> published, String family) {}

  /** Ids per query: a list of constants DuckDB filters the scan by, kept to a moderate length. */
  private static final int IDS_PER_QUERY = 2000;

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
      out.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY)));
    }
    return out;
  }

  private static String literals(List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append(sb.length() > 0 ? ", " : "")
          .append('\'')
          .append(id.replace("'", "''"))
          .append('\'');
    }
    return sb.toString();
  }

  /** select-near-band-sharers with the batch's widest window as DATE literals. */
  private static String nearBandSharers(java.util.Collection<Window> windows) {
    Window widest = windows.stream().reduce(Window::span).orElse(Window.ANY);
    return Sql.get("select-near-band-sharers")
        .replace("{from}", widest.lo().map(d -> "DATE '" + d + "'").orElse("DATE '-infinity'"))
        .replace("{to}", widest.hi().map(d -> "DATE '" + d + "'").orElse("DATE 'infinity'"));
  }

  private static void writeBands(Connection c, List<ArrivingDocument> docs) throws SQLException {
    try (Appender a = Appender.of(c, "document_bands")) {
      for (ArrivingDocument d : docs) {
        for (long band : d.facts().signature().bands()) {
          a.row().add(band).add(d.docId()).date(d.facts().published()).end();
        }
      }
    }
  }

  /**
   * The batch's documents take their family as it stands after the batch; stored families it joined
   * to an earlier one take that one's id. In one statement: DuckDB runs a batch of UPDATEs one by
   * one.
   */
  private static void writeFamilies(Connection c, List<ArrivingDocument> docs, Forest forest)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE family_moves (old_family VARCHAR, family_id VARCHAR)");
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE family_changes (doc_id VARCHAR, family_id VARCHAR)");
    }
    Set<String> batch = new HashSet<>();
    try (Appender a = Appender.ofTemporary(c, "family_changes")) {
      for (ArrivingDocument d : docs) {
        batch.add(d.docId());
        a.row().add(d.docId()).add(forest.find(d.docId())).end();
      }
    }
    int moves = 0;
    try (Appender a = Appender.ofTemporary(c, "family_moves")) {
      for (String family : forest.nodes()) {
        String root = forest.find(family);
        if (!batch.contains(family) && !root.equals(family)) {
          a.row().add(family).add(root).end();
          moves++;
        }
      }
    }
    try (Statement s = c.createStatement()) {
      if (moves > 0) {
        s.execute(
            "INSERT INTO family_changes SELECT d.doc_id, m.family_id FROM documents d"
                + " JOIN family_moves m ON d.family_id = m.old_family");
      }
      s.execute(Sql.get("update-families"));
      s.execute("DROP TABLE family_changes");
      s.execute("DROP TABLE family_moves");
    }
  }

  /**
   * The publication dates a band key's stored documents must fall in to be near some batch document
   * with that key; both empty (unbounded) when one of those batch documents has no known date.
   */
  private record Window(Optional<LocalDate> lo, Optional<LocalDate> hi) {
    private static final Window ANY = new Window(Optional.empty(), Optional.empty());

    static Window around(Optional<LocalDate> day, int days) {
      return day.map(d -> new Window(Optional.of(d.minusDays(days)), Optional.of(d.plusDays(days))))
          .orElse(ANY);
    }

    Window span(Window other) {
      if (lo.isEmpty() || other.lo.isEmpty()) {
        return ANY;
      }
      return new Window(
          Optional.of(min(lo.get(), other.lo.get())), Optional.of(max(hi.get(), other.hi.get())));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }
  }

  /**
   * Union-find over family ids (the id of a family's first document), the lowest {@code seq}
   * staying root, as in dyad-core's family forest.
   */
  private static final class Forest {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Long> seq = new HashMap<>();

    void add(String family, long firstSeq) {
      if (parent.putIfAbsent(family, family) == null) {
        seq.put(family, firstSeq);
      }
    }

    String find(String family) {
      String root = family;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      parent.put(family, root);
      return root;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        if (seq.get(ra) < seq.get(rb)) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }

    Set<String> nodes() {
      return parent.keySet();
    }
  }
}
