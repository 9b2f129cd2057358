package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.morphology.Inflections;
import dev.dyad.core.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other senses of trigger words, read from {@code senses.txt}: "struck a deal" is not an
 * attack, "meeting the targets" not a meeting. Named data rather than code, so a reader can see and
 * extend every exception in one file.
 */
public final class TriggerSenses {
  static final String RESOURCE = "/dev/dyad/core/coding/senses.txt";
  private static final Set<String> SKIPPED =
      Set.of(
          "a",
          "an",
          "the",
          "its",
          "his",
          "her",
          "their",
          "our",
          "my",
          "your",
          "'s",
          "this",
          "that",
          "these",
          "those",
          "new",
          "fresh",
          "another",
          "landmark",
          "major",
          "historic",
          "big",
          "key",
          "all",
          "time",
          "own",
          "first",
          // "a seven-hour speech": the hyphen of a compound modifier is no word of its own.
          "-");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "on", "at", "in", "into", "against", "to", "with", "from", "by", "for", "of", "near",
          "across", "over", "inside", "toward", "towards", ",", ".");
  private static final int REACH = 3;

  /** Words of quantity before "of": "thousands of", "dozens of". */
  private static final Set<String> QUANTITIES =
      Set.of("thousands", "hundreds", "dozens", "millions", "scores", "tens", "billions", "lots");

  /** Surface form of a trigger → surface forms of the objects that give it another sense. */
  private final Map<String, Set<String>> others;

  private TriggerSenses(Map<String, Set<String>> others) {
    this.others = others;
  }

  /** The built-in file. */
  public static TriggerSenses builtIn() {
    return Holder.INSTANCE;
  }

  /** Whether the trigger at {@code pos} is used in one of its other senses here. */
  public boolean otherSense(List<Token> tokens, int pos) {
    return objectOfOtherSense(tokens, pos) >= 0;
  }

  /**
   * The token whose word gives the trigger at {@code pos} another sense ("deal" in "struck a
   * deal"), or -1. A pattern written for that sense names the word itself (AGREE's "strike …
   * $AGREEMENT"), so the coder drops a match only when its own words do not cover this token.
   */
  public int objectOfOtherSense(List<Token> tokens, int pos) {
    Set<String> objects = others.get(tokens.get(pos).key());
    if (objects == null) {
      return -1;
    }
    int seen = 0;
    for (int k = pos + 1; k < tokens.size() && seen < REACH; k++) {
      String key = tokens.get(k).key();
      // "received thousands of refugees": the "of" of a quantity opens no prepositional phrase.
      if (key.equals("of") && QUANTITIES.contains(tokens.get(k - 1).key())) {
        continue;
      }
      if (PREPOSITIONS.contains(key)) {
        return -1;
      }
      // "met opposition leaders": a word of the other sense that modifies the noun after it is
      // not the head of the object ("met the opposition" is resistance, its leaders are people).
      if (objects.contains(key) && !modifiesTheNext(tokens, k)) {
        return k;
      }
      if (!SKIPPED.contains(key)) {
        seen++;
      }
    }
    return -1;
  }

  /** Whether the word at {@code k} stands before a lower-case noun of the same phrase. */
  private static boolean modifiesTheNext(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(k + 1).form();
    return !next.isEmpty()
        && next.chars().allMatch(Character::isLowerCase)
        && HEADS_AFTER.contains(tokens.get(k + 1).key());
  }

  /**
   * People and bodies a word of another sense may modify ("opposition leaders", "target audience"
   * is no person): only these make the word before them a modifier, so "met the deadline set by"
   * keeps its other sense.
   */
  private static final Set<String> HEADS_AFTER =
      Set.of(
          "leader",
          "leaders",
          "lawmakers",
          "politicians",
          "figures",
          "parties",
          "party",
          "members",
          "groups",
          "activists",
          "supporters",
          "officials",
          "delegates",
          "delegation",
          "candidates",
          "candidate",
          "coalition",
          "bloc",
          "alliance",
          "figure",
          "politician",
          "lawmaker");

  static TriggerSenses parse(String file, List<String> lines) {
    Inflections english = Inflections.english();
    Map<String, Set<String>> others = new HashMap<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|");
      if (cells.length != 3) {
        throw new IllegalStateException(
            file + ":" + number + ": expected 'lemma | object words | why', got: " + line);
      }
      Set<String> objects = new HashSet<>();
      for (String word : cells[1].split(",")) {
        String w = word.strip();
        if (!w.isEmpty()) {
          objects.addAll(english.nounForms(w));
        }
      }
      for (String form : english.verbForms(cells[0].strip())) {
        others.computeIfAbsent(form, f -> new HashSet<>()).addAll(objects);
      }
    }
    return new TriggerSenses(Map.copyOf(others));
  }

  static List<String> lines(String resource) {
    try (InputStream in = TriggerSenses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final TriggerSenses INSTANCE = parse(RESOURCE, lines(RESOURCE));
  }
}
