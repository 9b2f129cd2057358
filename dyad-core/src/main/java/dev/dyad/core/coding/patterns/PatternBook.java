package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every event pattern, compiled, with an index from trigger surface forms to the patterns they can
 * start, so that a token that triggers nothing costs one hash lookup.
 */
public final class PatternBook {
  static final String DIR = "/dev/dyad/core/coding/patterns/";
  static final String CLASSES = "classes.txt";

  /** One file per PLOVER family; listed here because a jar cannot be listed portably. */
  static final List<String> FILES =
      List.of(
          "agree.txt",
          "consult.txt",
          "support.txt",
          "concede.txt",
          "cooperate.txt",
          "aid.txt",
          "retreat.txt",
          "request.txt",
          "accuse.txt",
          "reject.txt",
          "threaten.txt",
          "protest.txt",
          "sanction.txt",
          "mobilize.txt",
          "coerce.txt",
          "assault.txt",
          "yield.txt",
          "fight.txt",
          "mass-violence.txt",
          "targetless.txt");

  private final List<EventPattern> patterns;
  private final Map<String, List<EventPattern>> byTrigger;
  private final Set<String> classNames;
  private final ViabilityIndex viability;

  PatternBook(List<EventPattern> patterns, Set<String> classNames) {
    this.patterns = List.copyOf(patterns);
    this.classNames = Set.copyOf(classNames);
    Set<String> ids = new HashSet<>();
    Map<String, List<EventPattern>> index = new HashMap<>();
    for (EventPattern p : patterns) {
      if (!ids.add(p.id())) {
        throw new PatternFormatException(p.origin(), "duplicate pattern id " + p.id());
      }
      Set<String> firsts = new HashSet<>();
      for (List<Set<String>> seq : p.triggerWords().alternatives()) {
        firsts.addAll(seq.get(0));
      }
      for (String form : firsts) {
        index.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, List<EventPattern>> frozen = new HashMap<>();
    index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byTrigger = frozen;
    this.viability = new ViabilityIndex(this.patterns);
  }

  private static final class BuiltIn {
    // Holder idiom: the files are read and compiled once, on first use.
    static final PatternBook INSTANCE = load();
  }

  /** The patterns shipped with Dyad. */
  public static PatternBook builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * A book of patterns compiled elsewhere (a verb dictionary read by {@code
   * dev.dyad.core.dictionaries}); ids must be unique.
   *
   * @throws PatternFormatException naming the pattern whose id is used twice
   */
  public static PatternBook of(List<EventPattern> patterns) {
    return new PatternBook(patterns, Set.of());
  }

  /**
   * This book and {@code later} together: every pattern of both competes in each sentence as the
   * patterns of one book do. Ids must not clash.
   */
  public PatternBook plus(PatternBook later) {
    List<EventPattern> all = new ArrayList<>(patterns);
    all.addAll(later.patterns);
    Set<String> names = new HashSet<>(classNames);
    names.addAll(later.classNames);
    return new PatternBook(all, names);
  }

  /** The class-path resources of the built-in book and its discards, for a content hash. */
  public static List<String> builtInResources() {
    List<String> all = new ArrayList<>();
    all.add(DIR + CLASSES);
    FILES.forEach(f -> all.add(DIR + f));
    all.add(SentenceDiscards.RESOURCE);
    return all;
  }

  /** The patterns whose trigger can start at a token with this key; empty list when none. */
  public List<EventPattern> triggeredBy(String key) {
    return byTrigger.getOrDefault(key, List.of());
  }

  /** The sentence's words, for {@link #viable}; made once per sentence. */
  public SentenceWords wordsOf(List<Token> tokens) {
    return viability.wordsOf(tokens);
  }

  /**
   * Whether {@code pattern} can match a sentence with these words: each of its required word groups
   * (not optional, not the trigger) can start on one of them. A cheap test that rules out most
   * patterns of a frequent trigger before they are matched.
   */
  public boolean viable(EventPattern pattern, SentenceWords words) {
    return viability.viable(pattern, words);
  }

  /** Every pattern of the book, in the order its files give them. */
  public List<EventPattern> patterns() {
    return patterns;
  }

  Set<String> classNames() {
    return classNames;
  }

  private static PatternBook load() {
    PatternParser parser = new PatternParser(EventOntology.builtIn());
    parser.readClasses(CLASSES, lines(CLASSES));
    List<EventPattern> all = new ArrayList<>();
    for (String file : FILES) {
      all.addAll(parser.readPatterns(file, lines(file)));
    }
    return new PatternBook(all, parser.classNames());
  }

  static List<String> lines(String file) {
    try (InputStream in = PatternBook.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing pattern resource " + DIR + file);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
