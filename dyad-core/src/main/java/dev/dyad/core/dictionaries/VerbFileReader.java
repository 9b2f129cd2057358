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

/**
 * Reads the structure of a TABARI/PETRARCH verb file, in either syntax (PETRARCH-2's {@code
 * CAMEO.2.0.txt} or the flat TABARI {@code CAMEO.verbpatterns} file: they share it):
 *
 * <ul>
 *   <li>synsets: {@code &NAME} then {@code +member} lines;
 *   <li>verb blocks: {@code --- NAME [CODE] ---}, then verb lines ({@code VERB}, {@code VERB
 *       {FORMS}}, {@code VERB [CODE]}, multi-word {@code +CORDON_OFF} or {@code WIRE_+TAP} with
 *       {@code +} before the word that is the verb), then pattern lines {@code - PRE * POST
 *       [CODE]};
 *   <li>transformations: {@code ~ a (b . ATTACK) SAY = a b 112}.
 * </ul>
 *
 * Pattern bodies are kept as written and read by {@link PatternLine} when compiled, once every
 * synset is known. A verb without {@code {…}} gets its regular English forms ({@link Inflections}),
 * with irregular ones from Dyad's table; {@code {…}} lists its forms.
 */
final class VerbFileReader {
  private static final java.util.regex.Pattern TRANSFORM =
      java.util.regex.Pattern.compile(
          "~\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*\\)\\s*(\\S+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");

  private final FileLog log;
  private final Inflections inflections = Inflections.english();
  private final Map<String, VerbDictionary.Synset> synsets = new LinkedHashMap<>();
  private final List<VerbDictionary.Block> blocks = new ArrayList<>();
  private final List<VerbDictionary.Transformation> transformations = new ArrayList<>();

  // The block being read.
  private String blockName;
  private String blockCode;
  private int blockLine;
  private List<VerbDictionary.Verb> verbs;
  private List<VerbDictionary.Pattern> patterns;

  // The synset being read.
  private String synsetName;
  private boolean synsetPlurals;
  private int synsetLine;
  private List<VerbDictionary.Member> members;

  private VerbFileReader(FileLog log) {
    this.log = log;
  }

  /** The dictionary of {@code lines}; what is skipped goes to {@code log}. */
  static VerbDictionary read(List<Line> lines, FileLog log) {
    VerbFileReader reader = new VerbFileReader(log);
    for (Line line : lines) {
      reader.line(line);
    }
    reader.endSynset();
    reader.endBlock();
    return new VerbDictionary(reader.synsets, reader.blocks, reader.transformations);
  }

  private void line(Line line) {
    String text = line.trimmed();
    if (text.startsWith("+") && synsetName != null) {
      member(line, text.substring(1).strip());
      return;
    }
    endSynset();
    if (text.startsWith("&")) {
      startSynset(line, text);
    } else if (text.startsWith("---")) {
      header(line, text);
    } else if (text.startsWith("-")) {
      pattern(line, text.substring(1).strip());
    } else if (text.startsWith("~")) {
      transformation(line, text);
    } else {
      verb(line, text);
    }
  }

  private void startSynset(Line line, String text) {
    String label = text.substring(1).strip();
    int space = label.indexOf(' ');
    if (space >= 0) {
      label = label.substring(0, space);
    }
    synsetPlurals = !label.endsWith("_");
    synsetName = label.replaceAll("_+$", "");
    if (synsetName.isEmpty()) {
      log.skip(line, "synset with no name");
      synsetName = null;
      return;
    }
    synsetLine = line.number();
    members = new ArrayList<>();
  }

  private void member(Line line, String written) {
    Optional<String> damage = line.damage();
    if (damage.isPresent()) {
      log.skip(line, "synset member with " + damage.get());
      return;
    }
    boolean plural = synsetPlurals && !written.endsWith("_");
    String phrase = Phrases.normalise(written);
    if (phrase.isEmpty()) {
      log.skip(line, "empty synset member");
      return;
    }
    members.add(new VerbDictionary.Member(phrase, plural));
  }

  private void endSynset() {
    if (synsetName == null) {
      return;
    }
    if (members.isEmpty()) {
      log.skip(synsetLine, "synset with no member", "&" + synsetName);
    } else if (synsets.containsKey(synsetName)) {
      log.skip(synsetLine, "synset defined twice, the first kept", "&" + synsetName);
    } else {
      synsets.put(
          synsetName, new VerbDictionary.Synset(synsetName, members, synsetPlurals, synsetLine));
    }
    synsetName = null;
    members = null;
  }

  private void header(Line line, String text) {
    endBlock();
    String inner = text.replaceAll("^-+", "").replaceAll("-+$", "").strip();
    int open = inner.indexOf('[');
    int close = open < 0 ? -1 : inner.indexOf(']', open);
    String name = Phrases.normalise(open < 0 ? inner : inner.substring(0, open));
    if (name.isEmpty() || (open >= 0 && close < 0)) {
      log.skip(line, "bad block header");
      return;
    }
    blockName = name;
    blockCode = open < 0 ? "---" : inner.substring(open + 1, close).strip();
    if (open >= 0 && inner.indexOf('[', close) >= 0) {
      log.note("block header with two codes, the first kept");
    }
    blockLine = line.number();
    verbs = new ArrayList<>();
    patterns = new ArrayList<>();
  }

