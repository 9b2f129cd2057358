package dev.dyad.core.coding.patterns;

import dev.dyad.core.coding.ontology.EventType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled event pattern: one line of a pattern file.
 *
 * @param id unique id, carried to every event it codes ("aid.send.weapons")
 * @param type the PLOVER type it codes
 * @param mode the mode, or empty
 * @param elements the compiled elements
 * @param trigger index in {@code elements} of the word group that names the action
 * @param symmetric whether each match codes both directions
 * @param confidence base confidence, 0..1
 * @param origin file and line, for messages
 * @param passive whether the pattern itself spells out a passive ("be … by"); other patterns do not
 *     match a trigger used as a passive participle
 * @param sourceAsState whether the source is coded as its bare state: when a state sends troops or
 *     weapons, the state acts and the troops are the object
 * @param salientPair whether the pattern has no {T} and targets the two states the document is
 *     about ("The U.S. condemned the cooperation"); such a pattern yields to any other match of its
 *     trigger
 * @param agentFirst for a pair pattern on a transfer ("condemned the transfer"): the target is the
 *     source of the last transfer the document coded before, when there is one
 * @param code the event code a dictionary gives the pattern (a CAMEO code such as "064", or the
 *     dictionary's own extension of one such as "174K"), carried to its events as their CAMEO code;
 *     empty for Dyad's own patterns, whose code comes from the ontology
 * @param silent whether a match codes nothing: a dictionary's null code ({@code [---]}) that
 *     overrides a more general pattern of its verb ("received a card" is no visit)
 * @param verb whether the trigger is always a verb (every pattern compiled from a verb dictionary),
 *     so that the noun guards apply to it as to {@link #verbal()} patterns
 * @param impliedAgent for an agentless passive ({@code {T}} alone, option {@code by=COP}): the
 *     sector of the state that does such acts (police arrest, courts charge and sentence, the
 *     government deports); the coder supplies the source as that sector of the place of the act
 *     (CAMEO coders' practice, issue 11). Empty for every other pattern.
 * @param actReference for a pattern whose object is an act named by a bare noun ("condemned the
 *     arrest", option {@code act=}): the target is who did that act (see {@link ActReference}).
 *     Empty for every other pattern.
 * @param limits the sectors its source and target must have (options {@code src=}, {@code tgt=})
 */
public record EventPattern(
    String id,
    EventType type,
    Optional<String> mode,
    List<PatternElement> elements,
    int trigger,
    boolean symmetric,
    double confidence,
    String origin,
    boolean passive,
    boolean sourceAsState,
    boolean salientPair,
    boolean agentFirst,
    Optional<String> code,
    boolean silent,
    boolean verb,
    Optional<String> impliedAgent,
    Optional<ActReference> actReference,
    SectorLimits limits) {

  public EventPattern {
    elements = List.copyOf(elements);
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(impliedAgent, "impliedAgent");
    java.util.Objects.requireNonNull(actReference, "actReference");
    java.util.Objects.requireNonNull(limits, "limits");
  }

  /** A pattern with its source and target both named by the text: no agentless passive, no act. */
  public EventPattern(
      String id,
      EventType type,
      Optional<String> mode,
      List<PatternElement> elements,
      int trigger,
      boolean symmetric,
      double confidence,
      String origin,
      boolean passive,
      boolean sourceAsState,
      boolean salientPair,
      boolean agentFirst,
      Optional<String> code,
      boolean silent,
      boolean verb) {
    this(
        id,
        type,
        mode,
        elements,
        trigger,
        symmetric,
        confidence,
        origin,
        passive,
        sourceAsState,
        salientPair,
        agentFirst,
        code,
        silent,
        verb,
        Optional.empty(),
        Optional.empty(),
        SectorLimits.NONE);
  }

  /**
   * A pattern made by the coder around this one's match (a commitment's AGREE, a warning's
   * THREATEN): the same words and trigger, another id, type and mode, none of this one's options.
   */
  public EventPattern derived(
      String id,
      EventType type,
      Optional<String> mode,
      boolean symmetric,
      double confidence,
      String origin) {
    return new EventPattern(
        id,
        type,
        mode,
        elements,
        trigger,
        symmetric,
        confidence,
        origin,
        false,
        false,
        false,
        false,
        Optional.empty(),
        false,
        false);
  }

  /**
   * Whether the pattern codes an event with a source and no target: it has {@code {S}} alone and is
   * not a pair pattern ("{S} … !resign", targetless.txt).
   */
  public boolean targetless() {
    if (salientPair || impliedAgent.isPresent()) {
      return false;
    }
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Slot s && s.role() != 'S') {
        return false;
      }
    }
    return true;
  }

  /** The trigger element. */
  PatternElement.Words triggerWords() {
    return (PatternElement.Words) elements.get(trigger);
  }

  /**
   * Whether the trigger is a verb with its subject before it: "{S} … !shell", "{T} … be !pay", or
   * any pattern of a verb dictionary. Nominal patterns ("!shipment of", "{S} 's? …2 !strike on")
   * read the same words as nouns.
   */
  public boolean verbal() {
    if (verb) {
      return true;
    }
    if (trigger < 2) {
      return false;
    }
    PatternElement before = elements.get(trigger - 1);
    return before instanceof PatternElement.Gap
        && elements.get(trigger - 2) instanceof PatternElement.Slot;
  }

  /**
   * How many tokens its trigger spans at {@code pos} (the longest of its words that match there;
   * "wire tapped" is two), or 0 when none matches.
   */
  public int triggerLength(List<dev.dyad.core.text.Token> tokens, int pos) {
    PatternElement.Words w = triggerWords();
    int[] lengths = new int[w.alternatives().size()];
    int found = w.match(tokens, pos, 1, lengths);
    int longest = 0;
    for (int k = 0; k < found; k++) {
      longest = Math.max(longest, lengths[k]);
    }
    return longest;
  }

  /**
   * Whether a word of the pattern other than its trigger can be this token key: such a pattern was
   * written for the sense that word gives ("launch … inquiry" names the inquiry it launches).
   */
  public boolean names(String key) {
    for (int i = 0; i < elements.size(); i++) {
      if (i != trigger && elements.get(i) instanceof PatternElement.Words w) {
        for (List<Set<String>> seq : w.alternatives()) {
          for (Set<String> keys : seq) {
            if (keys.contains(key)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** How many literal and class elements it has: a rough measure of how specific it is. */
  public int specificity() {
    int n = 0;
    for (PatternElement e : elements) {
      if (!(e instanceof PatternElement.Gap)) {
        n++;
      }
    }
    return n;
  }
}
