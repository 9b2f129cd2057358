package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.morphology.Inflections;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the pattern and word-class files (syntax in {@code patterns/README.md}) and compiles each
 * lemma to its surface forms with {@link Inflections}, so that matching needs no lemmatizer.
 */
final class PatternParser {
  static final int DEFAULT_GAP = 6;
  static final double DEFAULT_CONFIDENCE = 0.8;

  /** Function words that are matched as written, never inflected. */
  static final Set<String> CLOSED =
      Set.of(
          "to",
          "by",
          "with",
          "of",
          "for",
          "on",
          "at",
          "from",
          "in",
          "into",
          "against",
          "the",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "between",
          "and",
          "or",
          "over",
          "upon",
          "toward",
          "towards",
          "as",
          "'s",
          "'",
          "-",
          "about",
          "among",
          "across",
          "inside",
          "near",
          "along",
          "up",
          "out",
          "off",
          "down",
          "back",
          "this",
          "that",
          "any",
          "some",
          "more",
          "it",
          "they",
          "them",
          "each",
          "other",
          "no",
          "not",
          "all",
          "both",
          "away",
          "behind",
          "side",
          "together",
          "jointly",
          "who",
          "which");

  private final Inflections inflections = Inflections.english();
  private final EventOntology ontology;
  private final Map<String, List<List<Set<String>>>> classes = new LinkedHashMap<>();

  PatternParser(EventOntology ontology) {
    this.ontology = ontology;
  }

  /** The word classes read so far, by name without the {@code $}. */
  Set<String> classNames() {
    return classes.keySet();
  }

  /** Reads a classes file: {@code $NAME = entry, entry two words, …}. */
  void readClasses(String file, List<String> lines) {
    for (int n = 0; n < lines.size(); n++) {
      String line = strip(lines.get(n));
      if (line.isEmpty()) {
        continue;
      }
      String where = file + ":" + (n + 1);
      int eq = line.indexOf('=');
      if (!line.startsWith("$") || eq < 0) {
        throw new PatternFormatException(where, "expected '$NAME = word, word, …'");
      }
      String name = line.substring(1, eq).strip();
      if (!name.matches("[A-Z][A-Z0-9_]*")) {
        throw new PatternFormatException(where, "bad class name '" + name + "'");
      }
      List<List<Set<String>>> entries = new ArrayList<>();
      for (String entry : line.substring(eq + 1).split(",")) {
        String e = entry.strip();
        if (e.isEmpty()) {
          continue;
        }
        List<Set<String>> seq = new ArrayList<>();
        for (String word : e.split("\\s+")) {
          seq.addAll(compileWord(word, true, where));
        }
        entries.add(seq);
      }
      if (entries.isEmpty()) {
        throw new PatternFormatException(where, "empty class " + name);
      }
      if (classes.put(name, sortLongestFirst(entries)) != null) {
        throw new PatternFormatException(where, "duplicate class " + name);
      }
    }
  }

