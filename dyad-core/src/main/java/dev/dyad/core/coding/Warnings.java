package dev.dyad.core.coding;

import dev.dyad.core.coding.mentions.Party;
import dev.dyad.core.coding.mentions.SlotFill;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.Fillers;
import dev.dyad.core.coding.patterns.PatternMatcher;
import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Warnings that are threats: "China warned that it could impose sanctions on Australia", "Chinese
 * officials warned that Beijing would retaliate against Canberra". PLOVER codes a conditional
 * hostile act announced by its own side as THREATEN from the one who warns to the act's target.
 * This class finds "warn (that) X could/would/might …" before a matched hostile act whose actor is
 * of the warner's own country, and gives the THREATEN match; the act itself is then left uncoded,
 * as after "threatened to" (a THREATEN trigger governs it).
 *
 * <p>Someone else's act is a forecast, not a threat: "the UN warned that Russia could attack" is no
 * event of this kind.
 */
final class Warnings {
  static final String PATTERN_ID = "threaten.warn.act";

  private static final Set<String> WARN = Set.of("warn", "warns", "warned", "warning");
  private static final Set<String> MODALS =
      Set.of("would", "will", "could", "might", "may", "can", "'d", "'ll");

  /** What the threat threatens, by the type of the act, as THREATEN modes. */
  private static final Map<EventType, Optional<String>> HOSTILE =
      Map.of(
          EventType.SANCTION, Optional.of("sanctions"),
          EventType.ASSAULT, Optional.of("attack"),
          EventType.COERCE, Optional.empty(),
          EventType.MOBILIZE, Optional.empty(),
          EventType.PROTEST, Optional.empty());

  /** Words between the modal and the act: "could also", "would soon", "might next". */
  private static final int MAX_AFTER_MODAL = 3;

  private static final double CONFIDENCE = 0.8;

  private Warnings() {}

  /** The THREATEN match for a warning before {@code act}, when there is one. */
  static Optional<PatternMatcher.Match> threat(
      List<Token> tokens, List<SlotFill> fills, PatternMatcher.Match act) {
    EventPattern p = act.pattern();
    Optional<String> mode = HOSTILE.get(p.type());
    if (mode == null || act.source() == null || act.target() == null) {
      return Optional.empty();
    }
    SlotFill actor = act.source();
    if (!modalBetween(tokens, actor.last() + 1, act.trigger())) {
      return Optional.empty();
    }
    int k = actor.first() - 1;
    if (k >= 0 && tokens.get(k).key().equals("that")) {
      k--;
    }
    if (k < 1) {
      return Optional.empty();
    }
    // "warned on Monday that", "warned in a statement that".
    int warn = k - Fillers.adverbialsEndingAt(tokens, k);
    if (warn < 1 || !WARN.contains(tokens.get(warn).key())) {
      return Optional.empty();
    }
    SlotFill warner = warnerBefore(tokens, fills, warn);
    if (warner == null || warner.reference() || !sameCountry(warner, actor)) {
      return Optional.empty();
    }
    EventPattern threaten =
        p.derived(
            PATTERN_ID,
            EventType.THREATEN,
            mode,
            false,
            Math.min(p.confidence(), CONFIDENCE),
            p.origin());
    return Optional.of(
        new PatternMatcher.Match(
            threaten,
            warn,
            warner.first(),
            act.last(),
            warner,
            act.target(),
            null,
            act.gaps(),
            Optional.empty(),
            -1,
            -1));
  }

  private static boolean modalBetween(List<Token> tokens, int from, int trigger) {
    for (int k = from; k < trigger && k < from + MAX_AFTER_MODAL; k++) {
      if (MODALS.contains(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The actor who warns: the fill right before "warned", past adverbials ("China on Monday warned")
   * or an apposition ("Zhao Lijian, a ministry spokesman, warned").
   */
  private static SlotFill warnerBefore(List<Token> tokens, List<SlotFill> fills, int warn) {
    int end = warn - 1;
    end -= Fillers.adverbialsEndingAt(tokens, end);
    if (end >= 0 && tokens.get(end).key().equals(",")) {
      int apposition = Fillers.appositionBefore(tokens, end);
      if (apposition > 0) {
        end -= apposition;
      }
    }
    SlotFill best = null;
    for (SlotFill f : fills) {
      if (f.last() == end && (best == null || f.first() < best.first())) {
        best = f;
      }
    }
    return best;
  }

  private static boolean sameCountry(SlotFill a, SlotFill b) {
    for (Party x : a.parties()) {
      for (Party y : b.parties()) {
        if (x.country().equals(y.country())) {
          return true;
        }
      }
    }
    return false;
  }
}
