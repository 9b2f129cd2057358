package dev.dyad.core.dictionaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the body of a pattern line, {@code PRE * POST}, in either syntax: words, {@code &SYNSET},
 * {@code *} the verb, {@code $} the source, {@code +} the target, {@code %} a compound actor whose
 * members act on each other, {@code ^} a noun phrase to skip. {@code _} joins two items that must
 * be adjacent; a space lets other words stand between them ({@code "IN_ *"} is read as {@code "IN
 * *"}, as PETRARCH does). PETRARCH-2's groups, {@code {FINANCIAL AID}} and {@code (FOR AID)}, read
 * as their words in order.
 */
final class PatternLine {
  /** What an item of a pattern is. */
  enum Kind {
    WORD,
    SYNSET,
    VERB,
    SOURCE,
    TARGET,
    COMPOUND,
    SKIP
  }

  /**
   * One item.
   *
   * @param kind what it is
   * @param text the word (upper case) or the synset's name; empty for the others
   * @param joined whether the next item must follow it directly
   */
  record Item(Kind kind, String text, boolean joined) {
    Item withJoined(boolean value) {
      return new Item(kind, text, value);
    }
  }

  /** The items, or why there are none. */
  record Parsed(List<Item> items, String problem) {
    boolean ok() {
      return problem == null;
    }

    int verb() {
      for (int k = 0; k < items.size(); k++) {
        if (items.get(k).kind() == Kind.VERB) {
          return k;
        }
      }
      return -1;
    }

    boolean has(Kind kind) {
      return items.stream().anyMatch(i -> i.kind() == kind);
    }
  }

  private static final String MARKERS = "*$+%^";
  private static final String BREAKS = " \t_*$+%^&{}()";

  private PatternLine() {}

  /** Parses {@code body}; {@code synsets} are the names a {@code &} may start with. */
  static Parsed parse(String body, Set<String> synsets) {
    List<Item> items = new ArrayList<>();
    int n = body.length();
    int i = 0;
    int verbs = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c) || "{}()".indexOf(c) >= 0) {
        setJoined(items, false);
        i++;
      } else if (c == '_') {
        setJoined(items, true);
        i++;
      } else if (MARKERS.indexOf(c) >= 0) {
        Kind kind =
            switch (c) {
              case '*' -> Kind.VERB;
              case '$' -> Kind.SOURCE;
              case '+' -> Kind.TARGET;
              case '%' -> Kind.COMPOUND;
              default -> Kind.SKIP;
            };
        verbs += kind == Kind.VERB ? 1 : 0;
        items.add(new Item(kind, "", false));
        i++;
      } else if (c == '&') {
        int end = i + 1;
        while (end < n
            && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '_')) {
          end++;
        }
        String run = body.substring(i + 1, end).toUpperCase(Locale.ROOT);
        String name = longestSynset(run, synsets);
        if (name == null) {
          return new Parsed(List.of(), "undefined synset &" + run.replaceAll("_+$", ""));
        }
        items.add(new Item(Kind.SYNSET, name, false));
        i += 1 + name.length();
      } else {
        int end = i;
        while (end < n && BREAKS.indexOf(body.charAt(end)) < 0) {
          end++;
        }
        items.add(new Item(Kind.WORD, body.substring(i, end).toUpperCase(Locale.ROOT), false));
        i = end;
      }
    }
    if (verbs == 0) {
      return new Parsed(List.of(), "pattern with no '*'");
    }
    if (verbs > 1) {
      return new Parsed(List.of(), "pattern with two '*'");
    }
    // Quirk: a final '_' ("* OFF_") joins nothing.
    setJoined(items, false);
    return new Parsed(List.copyOf(items), null);
  }

  /** The longest defined synset that {@code run} begins with, ending at a '_' or at its end. */
  private static String longestSynset(String run, Set<String> synsets) {
    for (int end = run.length(); end > 0; end--) {
      if (end < run.length() && run.charAt(end) != '_') {
        continue;
      }
      String candidate = run.substring(0, end);
      if (synsets.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void setJoined(List<Item> items, boolean joined) {
    if (!items.isEmpty()) {
      int last = items.size() - 1;
      items.set(last, items.get(last).withJoined(joined));
    }
  }
}
