package dev.dyad.core.dictionaries;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorEntry;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.PatternBook;
import dev.dyad.core.coding.patterns.SentenceDiscards;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A loaded dictionary set: Dyad's actor dictionary, pattern book and discards, compiled from the
 * parts of a {@link DictionarySpec} and merged in order (on the same phrase, the later part's actor
 * wins; the patterns and discards of every part apply). Immutable and thread-safe: one set serves
 * every worker.
 */
public final class DictionarySet {
  private final DictionarySpec spec;
  private final String hash;
  private final ActorDictionary actors;
  private final PatternBook patterns;
  private final SentenceDiscards discards;
  private final LoadSummary summary;

  private DictionarySet(
      DictionarySpec spec,
      String hash,
      ActorDictionary actors,
      PatternBook patterns,
      SentenceDiscards discards,
      LoadSummary summary) {
    this.spec = spec;
    this.hash = hash;
    this.actors = actors;
    this.patterns = patterns;
    this.discards = discards;
    this.summary = summary;
  }

  private static final class BuiltIn {
    // Holder idiom: the built-in set is made once, from the built-in singletons.
    static final DictionarySet INSTANCE = compute(DictionarySpec.BUILTIN);
  }

  /** The built-in set, {@code builtin}. */
  public static DictionarySet builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Reads and compiles every part of {@code spec}. Bad lines are skipped and reported in {@link
   * #summary()}.
   *
   * @throws DictionaryLoadException when a config file or a file it names cannot be read
   */
  public static DictionarySet load(DictionarySpec spec) {
    Objects.requireNonNull(spec, "spec");
    return spec.isBuiltIn() ? builtIn() : compute(spec);
  }

  private static DictionarySet compute(DictionarySpec spec) {
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    MessageDigest sha = sha256();
    IdAllocator ids = new IdAllocator();
    CodeTyping typing = new CodeTyping(EventOntology.builtIn());
    List<FileSummary> files = new ArrayList<>();
    ActorDictionary actors = null;
    PatternBook book = null;
    SentenceDiscards discards = null;
    for (DictionarySpec.Part part : spec.parts()) {
      Loaded loaded;
      if (part instanceof DictionarySpec.Petrarch p) {
        loaded = petrarch(p.config(), ids, typing, sha);
      } else {
        loaded = builtInPart(sha);
      }
      ids.reserve(loaded.actors.entries().stream().map(ActorEntry::code).toList());
      files.addAll(loaded.files);
      actors = actors == null ? loaded.actors : actors.overriddenBy(loaded.actors);
      book = book == null ? loaded.patterns : book.plus(withoutIds(loaded.patterns, book));
      discards = discards == null ? loaded.discards : discards.plus(loaded.discards);
    }
    String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Duration cpu = Duration.ofNanos(Math.max(0, cpuNanos() - cpuStart));
    LoadSummary summary =
        new LoadSummary(
            spec.text(),
            hash,
            files,
            actors.entries().size(),
            book.patterns().size(),
            discards.phrases().size(),
            took,
            cpu);
    return new DictionarySet(spec, hash, actors, book, discards, summary);
  }

  /** The spec it was loaded from. */
  public DictionarySpec spec() {
    return spec;
  }

  /**
   * SHA-256 (first 16 hex digits) over the spec and the content of every file it read, so that a
   * store can tell which events a change to the dictionaries made stale.
   */
  public String hash() {
    return hash;
  }

  /** The merged actor dictionary. */
  public ActorDictionary actors() {
    return actors;
  }

  /** The merged pattern book. */
  public PatternBook patterns() {
    return patterns;
  }

  /** The merged discard phrases. */
  public SentenceDiscards discards() {
    return discards;
  }

  /** What was read, merged and skipped. */
  public LoadSummary summary() {
    return summary;
  }

  /** What one part gave. */
  private record Loaded(
      ActorDictionary actors,
      PatternBook patterns,
      SentenceDiscards discards,
      List<FileSummary> files) {}

  private static Loaded builtInPart(MessageDigest sha) {
    sha.update("builtin".getBytes(StandardCharsets.UTF_8));
    List<String> resources = new ArrayList<>(ActorDictionary.builtInResources());
    resources.addAll(PatternBook.builtInResources());
    for (String resource : resources) {
      try (InputStream in = DictionarySet.class.getResourceAsStream(resource)) {
        sha.update(resource.getBytes(StandardCharsets.UTF_8));
        if (in != null) {
          sha.update(in.readAllBytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ActorDictionary actors = ActorDictionary.builtIn();
    PatternBook book = PatternBook.builtIn();
    SentenceDiscards discards = SentenceDiscards.builtIn();
    FileSummary summary =
        new FileSummary(
            "builtin",
            "builtin",
            actors.entries().size() + book.patterns().size() + discards.phrases().size(),
            actors.entries().size() + book.patterns().size() + discards.phrases().size(),
            List.of(),
            Map.of());
    return new Loaded(actors, book, discards, List.of(summary));
  }

  private static Loaded petrarch(
      Path config, IdAllocator ids, CodeTyping typing, MessageDigest sha) {
    PetrarchConfig cfg = PetrarchConfig.read(config);
    sha.update(("petrarch:" + config.getFileName()).getBytes(StandardCharsets.UTF_8));
    for (Path file : cfg.files()) {
      digest(sha, file);
    }
    List<FileSummary> files = new ArrayList<>();

    FileLog verbLog = new FileLog(name(cfg.verbs()), "verbs");
    VerbDictionary verbs = VerbFileReader.read(DictionaryFile.read(cfg.verbs()), verbLog);
    List<EventPattern> patterns = PatternCompiler.compile(verbs, typing, verbLog);
    files.add(verbLog.summary());

    // Quirk: PETRARCH lets a later entry for the same phrase overwrite an earlier one, in a file
    // and across files; Dyad's trie lets the first win, so the compiled entries go in reverse.
    List<ActorEntry> entries = new ArrayList<>();
    ActorCompiler actorCompiler = new ActorCompiler(ids);
    for (Path file : cfg.actors()) {
      FileLog log = new FileLog(name(file), "actors");
      for (PetrarchActor actor : ActorFileReader.read(DictionaryFile.read(file), log)) {
        entries.add(actorCompiler.compile(actor, log));
        log.merged();
      }
      files.add(log.summary());
    }
    List<ActorEntry> agents = new ArrayList<>();
    if (cfg.agents().isPresent()) {
      Path file = cfg.agents().get();
      FileLog log = new FileLog(name(file), "agents");
      AgentCompiler agentCompiler = new AgentCompiler(ids);
      for (PetrarchAgent agent : AgentFileReader.read(DictionaryFile.read(file), log)) {
        agentCompiler
            .compile(agent, log)
            .ifPresent(
                e -> {
                  agents.add(e);
                  log.merged();
                });
      }
      files.add(log.summary());
    }
    List<SentenceDiscards.Phrase> phrases = new ArrayList<>();
    if (cfg.discards().isPresent()) {
      Path file = cfg.discards().get();
      FileLog log = new FileLog(name(file), "discards");
      phrases.addAll(DiscardFileReader.read(DictionaryFile.read(file), log));
      files.add(log.summary());
    }
    cfg.issues()
        .ifPresent(
            file ->
                files.add(
                    new FileSummary(
                        name(file),
                        "issues",
                        0,
                        0,
                        List.of(),
                        Map.of("not read: Dyad codes no issues", 1))));
    Collections.reverse(entries);
    Collections.reverse(agents);
    entries.addAll(agents);
    return new Loaded(
        ActorDictionary.of(entries), PatternBook.of(patterns), SentenceDiscards.of(phrases), files);
  }

  /** The patterns of {@code later} whose id {@code earlier} does not use (the same file twice). */
  private static PatternBook withoutIds(PatternBook later, PatternBook earlier) {
    Set<String> taken = new HashSet<>();
    earlier.patterns().forEach(p -> taken.add(p.id()));
    List<EventPattern> kept = new ArrayList<>();
    for (EventPattern p : later.patterns()) {
      if (!taken.contains(p.id())) {
        kept.add(p);
      }
    }
    return kept.size() == later.patterns().size() ? later : PatternBook.of(kept);
  }

  private static void digest(MessageDigest sha, Path file) {
    try {
      sha.update(name(file).getBytes(StandardCharsets.UTF_8));
      sha.update(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new DictionaryLoadException(file, "cannot read the dictionary file (" + e + ")", e);
    }
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  /** This thread's CPU time, 0 where the JVM cannot tell: the load runs on one thread. */
  private static long cpuNanos() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
