package dev.dyad.core.dictionaries;

import dev.dyad.core.coding.EventCoder;
import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.PatternAssembler;
import dev.dyad.core.coding.patterns.PatternFormatException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a verb dictionary into Dyad's event patterns. PETRARCH matches a pattern on the parse
 * tree; Dyad matches the same words in order on the sentence, with bounded gaps:
 *
 * <ul>
 *   <li>each verb alone, with its code (its own or its block's): "{S} … VERB … {T}", and the
 *       passive "{T} … was … VERB … by {S}";
 *   <li>each pattern of a block, for every verb of the block: its words in order around the verb,
 *       {@code _} adjacent, a space a gap. The source is {@code $} or, unmarked, the nearest actor
 *       before the words; the target is {@code +} or, unmarked, the nearest actor after the verb,
 *       before or after the words that follow it; {@code %} is a compound whose members act on each
 *       other; {@code ^} skips a few words;
 *   <li>a pair of codes {@code [X:Y]} gives X from source to target and Y back;
 *   <li>a pattern with the null code {@code [---]} matches and codes nothing, so that it overrides
 *       the verb's own code where it applies ("received a card");
 * </ul>
 *
 * A more specific pattern beats a less specific one of the same verb: its confidence is higher, and
 * the coder prefers the more specific match of a trigger.
 */
final class PatternCompiler {
  /** The gap between the source and the first word of a pattern. */
  static final int SUBJECT_GAP = 8;

  /** The gap between two words of a pattern that a space separates. */
  static final int WORD_GAP = 6;

  /** The gap before a target placed by default: the nearest actor after the verb. */
  static final int TARGET_GAP = 12;

  /** The gap a {@code ^} (a noun phrase to skip) stands for. */
  static final int SKIP_GAP = 4;

  static final double BASE_CONFIDENCE = 0.6;
  static final double PER_WORD = 0.05;
  static final double MAX_CONFIDENCE = 0.9;

  private static final PatternAssembler.Phrases BE =
      PatternAssembler.Phrases.of(
          List.of(
              "was",
              "were",
              "is",
              "are",
              "been",
              "be",
              "being",
              "has been",
              "have been",
              "had been"));

  private static final PatternAssembler.Phrases BY = PatternAssembler.Phrases.of(List.of("by"));

  private final CodeTyping typing;
  private final FileLog log;
  private final SynsetResolver synsets;
  private final Set<String> synsetNames;
  private final String prefix;
  private final List<EventPattern> out = new ArrayList<>();

  /** Every form written out in the file: a verb's own word, or a form listed in {…}. */
  private final Set<String> written = new java.util.HashSet<>();

  private PatternCompiler(CodeTyping typing, VerbDictionary dictionary, FileLog log) {
    for (VerbDictionary.Block block : dictionary.blocks()) {
      for (VerbDictionary.Verb verb : block.verbs()) {
        written.add(verb.lemma());
        if (!verb.regular()) {
          written.addAll(verb.forms());
        }
      }
    }
    this.typing = typing;
    this.log = log;
    this.synsets = new SynsetResolver(dictionary.synsets());
    this.synsetNames = dictionary.synsets().keySet();
    this.prefix = log.file() + ":";
  }

  /** The patterns of {@code dictionary}; what cannot be compiled is logged as skipped. */
  static List<EventPattern> compile(VerbDictionary dictionary, CodeTyping typing, FileLog log) {
    PatternCompiler compiler = new PatternCompiler(typing, dictionary, log);
    for (VerbDictionary.Block block : dictionary.blocks()) {
      compiler.block(block);
    }
    TransformationCompiler.compile(dictionary, typing, log, compiler.out);
    return List.copyOf(compiler.out);
  }

  private void block(VerbDictionary.Block block) {
    Set<String> forms = new LinkedHashSet<>();
    block.verbs().forEach(v -> forms.addAll(forms(v)));
    if (forms.isEmpty()) {
      for (VerbDictionary.Pattern p : block.patterns()) {
        log.skip(p.line(), "pattern in a block with no verb", p.body());
      }
      return;
    }
    for (VerbDictionary.Verb verb : block.verbs()) {
      bareVerb(block, verb);
    }
    PatternAssembler.Phrases trigger = PatternAssembler.Phrases.of(forms);
    for (VerbDictionary.Pattern p : block.patterns()) {
      pattern(block, p, trigger);
    }
  }

  /**
   * The forms that trigger {@code verb}: a form made by rule gives way to the same word written out
   * as a verb elsewhere ("MET" has its own block, so "met" is not also a form of MEET).
   */
  private List<String> forms(VerbDictionary.Verb verb) {
    if (!verb.regular()) {
      return verb.forms();
    }
    List<String> out = new ArrayList<>();
    for (String form : verb.forms()) {
      if (form.equals(verb.lemma()) || !written.contains(form)) {
        out.add(form);
      }
    }
    return out;
  }

  /** The verb alone, active and passive, with its own code or its block's. */
  private void bareVerb(VerbDictionary.Block block, VerbDictionary.Verb verb) {
    String bracket = verb.code().orElse(block.code());
    Optional<List<String>> codes = CodeTyping.split(bracket);
    if (codes.isEmpty()) {
      log.skip(verb.line(), "bad code '" + bracket + "'", verb.lemma());
      return;
    }
    if (codes.get().stream().allMatch(CodeTyping.NULL::equals)) {
      log.skip(verb.line(), "verb with the null code: no event alone", verb.lemma());
      return;
    }
    String id = prefix + verb.line();
    int made = 0;
    List<String> written = forms(verb);
    if (written.isEmpty()) {
      return;
    }
    PatternAssembler.Phrases forms = PatternAssembler.Phrases.of(written);
    for (Coded coded : coded(codes.get(), block.code(), verb.line(), verb.lemma())) {
      PatternAssembler active =
          new PatternAssembler()
              .slot(coded.first)
              .gap(SUBJECT_GAP)
              .trigger(forms)
              .openGap(SUBJECT_GAP)
              .slot(coded.second);
      made += add(active, id + coded.suffix, coded, 0, false);
      PatternAssembler passive =
          new PatternAssembler()
              .slot(coded.second)
              .gap(3)
              .words(BE)
              .gap(2)
              .trigger(forms)
              .gap(WORD_GAP)
              .words(BY)
              .slot(coded.first);
      made += add(passive, id + "~passive" + coded.suffix, coded, 0, false);
    }
    if (made > 0) {
      log.merged();
    }
  }

  private void pattern(
      VerbDictionary.Block block, VerbDictionary.Pattern p, PatternAssembler.Phrases forms) {
    Optional<List<String>> codes = CodeTyping.split(p.code());
    if (codes.isEmpty()) {
      log.skip(p.line(), "bad code '" + p.code() + "'", p.body());
      return;
    }
    PatternLine.Parsed parsed = PatternLine.parse(p.body(), synsetNames);
    if (!parsed.ok()) {
      log.skip(p.line(), parsed.problem(), p.body());
      return;
    }
    parsed = compoundAfterVerb(parsed);
    boolean compound = parsed.has(PatternLine.Kind.COMPOUND);
    if (compound && (parsed.has(PatternLine.Kind.SOURCE) || parsed.has(PatternLine.Kind.TARGET))) {
      log.skip(p.line(), "a compound (%) beside a source or target mark", p.body());
      return;
    }
    boolean silent = codes.get().stream().allMatch(CodeTyping.NULL::equals);
    List<Coded> all;
    if (silent) {
      Optional<EventKind> kind = typing.blockKind(block.code());
      if (kind.isEmpty()) {
        log.skip(p.line(), "null code in a block with no code: nothing to override", p.body());
        return;
      }
      all = List.of(new Coded(CodeTyping.NULL, kind.get(), 'S', 'T', "", false));
    } else {
      all = coded(codes.get(), block.code(), p.line(), p.body());
    }
    String id = prefix + p.line();
    int words = countWords(parsed);
    int made = 0;
    List<List<Element>> variants = variants(parsed);
    for (Coded coded : all) {
      for (int v = 0; v < variants.size(); v++) {
        Optional<PatternAssembler> assembled = assemble(variants.get(v), forms, coded, p);
        if (assembled.isEmpty()) {
          return;
        }
        String variantId = id + (v == 0 ? "" : "~" + (v + 1)) + coded.suffix;
        made += add(assembled.get(), variantId, coded, words, silent);
      }
    }
    if (made > 0) {
      log.merged();
    }
  }

  /**
   * A compound (%) after the verb is the target: "- * WITH % [031]" is "A agreed with B and C", one
   * event for each of them. Before the verb it stays the parties of a symmetric act ("- % HAVE *
   * [191]": "A and B have postponed …").
   */
  private static PatternLine.Parsed compoundAfterVerb(PatternLine.Parsed parsed) {
    int verb = parsed.verb();
    List<PatternLine.Item> items = new ArrayList<>(parsed.items());
    boolean changed = false;
    for (int k = verb + 1; k < items.size(); k++) {
      PatternLine.Item item = items.get(k);
      if (item.kind() == PatternLine.Kind.COMPOUND && !parsed.has(PatternLine.Kind.TARGET)) {
        items.set(k, new PatternLine.Item(PatternLine.Kind.TARGET, "", item.joined()));
        changed = true;
      }
    }
    return changed ? new PatternLine.Parsed(List.copyOf(items), null) : parsed;
  }

  /** The kinds of one or two codes; logs and drops a code with none. */
  private List<Coded> coded(List<String> codes, String blockCode, int line, String text) {
    List<Coded> out = new ArrayList<>();
    if (codes.size() == 2 && codes.get(0).equals(codes.get(1))) {
      codes = List.of(codes.get(0));
      Optional<Coded> one = one(codes.get(0), blockCode, line, text, 'S', 'T', "");
      one.ifPresent(c -> out.add(c.symmetric()));
      return out;
    }
    if (!codes.get(0).equals(CodeTyping.NULL)) {
      one(codes.get(0), blockCode, line, text, 'S', 'T', "").ifPresent(out::add);
    }
    if (codes.size() == 2 && !codes.get(1).equals(CodeTyping.NULL)) {
      one(codes.get(1), blockCode, line, text, 'T', 'S', EventCoder.BACK).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Coded> one(
      String code,
      String blockCode,
      int line,
      String text,
      char first,
      char second,
      String suffix) {
    CodeTyping.Typed typed = typing.type(code, blockCode);
    if (typed.kind().isEmpty()) {
      log.skip(line, typed.problem(), text);
      return Optional.empty();
    }
    if (typed.byBlock()) {
      log.note("code outside CAMEO typed by its block's code");
    }
    return Optional.of(new Coded(code, typed.kind().get(), first, second, suffix, false));
  }

  /** A code with its kind and the slot roles of its direction. */
  private record Coded(
      String code, EventKind kind, char first, char second, String suffix, boolean sym) {
    Coded symmetric() {
      return new Coded(code, kind, first, second, suffix, true);
    }
  }

  /** One element of a pattern before assembly: an item, or a slot placed by default. */
  private record Element(PatternLine.Item item, char slot) {
    static Element of(PatternLine.Item item) {
      return new Element(item, ' ');
    }

    static Element slot(char role) {
      return new Element(null, role);
    }
  }

  /**
   * The element orders to try: the items, with the source put first when unmarked, and the target,
   * when unmarked, after the words that follow the verb or right after the verb.
   */
  private static List<List<Element>> variants(PatternLine.Parsed parsed) {
    boolean compound = parsed.has(PatternLine.Kind.COMPOUND);
    boolean source = !compound && !parsed.has(PatternLine.Kind.SOURCE);
    boolean target = !compound && !parsed.has(PatternLine.Kind.TARGET);
    List<Element> base = new ArrayList<>();
    if (source) {
      base.add(Element.slot('S'));
    }
    parsed.items().forEach(i -> base.add(Element.of(i)));
    if (!target) {
      return List.of(base);
    }
    List<List<Element>> out = new ArrayList<>();
    List<Element> last = new ArrayList<>(base);
    last.add(Element.slot('T'));
    out.add(last);
    int verb = source ? parsed.verb() + 1 : parsed.verb();
    if (verb < base.size() - 1) {
      List<Element> early = new ArrayList<>(base);
      early.add(verb + 1, Element.slot('T'));
      out.add(early);
    }
    return out;
  }

  private Optional<PatternAssembler> assemble(
      List<Element> elements,
      PatternAssembler.Phrases forms,
      Coded coded,
      VerbDictionary.Pattern p) {
    PatternAssembler a = new PatternAssembler();
    for (int k = 0; k < elements.size(); k++) {
      Element e = elements.get(k);
      boolean joined = false;
      if (e.item() == null) {
        a.slot(role(e.slot(), coded));
      } else {
        PatternLine.Item item = e.item();
        joined = item.joined();
        switch (item.kind()) {
          case WORD -> a.words(List.of(item.text()));
          case SYNSET -> {
            Optional<PatternAssembler.Phrases> phrases = synset(item.text());
            if (phrases.isEmpty()) {
              log.skip(p.line(), "synset &" + item.text() + " nests too deep", p.body());
              return Optional.empty();
            }
            a.words(phrases.get());
          }
          case VERB -> a.trigger(forms);
          case SOURCE -> a.slot(role('S', coded));
          case TARGET -> a.slot(role('T', coded));
          case COMPOUND -> a.slot('P');
          case SKIP -> a.openGap(SKIP_GAP);
        }
      }
      if (k < elements.size() - 1 && !joined) {
        Element next = elements.get(k + 1);
        if (e.item() == null && e.slot() == 'S' && k == 0) {
          a.gap(SUBJECT_GAP); // the subject's gap stops at every clause boundary
        } else {
          a.openGap(next.item() == null && next.slot() == 'T' ? TARGET_GAP : WORD_GAP);
        }
      }
    }
    return Optional.of(a);
  }

  private final java.util.Map<String, Optional<PatternAssembler.Phrases>> synsetWords =
      new java.util.HashMap<>();

  /** The phrases of a synset, compiled once. */
  private Optional<PatternAssembler.Phrases> synset(String name) {
    return synsetWords.computeIfAbsent(
        name, n -> synsets.phrases(n).map(PatternAssembler.Phrases::of));
  }

  /** The role a written slot plays for a code: the second code of a pair swaps them. */
  private static char role(char written, Coded coded) {
    if (written == 'S') {
      return coded.first;
    }
    return written == 'T' ? coded.second : written;
  }

  private int add(PatternAssembler a, String id, Coded coded, int words, boolean silent) {
    double confidence = Math.min(MAX_CONFIDENCE, BASE_CONFIDENCE + PER_WORD * words);
    try {
      out.add(a.build(id, id, coded.kind, coded.code, coded.sym, confidence, silent));
      return 1;
    } catch (PatternFormatException e) {
      log.note("pattern variant not compiled: " + e.getMessage().replaceFirst("^.*?: ", ""));
      return 0;
    }
  }

  private static int countWords(PatternLine.Parsed parsed) {
    int n = 0;
    for (PatternLine.Item i : parsed.items()) {
      if (i.kind() == PatternLine.Kind.WORD || i.kind() == PatternLine.Kind.SYNSET) {
        n++;
      }
    }
    return n;
  }
}
