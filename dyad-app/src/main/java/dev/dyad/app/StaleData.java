package dev.dyad.app;

import dev.dyad.store.DerivedData;
import dev.dyad.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Tells a reader that the store's derived data is behind its documents (finding 11: an ingest
 * killed before its claim rebuild left claims, dyads and briefs answering from old tables without a
 * word), with the command that repairs it. The answer is still given: it is what the store holds.
 */
final class StaleData {
  private StaleData() {}

  /** Warns when the claims and assessments were built before the last documents. */
  static void checkClaims(Store s, PrintWriter err) {
    DerivedData d = s.derivedData();
    if (d.claimsBehind()) {
      err.println(
          "dyad: warning: the claims and assessments in "
              + s.path()
              + " are behind its documents (built to document "
              + d.claimsBuiltTo()
              + " of "
              + d.lastDocument()
              + "; an ingest was interrupted); bring them up to date with: "
              + repair(s.path()));
    }
  }

  /** Warns when the sentence index is damaged, missing or lacks stored documents. */
  static void checkSearch(Store s, PrintWriter err) {
    DerivedData d = s.derivedData();
    if (d.searchDamage().isPresent()) {
      err.println(
          "dyad: warning: the sentence index "
              + s.searchIndexPath()
              + " cannot be read ("
              + d.searchDamage().get()
              + "); rebuild it with: "
              + repair(s.path()));
    } else if (d.searchBehind()) {
      err.println(
          "dyad: warning: the sentence index "
              + s.searchIndexPath()
              + (d.searchBuiltTo().orElse(0) == 0
                  ? " is missing"
                  : " is behind the store (built to document "
                      + d.searchBuiltTo().getAsLong()
                      + " of "
                      + d.lastDocument()
                      + ")")
              + "; rebuild it with: "
              + repair(s.path()));
    }
  }

  /** The command that brings derived data up to date: an ingest that reads nothing new. */
  static String repair(Path db) {
    String path = db.toString();
    return "dyad ingest --db "
        + (path.matches("[A-Za-z0-9_./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'");
  }
}
