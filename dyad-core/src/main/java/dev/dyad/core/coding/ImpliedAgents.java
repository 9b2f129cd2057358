package dev.dyad.core.coding;

import dev.dyad.core.actors.ActorKind;
import dev.dyad.core.coding.mentions.Party;
import dev.dyad.core.coding.mentions.SlotFill;
import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.PatternMatcher;
import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agent of an act of the state told in the passive with no agent ("A man was arrested in
 * Lahore", "Two British nationals have been charged with spying in Iran", "he was deported"). News
 * tells most arrests, charges and deportations so; CAMEO coders, and the development set's
 * annotators, supply the agent: the police for arrests, the courts for charges, trials and
 * sentences, the government for deportations (the pattern's {@code by=} option names which).
 *
 * <p>The agent's country is, in this order: the place the sentence names for the act ("in Lahore",
 * "in Iran"; for a deportation also "from Spain"); the country of police, courts or a government
 * the sentence names ("…, Pakistani prosecutors said"); the country the article is about (named
 * most, or its dateline's). With none, nothing is coded: an agent with no country is no actor.
 *
 * <p>The victim must be a person or a group (a sector of a state, a person, a private person): "the
 * bill was passed" or "Iran was sanctioned" never imply an agent.
 */
final class ImpliedAgents {
  private ImpliedAgents() {}

  /** Words that place an act ("arrested in Lahore", "detained at Heathrow"). */
  private static final Set<String> PLACING = Set.of("in", "at", "inside", "near");

  /** The words an implied source carries as its text: it is named nowhere in the sentence. */
  private static final Map<String, String> WORDS =
      Map.of("COP", "(police)", "JUD", "(court)", "GOV", "(government)", "LEG", "(legislature)");

  /** Sectors whose country, named in the sentence, is where the act was done: the implied ones. */
  private static final Set<String> AUTHORITIES = WORDS.keySet();

  /**
   * Drops an agentless passive whose agent the sentence names after all: another pattern matched
   * the same trigger ("arrested by rebels" keeps the rebels), or "by" follows the participle within
   * a few words ("was arrested by masked men": not the police, whoever they are). A pattern that
   * takes the place of the act as its source ("was arrested in Iran" → IRN) yields to the implied
   * agent, which names the place's police.
   */
  static void yieldToNamedAgents(List<Token> tokens, List<PatternMatcher.Match> matches) {
    matches.removeIf(
        m ->
            m.pattern().impliedAgent().isPresent()
                && (byFollows(tokens, m.trigger())
                    || matches.stream()
                        .anyMatch(
                            o ->
                                o.trigger() == m.trigger()
                                    && o.pattern().impliedAgent().isEmpty()
                                    && !placeAsSource(o.pattern()))));
    matches.removeIf(
        m ->
            placeAsSource(m.pattern())
                && matches.stream()
                    .anyMatch(
                        o -> o.trigger() == m.trigger() && o.pattern().impliedAgent().isPresent()));
  }

  /** Patterns that take the place of the act as its doer ("was arrested in {S}"). */
  private static boolean placeAsSource(EventPattern p) {
    return p.id().endsWith(".in") || p.id().endsWith(".from");
  }

  private static boolean byFollows(List<Token> tokens, int trigger) {
    for (int k = trigger + 1; k < Math.min(tokens.size(), trigger + 5); k++) {
      if (tokens.get(k).key().equals("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The implied source of {@code m} acting on {@code target}, or empty when the target is not a
   * person or group, or no country is known.
   */
  static Optional<Party> agent(
      EventPattern p,
      PatternMatcher.Match m,
      Party target,
      List<Token> tokens,
      List<SlotFill> fills,
      Optional<String> articleCountry) {
    String sector = p.impliedAgent().orElseThrow();
    if (!personOrGroup(target)) {
      return Optional.empty();
    }
    Optional<String> country =
        placeOfAct(p, m, tokens, fills)
            .or(() -> authorityNamed(m, fills))
            .or(() -> articleCountry)
            .filter(c -> c.length() == 3);
    return country
        .map(c -> new Party(c + sector, c, WORDS.get(sector), ActorKind.ROLE, false, true))
        // A state's own police are not arrested by its police in this reading, nor its courts
        // charged by its courts: an officer arrested is told with a name or a role we keep.
        .filter(s -> !s.code().equals(target.code()));
  }

  private static boolean personOrGroup(Party t) {
    if (t.privatePerson() || t.kind() == ActorKind.PERSON || t.kind() == ActorKind.TITLE) {
      return true;
    }
    // A state's people or organs carry a sector after the country ("two British nationals":
    // GBRCVL, "opposition activists": BLROPP); a bare state (IRN), a place or an international
    // body (IGO…) is no person held, charged or deported.
    return t.kind() != ActorKind.PLACE
        && t.code().length() > 3
        && !t.code().startsWith("IGO")
        && !t.code().equals(t.country());
  }

  /**
   * The country of the place the sentence names for the act: after "in", "at", "near" (and, for a
   * deportation, "from"), the nearest after the participle, else one that opens the sentence.
   */
  private static Optional<String> placeOfAct(
      EventPattern p, PatternMatcher.Match m, List<Token> tokens, List<SlotFill> fills) {
    boolean deport = p.mode().filter("deport"::equals).isPresent();
    Optional<String> before = Optional.empty();
    Optional<String> after = Optional.empty();
    int nearest = Integer.MAX_VALUE;
    for (SlotFill f : fills) {
      if (f.first() == 0 || overlaps(f, m.target()) || f.parties().size() != 1) {
        continue;
      }
      Party place = f.parties().get(0);
      if (place.kind() != ActorKind.PLACE && place.kind() != ActorKind.COUNTRY) {
        continue;
      }
      String tie = tokens.get(f.first() - 1).key();
      if (!(PLACING.contains(tie) || (deport && tie.equals("from")))) {
        continue;
      }
      if (f.first() > m.trigger()) {
        if (f.first() < nearest) {
          nearest = f.first();
          after = Optional.of(place.country());
        }
      } else if (f.first() == 1 && (m.target() == null || f.last() < m.target().first())) {
        // Before the participle only a place that opens the sentence, ahead of the victim ("In
        // Lahore, a man was arrested"); one inside the subject's words describes the subject ("X,
        // a senior figure at the Holy See, …").
        before = Optional.of(place.country());
      }
    }
    return after.isPresent() ? after : before;
  }

  /** The country of police, courts or a government the sentence names (not the victim). */
  private static Optional<String> authorityNamed(PatternMatcher.Match m, List<SlotFill> fills) {
    for (SlotFill f : fills) {
      if (overlaps(f, m.target())) {
        continue;
      }
      for (Party a : f.parties()) {
        if (a.code().length() == 6 && AUTHORITIES.contains(a.code().substring(3))) {
          return Optional.of(a.country());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean overlaps(SlotFill f, SlotFill g) {
    return g != null && f.first() <= g.last() && g.first() <= f.last();
  }
}
