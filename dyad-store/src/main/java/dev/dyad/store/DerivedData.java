package dev.dyad.store;

import dev.dyad.store.search.SentenceIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far the data derived from the stored documents has caught up with them. The claim and
 * assessment tables and the sentence index each carry a watermark: the ingest sequence number of
 * the last document they were built from ({@code store_state.claims_seq}, and the commit data of
 * the index). An ingest killed after its documents but before the rebuild leaves them behind; the
 * next {@code dyad ingest} brings them up to date.
 *
 * @param lastDocument the sequence number of the last stored document (0 when there is none)
 * @param claimsBuiltTo the claims' watermark (0 when never built)
 * @param searchBuiltTo the index's watermark: 0 when there is no index, empty when the index
 *     predates watermarks (then it is not known to be behind)
 * @param searchDamage why the index cannot be read, if it cannot
 */
public record DerivedData(
    long lastDocument,
    long claimsBuiltTo,
    OptionalLong searchBuiltTo,
    Optional<String> searchDamage) {

  /** Whether documents were stored after the claims and assessments were last built. */
  public boolean claimsBehind() {
    return claimsBuiltTo < lastDocument;
  }

  /** Whether the sentence index is damaged or lacks documents the store holds. */
  public boolean searchBehind() {
    return searchDamage.isPresent()
        || (searchBuiltTo.isPresent() && searchBuiltTo.getAsLong() < lastDocument);
  }

  static DerivedData read(Connection c, Path index) throws SQLException {
    long last;
    long claims;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(Sql.get("claims-state"))) {
      r.next();
      last = r.getLong(1);
      claims = r.getLong(2); // 0 when never built (SQL NULL)
    }
    try {
      OptionalLong mark =
          SentenceIndex.exists(index) ? SentenceIndex.watermark(index) : OptionalLong.of(0);
      return new DerivedData(last, claims, mark, Optional.empty());
    } catch (IOException | RuntimeException e) {
      return new DerivedData(last, claims, OptionalLong.empty(), Optional.of(e.toString()));
    }
  }
}
