package dev.dyad.spark;

import dev.dyad.core.dictionaries.DictionarySet;
import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.core.dictionaries.PetrarchConfig;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.store.CoderVersion;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What every executor needs to build the same pipeline as the driver, broadcast once: the user's
 * actor dictionary and the files of the dictionary set ({@code --dictionaries}), their bytes read
 * on the driver so that executors need no access to them; the reading limits; and what every row is
 * stamped with.
 *
 * @param coderVersion dyad-core's version
 * @param coderHash the built-in dictionaries plus the user's actor file ({@link
 *     CoderVersion#dictionaryHash()}), as the store's {@code dictionary_hash} of an event
 * @param spec the dictionary set's spec as written on the command line (the store's {@code
 *     dictionaries})
 * @param setHash the set's content hash ({@link DictionarySet#hash()}, the store's {@code
 *     dictionaries_hash})
 * @param parts the set's parts in order, with the files of each PETRARCH part
 * @param userActors the user's actor dictionary, or null
 * @param maxDocumentBytes the reading limit per document
 */
record Dictionaries(
    String coderVersion,
    String coderHash,
    String spec,
    String setHash,
    List<Part> parts,
    byte[] userActors,
    long maxDocumentBytes)
    implements Serializable {

  /**
   * One part of the set: the built-in dictionaries ({@code configName} null), or a PETRARCH-2
   * config's files, each by its name and bytes, in the order the config names them.
   */
  record Part(
      String configName,
      NamedFile verbs,
      List<NamedFile> actors,
      NamedFile agents,
      NamedFile discards)
      implements Serializable {
    boolean builtIn() {
      return configName == null;
    }
  }

  /** A dictionary file: its name (without folder) and content. */
  record NamedFile(String name, byte[] bytes) implements Serializable {}

  /** Read on the driver, with the built-in dictionaries. */
  static Dictionaries of(Optional<Path> userActors, long maxDocumentBytes) {
    return of(userActors, DictionarySpec.BUILTIN, maxDocumentBytes);
  }

  /**
   * Read on the driver: the set is loaded here once (a file that cannot be read fails the run
   * before any task), and its files are kept for the executors.
   */
  static Dictionaries of(Optional<Path> userActors, DictionarySpec spec, long maxDocumentBytes) {
    DictionarySet set = DictionarySet.load(spec);
    CoderVersion coder = CoderVersion.of(userActors, set);
    byte[] bytes =
        userActors
            .map(
                p -> {
                  try {
                    return Files.readAllBytes(p);
                  } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the actor dictionary " + p, e);
                  }
                })
            .orElse(null);
    List<Part> parts = new ArrayList<>();
    for (DictionarySpec.Part p : spec.parts()) {
      if (p instanceof DictionarySpec.Petrarch petrarch) {
        PetrarchConfig cfg = PetrarchConfig.read(petrarch.config());
        parts.add(
            new Part(
                petrarch.config().getFileName().toString(),
                named(cfg.verbs()),
                cfg.actors().stream().map(Dictionaries::named).toList(),
                cfg.agents().map(Dictionaries::named).orElse(null),
                cfg.discards().map(Dictionaries::named).orElse(null)));
      } else {
        parts.add(new Part(null, null, List.of(), null, null));
      }
    }
    return new Dictionaries(
        coder.version(),
        coder.dictionaryHash(),
        spec.text(),
        set.hash(),
        List.copyOf(parts),
        bytes,
        maxDocumentBytes);
  }

  /**
   * What the rows a run writes are stamped with ({@code dictionary_hash} of the tables the store
   * has no such column in, and of the runs table): the coder hash with the built-in set, else a
   * hash of the coder hash and the set's, so that rows made with another set differ.
   */
  String hash() {
    if (isBuiltIn()) {
      return coderHash;
    }
    MessageDigest sha = sha256();
    sha.update((coderHash + "+" + setHash).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  /** Whether the set is the built-in one alone. */
  boolean isBuiltIn() {
    return parts.size() == 1 && parts.get(0).builtIn();
  }

  IngestOptions ingestOptions() {
    return new IngestOptions(maxDocumentBytes);
  }

  /**
   * The spec on this executor: each PETRARCH part's files written under {@code dir}, one folder per
   * file (two files may share a name), with a config of the part's own name that names them.
   * Loading it gives the driver's set and hash: the hash covers the config's name and each file's
   * name and bytes, never their folders.
   */
  DictionarySpec localSpec(Path dir) {
    List<DictionarySpec.Part> local = new ArrayList<>();
    try {
      for (int k = 0; k < parts.size(); k++) {
        Part p = parts.get(k);
        if (p.builtIn()) {
          local.add(new DictionarySpec.BuiltIn());
          continue;
        }
        Path partDir = Files.createDirectories(dir.resolve("part" + k));
        int[] n = {0};
        StringBuilder ini = new StringBuilder("[Dictionaries]\n");
        ini.append("verbfile_name = ").append(write(partDir, n, p.verbs())).append('\n');
        List<String> actors = new ArrayList<>();
        for (NamedFile f : p.actors()) {
          actors.add(write(partDir, n, f));
        }
        ini.append("actorfile_list = ").append(String.join(", ", actors)).append('\n');
        if (p.agents() != null) {
          ini.append("agentfile_name = ").append(write(partDir, n, p.agents())).append('\n');
        }
        if (p.discards() != null) {
          ini.append("discardfile_name = ").append(write(partDir, n, p.discards())).append('\n');
        }
        Path config = partDir.resolve(p.configName());
        Files.writeString(config, ini, StandardCharsets.UTF_8);
        local.add(new DictionarySpec.Petrarch(config.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the broadcast dictionary files", e);
    }
    return new DictionarySpec(local);
  }

  private static String write(Path partDir, int[] n, NamedFile f) throws IOException {
    String folder = "f" + n[0]++;
    Files.createDirectories(partDir.resolve(folder));
    Files.write(partDir.resolve(folder).resolve(f.name()), f.bytes());
    return folder + "/" + f.name();
  }

  private static NamedFile named(Path file) {
    return new NamedFile(file.getFileName().toString(), read(file));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dictionary file " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
