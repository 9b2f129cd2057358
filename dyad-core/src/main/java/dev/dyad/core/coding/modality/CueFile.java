package dev.dyad.core.coding.modality;

import dev.dyad.core.coding.morphology.Inflections;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a cue file (format in the header of {@code modality-cues.txt}): one line {@code modality |
 * spelling|spelling… | scope} per cue, {@code #} comments. A spelling is words separated by spaces;
 * {@code (word)?} makes a word optional, {@code (that/of)?} either word and {@code word~} stands
 * for all the verb forms of the lemma. A malformed line is an {@link IllegalArgumentException}
 * naming the file and line, so that a user's cue file fails loudly rather than silently losing
 * cues.
 */
final class CueFile {
  /** Fields are split on a bar with spaces around it; a bare bar separates spellings. */
  private static final Pattern FIELD = Pattern.compile("\\s+\\|\\s+");

  private static final Pattern OPTIONAL = Pattern.compile("\\(([^()\\s]+)\\)\\?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’.\\-]+~?");

  private CueFile() {}

  static List<Cue> read(BufferedReader reader, String name) {
    List<Cue> cues = new ArrayList<>();
    int number = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          cues.addAll(parse(text, name, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue file " + name, e);
    }
    if (cues.isEmpty()) {
      throw new IllegalArgumentException(name + ": no cues");
    }
    return cues;
  }

  private static List<Cue> parse(String text, String name, int number) {
    String[] fields = FIELD.split(text, -1);
    if (fields.length != 3) {
      throw bad(name, number, "expected 'modality | cue|cue… | scope', got: " + text);
    }
    Modality modality;
    try {
      modality = Modality.ofLabel(fields[0]);
    } catch (IllegalArgumentException e) {
      throw bad(name, number, "unknown modality '" + fields[0].strip() + "'");
    }
    CueScope scope =
        CueScope.ofLabel(fields[2])
            .orElseThrow(() -> bad(name, number, "unknown scope '" + fields[2].strip() + "'"));
    List<Cue> cues = new ArrayList<>();
    for (String spelling : fields[1].split("\\|", -1)) {
      if (spelling.isBlank()) {
        throw bad(name, number, "empty cue in: " + fields[1]);
      }
      for (List<String> keys : expand(spelling.strip(), name, number)) {
        cues.add(new Cue(modality, keys, scope, number));
      }
    }
    return cues;
  }

  /** Every token-key sequence a spelling stands for. */
  private static Set<List<String>> expand(String spelling, String name, int number) {
    List<List<String>> variants = List.of(List.of());
    for (String word : spelling.split("\\s+")) {
      var optional = OPTIONAL.matcher(word);
      boolean isOptional = optional.matches();
      List<List<String>> forms = new ArrayList<>();
      for (String bare : (isOptional ? optional.group(1) : word).split("/", -1)) {
        if (!WORD.matcher(bare).matches()) {
          throw bad(name, number, "bad word '" + word + "' in cue '" + spelling + "'");
        }
        forms.addAll(forms(bare));
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : variants) {
        if (isOptional) {
          next.add(prefix);
        }
        for (List<String> form : forms) {
          List<String> joined = new ArrayList<>(prefix);
          joined.addAll(form);
          next.add(joined);
        }
      }
      variants = next;
    }
    Set<List<String>> out = new LinkedHashSet<>();
    for (List<String> variant : variants) {
      if (!variant.isEmpty()) {
        out.add(List.copyOf(variant));
      }
    }
    if (out.isEmpty()) {
      throw bad(name, number, "cue '" + spelling + "' has no required word");
    }
    return out;
  }

  /** The keys of one word, or of each verb form of a {@code lemma~}. */
  private static List<List<String>> forms(String word) {
    List<List<String>> forms = new ArrayList<>();
    if (word.endsWith("~")) {
      for (String form : Inflections.english().verbForms(word.substring(0, word.length() - 1))) {
        forms.add(keys(form));
      }
    } else {
      forms.add(keys(word));
    }
    return forms;
  }

  /**
   * Cue words go through the sentence tokenizer, so "didn't" or "long-range" split the same way.
   */
  private static List<String> keys(String word) {
    List<String> keys = new ArrayList<>();
    for (Token token : Tokenizer.tokenize(word)) {
      keys.add(token.key());
    }
    return keys;
  }

  private static IllegalArgumentException bad(String name, int number, String message) {
    return new IllegalArgumentException(name + ":" + number + ": " + message);
  }
}