  /** Reads a pattern file: {@code id | TYPE | mode | pattern [| options]}. */
  List<EventPattern> readPatterns(String file, List<String> lines) {
    List<EventPattern> patterns = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = strip(lines.get(n));
      if (!line.isEmpty()) {
        patterns.add(parseLine(file + ":" + (n + 1), line));
      }
    }
    return patterns;
  }

  EventPattern parseLine(String where, String line) {
    String[] cells = line.split("\\s\\|\\s", -1);
    if (cells.length < 4 || cells.length > 5) {
      throw new PatternFormatException(
          where,
          "expected 'id | TYPE | mode | pattern [| options]', got " + cells.length + " fields");
    }
    String id = cells[0].strip();
    if (!id.matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+")) {
      throw new PatternFormatException(where, "bad pattern id '" + id + "'");
    }
    EventType type;
    try {
      type = EventType.valueOf(cells[1].strip());
    } catch (IllegalArgumentException e) {
      throw new PatternFormatException(where, "unknown event type '" + cells[1].strip() + "'");
    }
    String modeCell = cells[2].strip();
    Optional<String> mode = modeCell.equals("-") ? Optional.empty() : Optional.of(modeCell);
    if (mode.isPresent() && !ontology.modes(type).contains(mode.get())) {
      throw new PatternFormatException(
          where, "mode '" + modeCell + "' is not in the ontology for " + type);
    }
    boolean symmetric = false;
    boolean state = false;
    boolean pair = false;
    boolean agent = false;
    Optional<String> implied = Optional.empty();
    Optional<Set<EventType>> act = Optional.empty();
    Optional<String> fallback = Optional.empty();
    Set<String> sourceSectors = Set.of();
    Set<String> notSourceSectors = Set.of();
    Set<String> notTargetSectors = Set.of();
    Set<String> targetSectors = Set.of();
    double confidence = DEFAULT_CONFIDENCE;
    if (cells.length == 5) {
      for (String option : cells[4].strip().split("\\s+")) {
        if (option.equals("sym")) {
          symmetric = true;
        } else if (option.equals("state")) {
          state = true;
        } else if (option.equals("pair")) {
          pair = true;
        } else if (option.equals("agent")) {
          pair = true;
          agent = true;
        } else if (option.startsWith("act=")) {
          pair = true;
          act = Optional.of(actTypes(option.substring(4), where));
        } else if (option.startsWith("else=")) {
          String sector = option.substring(5);
          if (!IMPLIED_AGENTS.contains(sector)) {
            throw new PatternFormatException(
                where, "an act's fallback agent is one of " + IMPLIED_AGENTS + ": " + option);
          }
          fallback = Optional.of(sector);
        } else if (option.startsWith("by=")) {
          String sector = option.substring(3);
          if (!IMPLIED_AGENTS.contains(sector)) {
            throw new PatternFormatException(
                where, "an implied agent is one of " + IMPLIED_AGENTS + ": " + option);
          }
          implied = Optional.of(sector);
        } else if (option.startsWith("src=!")) {
          notSourceSectors = sectors("src=" + option.substring(5), where);
        } else if (option.startsWith("src=")) {
          sourceSectors = sectors(option, where);
        } else if (option.startsWith("tgt=!")) {
          notTargetSectors = sectors("tgt=" + option.substring(5), where);
        } else if (option.startsWith("tgt=")) {
          targetSectors = sectors(option, where);
        } else if (option.startsWith("conf=")) {
          try {
            confidence = Double.parseDouble(option.substring(5));
          } catch (NumberFormatException e) {
            throw new PatternFormatException(where, "bad confidence '" + option + "'");
          }
          if (!(confidence > 0 && confidence <= 1)) {
            throw new PatternFormatException(where, "confidence outside (0, 1]: " + option);
          }
        } else if (!option.isEmpty()) {
          throw new PatternFormatException(where, "unknown option '" + option + "'");
        }
      }
    }
    List<PatternElement> elements = new ArrayList<>();
    int marked = compile(cells[3].strip(), where, elements);
    int trigger = marked >= 0 ? marked : autoTrigger(elements);
    if (trigger < 0) {
      throw new PatternFormatException(where, "no trigger: a required word group is needed");
    }
    Set<Character> slots = new HashSet<>();
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Slot s && !slots.add(s.role())) {
        throw new PatternFormatException(where, "slot {" + s.role() + "} used twice");
      }
    }
    boolean dyad = slots.contains('S') && slots.contains('T') && !slots.contains('P');
    boolean parties = slots.equals(Set.of('P'));
    if (implied.isPresent() && !slots.equals(Set.of('T'))) {
      throw new PatternFormatException(where, "an agentless passive (by=) has {T} alone");
    }
    if (fallback.isPresent() && act.isEmpty()) {
      throw new PatternFormatException(where, "else= names the fallback of an act= pattern");
    }
    if (!(targetSectors.isEmpty() && notTargetSectors.isEmpty()) && !slots.contains('T')) {
      throw new PatternFormatException(where, "tgt= limits a {T} slot the pattern does not have");
    }
    if (!(sourceSectors.isEmpty() && notSourceSectors.isEmpty()) && !slots.contains('S')) {
      throw new PatternFormatException(where, "src= limits an {S} slot the pattern does not have");
    }
    if (pair && !slots.equals(Set.of('S'))) {
      throw new PatternFormatException(where, "a pair pattern needs {S} alone");
    }
    // {S} alone, not a pair pattern: an event with a source and no target ("{S} … !resign").
    boolean targetless = !pair && slots.equals(Set.of('S'));
    if (!dyad && !parties && !pair && !targetless && implied.isEmpty()) {
      throw new PatternFormatException(
          where,
          "a pattern needs {S} and {T}, {S} alone (no target), {P} alone, or {T} alone with by=");
    }
    if (elements.get(0) instanceof PatternElement.Gap
        || elements.get(elements.size() - 1) instanceof PatternElement.Gap) {
      throw new PatternFormatException(where, "a gap must stand between two elements");
    }
    return new EventPattern(
        id,
        type,
        mode,
        List.copyOf(elements),
        trigger,
        symmetric || parties,
        confidence,
        where,
        mentionsBe(elements),
        state,
        pair,
        agent,
        Optional.empty(),
        false,
        false,
        implied,
        actReference(act, fallback),
        new SectorLimits(sourceSectors, targetSectors, notSourceSectors, notTargetSectors));
  }

  /** The sectors of a {@code src=} or {@code tgt=} option: three capitals each, joined by "|". */
  private static Set<String> sectors(String option, String where) {
    Set<String> out = new HashSet<>();
    for (String sector : option.substring(4).split("\\|")) {
      if (!sector.matches("[A-Z]{3}")) {
        throw new PatternFormatException(
            where, "a sector is three capitals, as in src=COP|MIL: '" + option + "'");
      }
      out.add(sector);
    }
    return out;
  }

  private static Optional<ActReference> actReference(
      Optional<Set<EventType>> types, Optional<String> fallback) {
    return types.map(t -> new ActReference(t, fallback));
  }

  /** {@code act=} types: PLOVER types joined by "|", or "*" for any. */
  private static Set<EventType> actTypes(String spec, String where) {
    if (spec.equals("*")) {
      return Set.of();
    }
    Set<EventType> types = new HashSet<>();
    for (String t : spec.split("\\|")) {
      try {
        types.add(EventType.valueOf(t));
      } catch (IllegalArgumentException e) {
        throw new PatternFormatException(where, "unknown event type in act=: '" + t + "'");
      }
    }
    return types;
  }

  /**
   * The state's sectors an agentless passive may imply: police (arrests), courts (charges, trials,
   * sentences), the government (deportations), the legislature (impeachments).
   */
  private static final Set<String> IMPLIED_AGENTS = Set.of("COP", "JUD", "GOV", "LEG");

  /** Compiles the elements into {@code out}; returns the index of a '!'-marked trigger or -1. */
  private int compile(String pattern, String where, List<PatternElement> out) {
    int marked = -1;
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean mark = false;
      if (c == '!') {
        mark = true;
        i++;
        if (i >= n) {
          throw new PatternFormatException(where, "'!' at end of pattern");
        }
        c = pattern.charAt(i);
      }
      if (c == '{') {
        int close = pattern.indexOf('}', i);
        String role = close < 0 ? "" : pattern.substring(i + 1, close);
        if (!role.equals("S") && !role.equals("T") && !role.equals("P")) {
          throw new PatternFormatException(where, "slot must be {S}, {T} or {P}");
        }
        out.add(new PatternElement.Slot(role.charAt(0)));
        i = close + 1;
        continue;
      }
      if (c == '…' || pattern.startsWith("...", i)) {
        i += c == '…' ? 1 : 3;
        int start = i;
        while (i < n && Character.isDigit(pattern.charAt(i))) {
          i++;
        }
        int max = i > start ? Integer.parseInt(pattern.substring(start, i)) : DEFAULT_GAP;
        if (max < 1 || max > 12) {
          throw new PatternFormatException(where, "gap bound must be 1..12");
        }
        boolean far = i < n && pattern.charAt(i) == '+';
        if (far) {
          i++;
        }
        out.add(new PatternElement.Gap(max, far));
        continue;
      }
      String source;
      List<List<Set<String>>> alternatives = new ArrayList<>();
      String wordClass = null;
      if (c == '(') {
        int close = pattern.indexOf(')', i);
        if (close < 0) {
          throw new PatternFormatException(where, "unclosed '('");
        }
        source = pattern.substring(i, close + 1);
        if (pattern.indexOf('(', i + 1) >= 0 && pattern.indexOf('(', i + 1) < close) {
          // Quirk: a nested group once parsed silently into junk words and matched nothing.
          throw new PatternFormatException(
              where, "groups do not nest: " + pattern.substring(i, Math.min(n, close + 2)));
        }
        for (String alt : pattern.substring(i + 1, close).split("\\|")) {
          if (alt.isBlank()) {
            throw new PatternFormatException(where, "empty alternative in " + source);
          }
          alternatives.addAll(sequences(alt.strip().split("\\s+"), where));
        }
        i = close + 1;
      } else {
        int start = i;
        while (i < n
            && !Character.isWhitespace(pattern.charAt(i))
            && pattern.charAt(i) != '?'
            && pattern.charAt(i) != '('
            && pattern.charAt(i) != '{') {
          i++;
        }
        source = pattern.substring(start, i);
        if (source.startsWith("$")) {
          wordClass = source.substring(1);
        }
        alternatives.addAll(sequences(new String[] {source}, where));
      }
      boolean optional = i < n && pattern.charAt(i) == '?';
      if (optional) {
        i++;
      }
      if (mark) {
        if (optional || wordClass != null) {
          throw new PatternFormatException(where, "the '!' trigger must be a required word group");
        }
        marked = out.size();
      }
      out.add(PatternElement.Words.of(sortLongestFirst(alternatives), optional, wordClass, source));
    }
    if (out.isEmpty()) {
      throw new PatternFormatException(where, "empty pattern");
    }
    return marked;
  }

  /** The token sequences for one alternative's items: words and classes, as a cross product. */
  private List<List<Set<String>>> sequences(String[] items, String where) {
    List<List<Set<String>>> result = new ArrayList<>();
    result.add(new ArrayList<>());
    for (String item : items) {
      List<List<Set<String>>> options;
      if (item.startsWith("$")) {
        options = classes.get(item.substring(1));
        if (options == null) {
          throw new PatternFormatException(where, "undefined class " + item);
        }
      } else {
        options = List.of(compileWord(item, false, where));
      }
      List<List<Set<String>>> next = new ArrayList<>();
      for (List<Set<String>> prefix : result) {
        for (List<Set<String>> option : options) {
          List<Set<String>> seq = new ArrayList<>(prefix);
          seq.addAll(option);
          next.add(seq);
        }
      }
      result = next;
    }
    return result;
  }

  /**
   * A written word as tokens: {@code =word} is matched as written, a closed-class word too, and any
   * other word is a lemma whose last token takes every noun form (and verb form unless {@code
   * nounOnly}).
   */
  private List<Set<String>> compileWord(String word, boolean nounOnly, String where) {
    boolean exact = word.startsWith("=");
    String text = exact ? word.substring(1) : word;
    List<Token> tokens = Tokenizer.tokenize(text);
    if (tokens.isEmpty()) {
      throw new PatternFormatException(where, "empty word '" + word + "'");
    }
    List<Set<String>> seq = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      String key = tokens.get(k).key();
      Set<String> forms = new LinkedHashSet<>();
      forms.add(key);
      boolean last = k == tokens.size() - 1;
      if (last && !exact && !CLOSED.contains(key) && key.matches("[a-z]+")) {
        forms.addAll(inflections.nounForms(key));
        if (!nounOnly) {
          forms.addAll(inflections.verbForms(key));
        }
      }
      seq.add(Set.copyOf(forms));
    }
    return seq;
  }

  /** Whether a word group of the pattern can match "were" or "by": a passive pattern. */
  static boolean mentionsBe(List<PatternElement> elements) {
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Words w && w.wordClass() == null) {
        for (List<Set<String>> seq : w.alternatives()) {
          for (Set<String> forms : seq) {
            if (forms.contains("were") || forms.contains("by")) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static int autoTrigger(List<PatternElement> elements) {
    for (int k = 0; k < elements.size(); k++) {
      if (elements.get(k) instanceof PatternElement.Words w
          && !w.optional()
          && w.wordClass() == null
          && !allClosed(w)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean allClosed(PatternElement.Words w) {
    for (List<Set<String>> seq : w.alternatives()) {
      for (String form : seq.get(0)) {
        if (!CLOSED.contains(form)) {
          return false;
        }
      }
    }
    return true;
  }

  static List<List<Set<String>>> sortLongestFirst(List<List<Set<String>>> seqs) {
    List<List<Set<String>>> sorted = new ArrayList<>();
    for (List<Set<String>> s : seqs) {
      sorted.add(List.copyOf(s));
    }
    sorted.sort((a, b) -> Integer.compare(b.size(), a.size()));
    return List.copyOf(sorted);
  }

  private static String strip(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }
}
