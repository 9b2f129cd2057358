package dev.dyad.store;

import dev.dyad.core.claims.FamilySignature;
import dev.dyad.core.claims.SourceFamilies;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Source families kept in the store and extended a batch at a time, as dyad-core's {@link
 * SourceFamilies} would extend them in memory: the stored documents sharing an LSH band key with a
 * new one ({@code document_bands}) are its candidates, a candidate that passes {@link
 * SourceFamilies#related} joins its family, and a family's id is the id of its first document (the
 * lowest {@code seq}). Only the band keys of the batch are looked up, so memory is the batch and
 * its candidates, not the corpus.
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
      forest.add(id, d.seq());
      Set<String> compared = new HashSet<>();
      long[] bands = signature.bands();
      for (long band : bands) {
        for (Member m : byBand.getOrDefault(band, List.of())) {
          if (compared.add(m.docId()) && test.related(signature, m.signature())) {
            forest.add(m.family(), m.familySeq());
            forest.union(id, m.family());
          }
        }
      }
      atArrival.put(id, forest.find(id));
      // Later documents of the batch compare with this one as with a stored one.
      Member self = new Member(id, signature, id, d.seq());
      for (long band : bands) {
        byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(self);
      }
    }
    writeBands(c, docs);
    writeFamilies(c, docs, forest);
    return atArrival;
  }

  /** A document a new one may join: stored, or earlier in the batch. */
  private record Member(String docId, FamilySignature signature, String family, long familySeq) {}

  /** The stored documents sharing a band key with the batch, by band key. */
  private static Map<Long, List<Member>> candidates(Connection c, List<ArrivingDocument> docs)
      throws SQLException {
    Set<Long> wanted = new HashSet<>();
    for (ArrivingDocument d : docs) {
      for (long band : d.facts().signature().bands()) {
        wanted.add(band);
      }
    }
    Map<Long, List<Member>> byBand = new HashMap<>();
    if (wanted.isEmpty()) {
      return byBand;
    }
    try (BatchKeys batch = BatchKeys.ofLongs(c, "batch_bands", "band_key", wanted);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMPORARY TABLE family_candidates AS SELECT DISTINCT b.doc_id"
              + " FROM document_bands b JOIN batch_bands k USING (band_key)");
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(Sql.get("select-family-candidates"))) {
      while (r.next()) {
        FamilySignature signature = FamilySignature.fromBytes(r.getBytes("signature"));
        Member m =
            new Member(
                r.getString("doc_id"),
                signature,
                r.getString("family_id"),
                r.getLong("family_seq"));
        for (long band : signature.bands()) {
          if (wanted.contains(band)) {
            byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(m);
          }
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE family_candidates");
    }
    return byBand;
  }

  private static void writeBands(Connection c, List<ArrivingDocument> docs) throws SQLException {
    try (Appender a = Appender.of(c, "document_bands")) {
      for (ArrivingDocument d : docs) {
        for (long band : d.facts().signature().bands()) {
          a.row().add(band).add(d.docId()).end();
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
