package dev.dyad.core.coding.morphology;

import dev.dyad.core.internal.Tsv;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English inflections for the pattern compiler: event patterns are written on lemmas ("provide",
 * "troop") and compiled to the surface forms the spelling rules and the irregular tables give.
 * Lemmas and forms are lower case.
 */
public final class Inflections {

  /** A row of {@code irregular-verbs.tsv}; an empty list means "by rule". */
  record IrregularVerb(
      String lemma,
      List<String> past,
      List<String> participle,
      List<String> present,
      List<String> ing) {}

  static final String VERBS = "/dev/dyad/core/coding/irregular-verbs.tsv";
  static final String NOUNS = "/dev/dyad/core/coding/irregular-nouns.tsv";

  private final Map<String, IrregularVerb> verbs;
  private final Map<String, List<String>> plurals;

  private Inflections(Map<String, IrregularVerb> verbs, Map<String, List<String>> plurals) {
    this.verbs = Map.copyOf(verbs);
    this.plurals = Map.copyOf(plurals);
    Set<String> past = new java.util.HashSet<>();
    for (IrregularVerb v : verbs.values()) {
      for (String form : v.past()) {
        past.add(form);
      }
      for (String form : v.participle()) {
        past.add(form);
      }
      past.remove(v.lemma());
    }
    this.irregularPast = Set.copyOf(past);
  }

  /** Past forms of irregular verbs that differ from their base ("struck", "fought"). */
  private final Set<String> irregularPast;

  /**
   * Whether {@code form} (lower case) can only be a verb's past or past participle, never a noun:
   * an irregular past ("struck", "threw") other than its base. Regular "-ed" forms, which are
   * adjectives too, and irregular pasts that are also nouns ("shot", "left", "bid") are not.
   */
  public boolean onlyAPastForm(String form) {
    return irregularPast.contains(form) && !plurals.containsKey(form) && !NOUNS_TOO.contains(form);
  }

  /** Irregular past forms that are nouns too. */
  private static final Set<String> NOUNS_TOO =
      Set.of(
          "shot",
          "fought",
          "bound",
          "found",
          "ground",
          "left",
          "felt",
          "wound",
          "lead",
          "bid",
          "set",
          "cast",
          "spread",
          "broadcast",
          "forecast",
          "hurt",
          "quit");

  private static final class English {
    // Holder idiom: the tables are read once, on first use.
    static final Inflections INSTANCE = new Inflections(readVerbs(), readNouns());
  }

  /** English, with the irregular tables shipped with Dyad. */
  public static Inflections english() {
    return English.INSTANCE;
  }

  /**
   * The lemma and its inflected forms: present (-s), past, past participle and -ing, including both
   * spellings of -ize/-ise and -yze/-yse verbs and the British and American variants listed in the
   * irregular table.
   */
  public Set<String> verbForms(String lemma) {
    Set<String> forms = new LinkedHashSet<>();
    addVerbForms(lemma, forms);
    VerbRules.spellingVariant(lemma).ifPresent(variant -> addVerbForms(variant, forms));
    return Collections.unmodifiableSet(forms);
  }

  /** Every form of each verb ("pay": pay, pays, paid, paying), as one set. */
  public Set<String> verbForms(String... lemmas) {
    Set<String> forms = new LinkedHashSet<>();
    for (String lemma : lemmas) {
      forms.addAll(verbForms(lemma));
    }
    return Collections.unmodifiableSet(forms);
  }

  /** The singular and its plural form or forms. */
  public Set<String> nounForms(String lemma) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lemma);
    if (!lemma.isEmpty()) {
      forms.addAll(plurals.getOrDefault(lemma, List.of(NounRules.plural(lemma))));
    }
    return Collections.unmodifiableSet(forms);
  }

  /**
   * A reverse map for a vocabulary of lemmas: every verb and noun form of each lemma maps back to
   * it. A lemma in the vocabulary always maps to itself; a form shared by two lemmas ("leaves":
   * leave, leaf) goes to the one that comes first in {@code lemmas}.
   */
  public Lemmatizer lemmatizer(Collection<String> lemmas) {
    Map<String, String> map = new HashMap<>();
    for (String lemma : lemmas) {
      for (String form : verbForms(lemma)) {
        map.putIfAbsent(form, lemma);
      }
      for (String form : nounForms(lemma)) {
        map.putIfAbsent(form, lemma);
      }
    }
    for (String lemma : lemmas) {
      map.put(lemma, lemma);
    }
    return new Lemmatizer(map);
  }

  /** The lemmas of the irregular verb table, for tests and for building vocabularies. */
  Set<String> irregularVerbs() {
    return verbs.keySet();
  }

  /** The lemmas of the irregular noun table. */
  Set<String> irregularNouns() {
    return plurals.keySet();
  }

  private void addVerbForms(String lemma, Set<String> forms) {
    forms.add(lemma);
    if (lemma.isEmpty()) {
      return;
    }
    IrregularVerb irregular = verbs.get(lemma);
    if (irregular == null) {
      forms.add(VerbRules.present(lemma));
      forms.add(VerbRules.past(lemma));
      forms.add(VerbRules.ing(lemma));
      return;
    }
    forms.addAll(orRule(irregular.present(), VerbRules.present(lemma)));
    forms.addAll(orRule(irregular.past(), VerbRules.past(lemma)));
    forms.addAll(orRule(irregular.participle(), VerbRules.past(lemma)));
    forms.addAll(orRule(irregular.ing(), VerbRules.ing(lemma)));
  }

  private static List<String> orRule(List<String> listed, String rule) {
    return listed.isEmpty() ? List.of(rule) : listed;
  }

  private static Map<String, IrregularVerb> readVerbs() {
    Map<String, IrregularVerb> verbs = new HashMap<>();
    for (Tsv.Row row :
        Tsv.resource(VERBS, List.of("lemma", "past", "past_participle", "present", "ing"))) {
      String lemma = word(row, 0);
      IrregularVerb verb =
          new IrregularVerb(
              lemma, variants(row, 1), variants(row, 2), variants(row, 3), variants(row, 4));
      if (verbs.put(lemma, verb) != null) {
        throw row.error("duplicate verb " + lemma);
      }
    }
    return verbs;
  }

  private static Map<String, List<String>> readNouns() {
    Map<String, List<String>> plurals = new HashMap<>();
    for (Tsv.Row row : Tsv.resource(NOUNS, List.of("lemma", "plural"))) {
      String lemma = word(row, 0);
      List<String> plural = variants(row, 1);
      if (plural.isEmpty()) {
        throw row.error("no plural for " + lemma);
      }
      if (plurals.put(lemma, plural) != null) {
        throw row.error("duplicate noun " + lemma);
      }
    }
    return plurals;
  }

  private static String word(Tsv.Row row, int column) {
    String word = row.cell(column);
    if (!word.matches("[a-z]+(?:-[a-z]+)*")) {
      throw row.error("'" + word + "' is not a lower-case word");
    }
    return word;
  }

  private static List<String> variants(Tsv.Row row, int column) {
    String cell = row.cell(column);
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> variants = List.of(cell.split("\\|", -1));
    for (String variant : variants) {
      if (!variant.matches("[a-z]+(?:-[a-z]+)*")) {
        throw row.error("'" + variant + "' is not a lower-case word");
      }
    }
    return variants;
  }
}
