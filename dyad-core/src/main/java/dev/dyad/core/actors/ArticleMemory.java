package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sentences read so far say about the article: the people named with a title whom the
 * dictionary does not list, the country of the dateline, and how often each country was named.
 */
final class ArticleMemory {
  /** A remembered person: the name's token keys and the entry and actor it names. */
  record Known(String[] keys, ActorEntry entry, Actor actor) {}

  private final Map<String, List<Known>> byFirstKey = new HashMap<>();
  private Optional<String> dateline = Optional.empty();
  private boolean firstSentence = true;
  private final Map<String, Integer> named = new HashMap<>();
  private final Map<String, Integer> namedNow = new HashMap<>();

  /** Remembers a person by full name and by surname (the last token of the name). */
  void remember(List<Token> name, ActorEntry entry, Actor actor) {
    String[] full = name.stream().map(Token::key).toArray(String[]::new);
    add(new Known(full, entry, actor));
    if (full.length > 1) {
      add(new Known(new String[] {full[full.length - 1]}, entry, actor));
    }
  }

  private void add(Known known) {
    List<Known> list = byFirstKey.computeIfAbsent(known.keys()[0], k -> new ArrayList<>(1));
    // A later person with the same surname replaces the earlier one: news names the person
    // it is talking about now.
    list.removeIf(k -> java.util.Arrays.equals(k.keys(), known.keys()));
    list.add(known);
  }

  /** The longest remembered name starting at token {@code start}, matched case-sensitively. */
  Optional<Known> at(List<Token> tokens, int start) {
    if (byFirstKey.isEmpty() || !PersonNames.capitalised(tokens.get(start))) {
      return Optional.empty();
    }
    List<Known> candidates = byFirstKey.get(tokens.get(start).key());
    if (candidates == null) {
      return Optional.empty();
    }
    Known best = null;
    for (Known k : candidates) {
      if (start + k.keys().length <= tokens.size()
          && matches(k, tokens, start)
          && (best == null || k.keys().length > best.keys().length)) {
        best = k;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean matches(Known k, List<Token> tokens, int start) {
    for (int j = 0; j < k.keys().length; j++) {
      if (!k.keys()[j].equals(tokens.get(start + j).key())) {
        return false;
      }
    }
    return true;
  }

  /** The dateline's country, if the article opened with one. */
  Optional<String> dateline() {
    return dateline;
  }

  /** Whether no sentence has been read yet (a dateline can only open the first). */
  boolean firstSentence() {
    return firstSentence;
  }

  void dateline(String country) {
    dateline = Optional.of(country);
  }

  /**
   * Counts a mention of a country (a state, a place, a person or body of that country); it counts
   * towards {@link #lead} from the next sentence on.
   */
  void named(String country) {
    if (!country.isEmpty()) {
      namedNow.merge(country, 1, Integer::sum);
    }
  }

  /**
   * The country the article is about so far (in the sentences before this one): named at least
   * twice, and at least twice as often as any other. A US election story names the United States
   * throughout and a Hong Kong protest story China; a story about two states' quarrel has no such
   * country.
   */
  Optional<String> lead() {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : named.entrySet()) {
      int n = e.getValue();
      if (n > first || (n == first && e.getKey().compareTo(best) < 0)) {
        second = first;
        first = n;
        best = e.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    return first >= 2 && first >= 2 * second ? Optional.of(best) : Optional.empty();
  }

  /** The title's countries count from the first sentence on; the first sentence is still first. */
  void titleDone() {
    namedNow.forEach((country, n) -> named.merge(country, n, Integer::sum));
    namedNow.clear();
  }

  /**
   * Notes the country of an actor of {@code sector} named in the current sentence ("Houthi rebels",
   * YEM for REB), for "the rebels" later with no country of their own.
   */
  void sector(String sector, String country) {
    if (!sector.isEmpty() && !country.isEmpty()) {
      sectorsNow.put(sector, country);
    }
  }

  /**
   * The country of the last actor of {@code sector} named in this sentence or the two before it.
   */
  Optional<String> lastOfSector(String sector) {
    String now = sectorsNow.get(sector);
    if (now != null) {
      return Optional.of(now);
    }
    for (int k = recentSectors.size() - 1; k >= 0; k--) {
      String c = recentSectors.get(k).get(sector);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private final Map<String, String> sectorsNow = new HashMap<>();
  private final List<Map<String, String>> recentSectors = new ArrayList<>();

  void sentenceDone() {
    recentSectors.add(Map.copyOf(sectorsNow));
    if (recentSectors.size() > 2) {
      recentSectors.remove(0);
    }
    sectorsNow.clear();
    firstSentence = false;
    namedNow.forEach((country, n) -> named.merge(country, n, Integer::sum));
    namedNow.clear();
  }
}
