package dev.dyad.store;

import dev.dyad.core.Pipeline;
import dev.dyad.core.dictionaries.DictionarySet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Which coder produced an event: the dyad-core version, a hash of the built-in dictionaries it read
 * (actors, patterns, cues and the tables they refer to, plus a user actor file), and the dictionary
 * set it coded with ({@code --dictionaries}) with that set's content hash. Stored on every event,
 * so a store can tell which events a dictionary change has made stale.
 *
 * @param version dyad-core's version, or "development" when run from classes
 * @param dictionaryHash SHA-256 (first 16 hex digits) over the built-in dictionary texts
 * @param dictionaries the dictionary set's spec as written ("builtin", "petrarch:FILE.ini")
 * @param dictionariesHash the dictionary set's content hash ({@link DictionarySet#hash()})
 */
public record CoderVersion(
    String version, String dictionaryHash, String dictionaries, String dictionariesHash) {
  /** Dictionary resources of dyad-core, relative to its {@code dev/dyad/core/} folder. */
  static final List<String> RESOURCES =
      List.of(
          "actors/countries.txt",
          "actors/historical.txt",
          "actors/organizations.txt",
          "actors/roles.txt",
          "actors/people.txt",
          "coding/patterns/classes.txt",
          "coding/patterns/agree.txt",
          "coding/patterns/consult.txt",
          "coding/patterns/support.txt",
          "coding/patterns/concede.txt",
          "coding/patterns/cooperate.txt",
          "coding/patterns/aid.txt",
          "coding/patterns/retreat.txt",
          "coding/patterns/request.txt",
          "coding/patterns/accuse.txt",
          "coding/patterns/reject.txt",
          "coding/patterns/threaten.txt",
          "coding/patterns/protest.txt",
          "coding/patterns/sanction.txt",
          "coding/patterns/mobilize.txt",
          "coding/patterns/coerce.txt",
          "coding/patterns/assault.txt",
          "coding/modality-cues.txt",
          "coding/cameo.tsv",
          "coding/ontology.tsv",
          "coding/irregular-verbs.tsv",
          "coding/irregular-nouns.tsv",
          "claims/claim-objects.txt",
          "claims/topics.txt",
          "time/periods.txt");

  /** The built-in coder, with the user's actor dictionary when one is given. */
  public static CoderVersion of(Optional<Path> userActors) {
    return of(userActors, DictionarySet.builtIn());
  }

  /** The coder with dictionary set {@code set}, and the user's actor dictionary when given. */
  public static CoderVersion of(Optional<Path> userActors, DictionarySet set) {
    MessageDigest sha = sha256();
    for (String name : RESOURCES) {
      try (InputStream in = Pipeline.class.getResourceAsStream(name)) {
        // A resource that moved is hashed as absent rather than failing the ingest.
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (in != null) {
          sha.update(in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    userActors.ifPresent(
        p -> {
          try {
            sha.update(Files.readAllBytes(p));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    String v = Pipeline.class.getPackage().getImplementationVersion();
    return new CoderVersion(
        v != null ? v : "development",
        HexFormat.of().formatHex(sha.digest()).substring(0, 16),
        set.spec().text(),
        set.hash());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
