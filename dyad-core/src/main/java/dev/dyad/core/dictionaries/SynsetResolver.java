package dev.dyad.core.dictionaries;

import dev.dyad.core.coding.morphology.Inflections;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phrases a synset stands for: its members with their plurals (when the synset makes them) and
 * the members of the synsets it names in turn ("+&TIETYPES" inside another synset). A phrase with a
 * Treebank contraction ("DID N'T") also stands for its written form ("didn't").
 */
final class SynsetResolver {
  private static final int MAX_DEPTH = 4;

  private final Map<String, VerbDictionary.Synset> synsets;
  private final Inflections inflections = Inflections.english();

  SynsetResolver(Map<String, VerbDictionary.Synset> synsets) {
    this.synsets = synsets;
  }

  /** Every phrase of synset {@code name}; empty when it names itself or nests too deep. */
  Optional<Set<String>> phrases(String name) {
    Set<String> out = new LinkedHashSet<>();
    return expand(name, 0, out) ? Optional.of(out) : Optional.empty();
  }

  private boolean expand(String name, int depth, Set<String> out) {
    VerbDictionary.Synset synset = synsets.get(name);
    if (synset == null || depth > MAX_DEPTH) {
      return false;
    }
    for (VerbDictionary.Member member : synset.members()) {
      String phrase = member.phrase();
      if (phrase.startsWith("&")) {
        String inner = phrase.substring(1).replaceAll("_+$", "").toUpperCase(Locale.ROOT);
        if (!expand(inner, depth + 1, out)) {
          return false;
        }
        continue;
      }
      add(phrase, out);
      if (member.plural()) {
        plural(phrase).ifPresent(p -> add(p, out));
      }
    }
    return true;
  }

  private Optional<String> plural(String phrase) {
    int space = phrase.lastIndexOf(' ');
    String last = phrase.substring(space + 1).toLowerCase(Locale.ROOT);
    if (last.isEmpty() || !last.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    List<String> forms = new ArrayList<>(inflections.nounForms(last));
    forms.remove(last);
    return forms.isEmpty()
        ? Optional.empty()
        : Optional.of(phrase.substring(0, space + 1) + forms.get(0).toUpperCase(Locale.ROOT));
  }

  /** Adds the phrase, and "didn't" beside "DID N'T". */
  static void add(String phrase, Set<String> out) {
    out.add(phrase);
    String joined = phrase.replaceAll("(?i)(\\S) (N'T)\\b", "$1$2");
    if (!joined.equals(phrase)) {
      out.add(joined);
    }
  }
}
