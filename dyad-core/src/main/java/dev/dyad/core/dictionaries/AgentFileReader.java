package dev.dyad.core.dictionaries;

import dev.dyad.core.coding.morphology.Inflections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH agent file: {@code PHRASE {plural} [~CODE]} (the code added after the
 * actor's) or {@code [CODE~]} (before it). A regular plural is made unless {@code {…}} gives one;
 * {@code {}} means none. {@code !NAME! = A, B, C} defines a substitution set, and a phrase holding
 * {@code !NAME!} stands for one phrase per member, with no plural made.
 */
final class AgentFileReader {
  private static final Pattern MARKER = Pattern.compile("!([A-Z0-9_]+)!");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}");

  private final FileLog log;
  private final Map<String, List<String>> sets = new LinkedHashMap<>();
  private final List<PetrarchAgent> agents = new ArrayList<>();
  private final Inflections inflections = Inflections.english();

  private AgentFileReader(FileLog log) {
    this.log = log;
  }

  /** The entries of {@code lines}; what is skipped goes to {@code log}. */
  static List<PetrarchAgent> read(List<Line> lines, FileLog log) {
    AgentFileReader reader = new AgentFileReader(log);
    for (Line line : lines) {
      reader.line(line);
    }
    return List.copyOf(reader.agents);
  }

  private void line(Line line) {
    String text = line.trimmed();
    if (text.startsWith("!") && text.contains("=") && !text.contains("[")) {
      defineSet(line, text);
      return;
    }
    log.read();
    Optional<String> damage = line.damage();
    if (damage.isPresent()) {
      log.skip(line, "agent with " + damage.get());
      return;
    }
    int open = text.indexOf('[');
    int close = text.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      log.skip(line, open < 0 ? "agent with no code" : "unclosed '['");
      return;
    }
    String inside = text.substring(open + 1, close);
    String code = inside.replaceAll("\\s+", "");
    if (!code.equals(inside.strip()) || !inside.equals(inside.strip())) {
      log.note("padded code, trimmed"); // Quirk: "[ ~COP]", "[  NGO~]"
    }
    boolean prepend = code.endsWith("~");
    if (!prepend && !code.startsWith("~")) {
      log.skip(line, "agent code without '~'");
      return;
    }
    code = prepend ? code.substring(0, code.length() - 1) : code.substring(1);
    String upper = code.toUpperCase(Locale.ROOT);
    if (!upper.equals(code)) {
      log.note("lower-case code, upper-cased");
    }
    if (!CODE.matcher(upper).matches()) {
      log.skip(line, "bad agent code '" + code + "'");
      return;
    }
    String head = text.substring(0, open);
    Set<String> phrases = new LinkedHashSet<>();
    if (head.contains("!")) {
      if (!substitute(line, head, phrases)) {
        return;
      }
    } else if (!plain(line, head, phrases)) {
      return;
    }
    if (phrases.isEmpty()) {
      log.skip(line, "agent with no phrase");
      return;
    }
    agents.add(new PetrarchAgent(List.copyOf(phrases), upper, prepend, line.number()));
  }

  private void defineSet(Line line, String text) {
    Matcher m = MARKER.matcher(text);
    int eq = text.indexOf('=');
    if (!m.find() || m.start() > eq) {
      log.skip(line, "bad substitution set");
      return;
    }
    List<String> members = new ArrayList<>();
    for (String member : text.substring(eq + 1).split(",")) {
      String phrase = Phrases.normalise(member);
      if (!phrase.isEmpty()) {
        members.add(phrase);
      }
    }
    if (members.isEmpty()) {
      log.skip(line, "empty substitution set");
      return;
    }
    sets.put(m.group(1), members);
  }

  /** A phrase with an optional plural in {…}; false when the line is bad. */
  private boolean plain(Line line, String head, Set<String> phrases) {
    int brace = head.indexOf('{');
    String singular = Phrases.normalise(brace >= 0 ? head.substring(0, brace) : head);
    if (singular.isEmpty() || !Phrases.hasWord(singular)) {
      log.skip(line, "agent with no phrase");
      return false;
    }
    phrases.add(singular);
    if (brace >= 0) {
      int end = head.indexOf('}', brace);
      if (end < 0) {
        log.skip(line, "missing '}'");
        return false;
      }
      String plural = Phrases.normalise(head.substring(brace + 1, end));
      if (!plural.isEmpty() && !Phrases.hasWord(plural)) {
        // "GUARD {{} [~MIL]": what the braces hold names no word, so no phrase can match it.
        log.skip(line, "plural with no word");
        return false;
      }
      if (!plural.isEmpty()) {
        phrases.add(plural);
      }
    } else {
      phrases.addAll(plurals(singular));
    }
    return true;
  }

  /** The regular plural of the phrase's last word: "FOREIGN MINISTER" → "FOREIGN MINISTERS". */
  private List<String> plurals(String singular) {
    int space = singular.lastIndexOf(' ');
    String last = singular.substring(space + 1);
    String lead = singular.substring(0, space + 1);
    List<String> out = new ArrayList<>();
    if (!last.chars().allMatch(Character::isLetter)) {
      return out;
    }
    for (String form : inflections.nounForms(last.toLowerCase(Locale.ROOT))) {
      String plural = lead + form.toUpperCase(Locale.ROOT);
      if (!plural.equals(singular)) {
        out.add(plural);
      }
    }
    return out;
  }

  /** Every phrase the substitution markers give; false when the line is bad. */
  private boolean substitute(Line line, String head, Set<String> phrases) {
    if (head.contains("{")) {
      log.note("plural beside a substitution marker ignored");
      head = head.substring(0, head.indexOf('{'));
    }
    List<String> expanded = List.of(head);
    int rounds = 0;
    while (expanded.get(0).contains("!")) {
      if (++rounds > 3) {
        log.skip(line, "too many substitution markers");
        return false;
      }
      List<String> next = new ArrayList<>();
      for (String phrase : expanded) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
          log.skip(line, "bad substitution marker");
          return false;
        }
        List<String> members = sets.get(m.group(1));
        if (members == null) {
          log.skip(line, "undefined substitution marker !" + m.group(1) + "!");
          return false;
        }
        for (String member : members) {
          next.add(phrase.substring(0, m.start()) + member + phrase.substring(m.end()));
        }
      }
      expanded = next;
    }
    if (rounds > 1) {
      log.note("two substitution markers in one phrase");
    }
    for (String phrase : expanded) {
      String normal = Phrases.normalise(phrase);
      if (Phrases.hasWord(normal)) {
        phrases.add(normal);
      }
    }
    return true;
  }
}
