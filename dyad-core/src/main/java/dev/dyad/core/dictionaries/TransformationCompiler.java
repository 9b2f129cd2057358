package dev.dyad.core.dictionaries;

import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.PatternAssembler;
import dev.dyad.core.coding.patterns.PatternFormatException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Honours the transformations of a verb dictionary that read as a sequence of words, each verb
 * standing for every verb of its block:
 *
 * <ul>
 *   <li>{@code ~ a (b . ATTACK) SAY = a b 112}: "A said B attacked …" is A accusing B;
 *   <li>{@code ~ a (_ b ATTACK) WANT = a b 138}: "A wants to attack B" is A threatening B;
 *   <li>{@code ~ a (a b ATTACK) SAY = a b …}: "A said it would attack B".
 * </ul>
 *
 * The others (any verb {@code Q}, roles that do not map onto the outer source and inner actor) are
 * skipped and logged.
 */
final class TransformationCompiler {
  private TransformationCompiler() {}

  static void compile(
      VerbDictionary dictionary, CodeTyping typing, FileLog log, List<EventPattern> out) {
    for (VerbDictionary.Transformation t : dictionary.transformations()) {
      one(dictionary, typing, log, out, t)
          .ifPresent(problem -> log.skip(t.line(), problem, t.text()));
    }
  }

  /** Compiles {@code t}; returns why not, when it cannot be. */
  private static Optional<String> one(
      VerbDictionary dictionary,
      CodeTyping typing,
      FileLog log,
      List<EventPattern> out,
      VerbDictionary.Transformation t) {
    if (t.innerVerb().equals("Q") || t.code().equals("Q")) {
      return Optional.of("transformation over any verb (Q): nothing to add to the inner event");
    }
    String outer = t.outer();
    String inner =
        t.innerSource().equals(outer) || t.innerSource().equals("_")
            ? t.innerTarget()
            : t.innerSource();
    boolean forward = t.source().equals(outer) && t.target().equals(inner);
    boolean backward = t.source().equals(inner) && t.target().equals(outer);
    if (!forward && !backward) {
      return Optional.of("transformation whose result is not the outer source and inner actor");
    }
    Optional<Set<String>> outerForms = forms(dictionary, t.outerVerb());
    Optional<Set<String>> innerForms = forms(dictionary, t.innerVerb());
    if (outerForms.isEmpty() || innerForms.isEmpty()) {
      return Optional.of(
          "transformation verb "
              + (outerForms.isEmpty() ? t.outerVerb() : t.innerVerb())
              + " is no verb of the dictionary");
    }
    CodeTyping.Typed typed = typing.type(t.code(), CodeTyping.NULL);
    if (typed.kind().isEmpty()) {
      return Optional.of(typed.problem());
    }
    char s = forward ? 'S' : 'T';
    char o = forward ? 'T' : 'S';
    PatternAssembler a = new PatternAssembler().slot(s).gap(PatternCompiler.SUBJECT_GAP);
    a.trigger(PatternAssembler.Phrases.of(outerForms.get()));
    if (t.innerSource().equals(outer)) {
      // "A said it would attack B"
      a.gap(4).words(innerForms.get()).gap(PatternCompiler.WORD_GAP).slot(o);
    } else if (t.innerSource().equals("_")) {
      // "A wants to attack B"
      a.optionalWords(List.of("to"))
          .gap(2)
          .words(innerForms.get())
          .gap(PatternCompiler.WORD_GAP)
          .slot(o);
    } else if (t.innerTarget().equals(".") || t.innerTarget().equals("_")) {
      // "A said B attacked …"
      a.optionalWords(List.of("that")).gap(3).slot(o).gap(4).words(innerForms.get());
    } else {
      return Optional.of("transformation with two inner actors");
    }
    String id = log.file() + ":" + t.line();
    try {
      out.add(a.build(id, id, typed.kind().get(), t.code(), false, 0.7, false));
    } catch (PatternFormatException e) {
      return Optional.of("transformation not compiled: " + e.getMessage());
    }
    log.merged();
    return Optional.empty();
  }

  /** The forms of every verb in the block of the verb written {@code verb}. */
  private static Optional<Set<String>> forms(VerbDictionary dictionary, String verb) {
    for (VerbDictionary.Block block : dictionary.blocks()) {
      boolean here =
          block.name().equals(verb) || block.verbs().stream().anyMatch(v -> v.lemma().equals(verb));
      if (here) {
        Set<String> forms = new LinkedHashSet<>();
        block.verbs().forEach(v -> forms.addAll(v.forms()));
        if (!forms.isEmpty()) {
          return Optional.of(forms);
        }
      }
    }
    return Optional.empty();
  }
}