  private void endBlock() {
    if (blockName != null) {
      blocks.add(new VerbDictionary.Block(blockName, blockCode, blockLine, verbs, patterns));
    }
    blockName = null;
  }

  private void pattern(Line line, String body) {
    log.read();
    if (blockName == null) {
      log.skip(line, "pattern outside a verb block");
      return;
    }
    Optional<String> damage = line.damage();
    if (damage.isPresent()) {
      log.skip(line, "pattern with " + damage.get());
      return;
    }
    int open = body.lastIndexOf('[');
    int close = body.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      log.skip(line, "pattern with no code");
      return;
    }
    String code = body.substring(open + 1, close).strip();
    String words = body.substring(0, open).strip();
    patterns.add(new VerbDictionary.Pattern(words, code, line.number()));
  }

  private void transformation(Line line, String text) {
    log.read();
    Matcher m = TRANSFORM.matcher(text);
    if (!m.matches()) {
      log.skip(line, "bad transformation");
      return;
    }
    transformations.add(
        new VerbDictionary.Transformation(
            m.group(1),
            m.group(2),
            m.group(3),
            m.group(4).toUpperCase(Locale.ROOT),
            m.group(5).toUpperCase(Locale.ROOT),
            m.group(6),
            m.group(7),
            m.group(8),
            line.number(),
            text));
  }

  private void verb(Line line, String text) {
    log.read();
    if (blockName == null) {
      log.skip(line, "verb outside a verb block");
      return;
    }
    Optional<String> damage = line.damage();
    if (damage.isPresent()) {
      log.skip(line, "verb with " + damage.get());
      return;
    }
    Optional<String> code = Optional.empty();
    int bracket = text.indexOf('[');
    if (bracket >= 0) {
      int close = text.indexOf(']', bracket);
      if (close < 0) {
        log.skip(line, "unclosed '['");
        return;
      }
      code = Optional.of(text.substring(bracket + 1, close).strip());
      text = text.substring(0, bracket).strip();
    }
    int brace = text.indexOf('{');
    String stem = (brace >= 0 ? text.substring(0, brace) : text).strip();
    if (stem.isEmpty()) {
      log.skip(line, "verb with no word");
      return;
    }
    Set<String> forms = new LinkedHashSet<>();
    if (brace >= 0) {
      int end = text.indexOf('}', brace);
      if (end < 0) {
        log.skip(line, "missing '}'");
        return;
      }
      forms.add(phrase(stem));
      for (String form : text.substring(brace + 1, end).strip().split("\\s+")) {
        if (!form.isEmpty()) {
          forms.add(phrase(form));
        }
      }
    } else {
      forms.addAll(regularForms(stem));
    }
    forms.removeIf(String::isEmpty);
    if (forms.isEmpty()) {
      log.skip(line, "verb with no word");
      return;
    }
    verbs.add(
        new VerbDictionary.Verb(phrase(stem), List.copyOf(forms), code, line.number(), brace < 0));
  }

  /** "+CORDONED_OFF" as a phrase: "CORDONED OFF". */
  private static String phrase(String written) {
    return Phrases.normalise(written.replace("+", ""));
  }

  /**
   * The forms of a verb written without {…}: the word marked {@code +} (else the first) takes every
   * regular and irregular form ("+CORDON_OFF": cordons off, cordoned off, cordoning off). Quirk: a
   * verb of two words joined by a space ("LASH OUT") is read as one multi-word verb.
   */
  private List<String> regularForms(String stem) {
    String written = stem.replace(' ', '_');
    String[] words =
        java.util.Arrays.stream(written.split("_+"))
            .filter(w -> !w.isEmpty())
            .toArray(String[]::new);
    if (words.length == 0) {
      return List.of(phrase(stem));
    }
    int verbAt = 0;
    for (int k = 0; k < words.length; k++) {
      if (words[k].startsWith("+")) {
        verbAt = k;
      }
    }
    if (words.length > 1 && !written.contains("+")) {
      log.note("multi-word verb with no '+', its first word taken as the verb");
    }
    String lemma = words[verbAt].replace("+", "").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    if (lemma.isEmpty() || !lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
      out.add(phrase(stem));
      return out;
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lemma);
    forms.addAll(inflections.verbForms(lemma));
    for (String form : forms) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < words.length; k++) {
        if (k > 0) {
          sb.append(' ');
        }
        sb.append(k == verbAt ? form.toUpperCase(Locale.ROOT) : words[k].replace("+", ""));
      }
      out.add(Phrases.normalise(sb.toString()));
    }
    return out;
  }
}
