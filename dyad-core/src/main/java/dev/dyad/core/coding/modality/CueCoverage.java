package dev.dyad.core.coding.modality;

import dev.dyad.core.coding.clauses.Clause;
import dev.dyad.core.coding.clauses.ClauseKind;
import dev.dyad.core.coding.clauses.ClauseSplitter;
import dev.dyad.core.coding.clauses.Clauses;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a cue found in a sentence reaches the event's trigger, by the cue's {@link CueScope}. One
 * sentence, its clauses and the event's span are fixed per instance.
 *
 * <p>The span is the coder's pattern match, and the words it holds before the trigger belong to the
 * event phrase ("have explored conducting joint military exercises"). So an auxiliary inside the
 * span reaches the trigger however many words stand between, and a planned complement verb that is
 * itself the pattern's trigger ("explored", "agreed to") governs the rest of the span. Clause
 * boundaries still hold: a cue in a relative clause inside the span reaches nothing.
 */
final class CueCoverage {
  /**
   * Content words allowed between an auxiliary and the trigger ("may be preparing a second
   * deployment").
   */
  private static final int AUX_GAP = 4;

  /** Words allowed between a modifier and its noun ("the alleged arms transfer"). */
  private static final int MODIFIER_GAP = 2;

  /** Between an auxiliary and the trigger these do not count: "has not yet", "could soon be". */
  private static final Set<String> LIGHT =
      Set.of(
          "have", "has", "had", "having", "be", "is", "are", "was", "were", "been", "being", "am",
          "soon", "also", "still", "yet", "already", "then", "again", "now", "ever", "even",
          "further", "just", "once", "first", "-");

  /**
   * What may stand before a participle modifier cue: "the alleged", "Russia's reported", "of
   * suspected", "regarding planned". After any other word the participle is more likely a verb
   * ("Seoul reported shipments"), so it does not count as a modifier.
   */
  private static final Set<String> BEFORE_MODIFIER =
      Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "these",
          "those",
          "its",
          "their",
          "his",
          "her",
          "our",
          "any",
          "of",
          "on",
          "for",
          "to",
          "in",
          "about",
          "over",
          "and",
          "or",
          "by",
          "with",
          "from",
          "into",
          "amid",
          "despite",
          "after",
          "before",
          "new",
          "another",
          "further",
          "more",
          "such",
          "regarding",
          "concerning",
          "toward",
          "towards",
          "against",
          "at",
          "under",
          "between",
          "including",
          "like",
          "than",
          "without",
          "through",
          "via",
          "around",
          "within",
          "upon",
          "no",
          "two",
          "several",
          "some",
          "many",
          "other");

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "any",
          "such");

  /** What cannot stand between a modifier cue and its noun. */
  private static final Set<String> NOT_MODIFIER_GAP =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "by", "for", "with", "and", "or", "that",
          "which", "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would",
          "could", "may", "might");

  private final List<Token> tokens;
  private final Clauses clauses;
  private final EventSpan span;
  private final int trigger;
  private final Clause triggerClause;

  CueCoverage(List<Token> tokens, Clauses clauses, EventSpan span) {
    this.tokens = tokens;
    this.clauses = clauses;
    this.span = span;
    this.trigger = span.trigger();
    this.triggerClause = clauses.of(trigger);
  }

  private static final int NOMINAL_SUBJECT_REACH = 6;
  private static final Pattern NOMINAL_ENDING =
      Pattern.compile("(?:ing|ment|ments|tion|tions|sion|sions|ance|ence)$");

  boolean covers(CueMatch match, Cue cue) {
    if (properNameOrMonth(match)) {
      return false;
    }
    if (match.contains(trigger)) {
      return governsRestOfSpan(match, cue);
    }
    Clause cueClause = clauses.of(match.start());
    boolean before = match.end() <= trigger;
    return switch (cue.scope()) {
      case AUX, AUX_REPORTED ->
          before && cueClause.id() == triggerClause.id() && auxReaches(match)
              || !before
                  && cue.modality() == Modality.SPECULATIVE
                  && cueClause.id() == triggerClause.id()
                  && hedgesNominalSubject(match);
      case AUX_IF ->
          before
              && cueClause.id() == triggerClause.id()
              && auxReaches(match)
              && clauses.hasCondition();
      case MODIFIER -> before && modifies(match) && !modifiesSubjectOfVerb(match);
      case CLAUSE ->
          !hedgesAdjectiveOfObject(match)
                  && cueClause.id() == triggerClause.id()
                  && (before || noCommaUpTo(match.start()) && !hedgesLaterVerb(match))
              || before && clauses.reaches(cueClause, triggerClause);
      case COMPLEMENT ->
          before
              && (!afterDeterminer(match) || nounWithInfinitive(match, cue))
              && !inFrontedPhrase(match)
              && clauses.reaches(cueClause, triggerClause);
      case FRAME -> clauses.reaches(cueClause, triggerClause);
      case FRAME_AFTER ->
          !before && cueClause.kind() == ClauseKind.FRAME && clauses.underTopLevel(triggerClause);
      case SENTENCE_PREFIX ->
          before
              && startsTopLevelClause(match.start())
              && clauses.reaches(cueClause, triggerClause);
      case CONDITION ->
          cueClause.kind() == ClauseKind.CONDITION
              && cueClause.opener() >= match.start()
              && cueClause.opener() < match.end()
              && clauses.within(cueClause, triggerClause);
      case APPOSITIVE ->
          !before
              && match.start() > 0
              && ClauseSplitter.isComma(tokens, match.start() - 1)
              && clauses.underTopLevel(triggerClause);
    };
  }

  /**
   * A modal after the event hedges it when the event is named as the subject of the hedged clause
   * ("North Korea's involvement in supplying missiles to Russia could undermine …"): the sentence
   * speculates about consequences, and the event is only its backdrop, not a report of it. The
   * event must be nominal (a gerund or a noun like "deployment", or follow a determiner or a
   * possessive) and end a few words before the modal, with no comma between.
   */
  private boolean hedgesNominalSubject(CueMatch match) {
    if (span.last() >= match.start() || match.start() - span.last() > NOMINAL_SUBJECT_REACH) {
      return false;
    }
    for (int i = span.last() + 1; i < match.start(); i++) {
      if (ClauseSplitter.isComma(tokens, i)) {
        return false;
      }
    }
    String key = tokens.get(trigger).key();
    boolean nominal = NOMINAL_ENDING.matcher(key).find();
    if (!nominal && trigger > 0) {
      Token before = tokens.get(trigger - 1);
      nominal = before.possessive() || DETERMINERS.contains(before.key());
    }
    return nominal;
  }

  /**
   * The pattern's trigger is a planned complement verb and the event it codes follows it in the
   * span: "have explored conducting joint exercises", "agreed to hold drills". Only planned cues: a
   * trigger such as "accused" or "denied access" names an act of its own, which happened.
   */
  private boolean governsRestOfSpan(CueMatch match, Cue cue) {
    return cue.scope() == CueScope.COMPLEMENT
        && cue.modality() == Modality.PLANNED
        && span.last() >= match.end();
  }

  /**
   * Nothing but light words and at most a few others from the auxiliary to the trigger, no comma;
   * inside the event's span any number of words ("are set to begin large-scale joint naval and air
   * exercises").
   */
  private boolean auxReaches(CueMatch match) {
    boolean inSpan = match.start() >= span.first();
    int heavy = 0;
    for (int j = match.end(); j < trigger; j++) {
      String key = tokens.get(j).key();
      if (ClauseSplitter.isComma(tokens, j) || clauses.of(j).id() != triggerClause.id()) {
        return false;
      }
      if (!LIGHT.contains(key) && !key.endsWith("ly")) {
        heavy++;
      }
    }
    return inSpan || heavy <= AUX_GAP;
  }

  /**
   * "the alleged deployment", "Russia's reported arms transfer": next to the noun, after a
   * determiner.
   */
  private boolean modifies(CueMatch match) {
    if (trigger - match.end() > MODIFIER_GAP) {
      return false;
    }
    for (int j = match.end(); j < trigger; j++) {
      String key = tokens.get(j).key();
      if (NOT_MODIFIER_GAP.contains(key) || !(word(key) || key.equals("-"))) {
        return false;
      }
    }
    if (match.start() == 0 || !participle(match)) {
      return true;
    }
    Token previous = tokens.get(match.start() - 1);
    return previous.possessive()
        || BEFORE_MODIFIER.contains(previous.key())
        || !word(previous.key());
  }

  /** Prepositions that open a fronted phrase: "After the allegations surfaced, X resigned". */
  private static final Set<String> FRONTING =
      Set.of("after", "following", "before", "amid", "amidst", "despite", "over", "since", "until");

  /**
   * "In 2017, after misconduct allegations surfaced, X resigned": the cue stands in a phrase a
   * preposition opens at the start of the sentence (or after a comma), and a comma closes that
   * phrase before the trigger. The phrase dates or explains the act; what it calls a claim is not
   * the act. A cue whose clause holds the trigger ("after allegations that X sent troops") still
   * counts.
   */
  private boolean inFrontedPhrase(CueMatch match) {
    int opener = -1;
    for (int j = match.start() - 1; j >= 0; j--) {
      if (ClauseSplitter.isComma(tokens, j)) {
        break;
      }
      if (FRONTING.contains(tokens.get(j).key())
          && (j == 0 || ClauseSplitter.isComma(tokens, j - 1))) {
        opener = j;
        break;
      }
    }
    if (opener < 0) {
      return false;
    }
    for (int j = match.end(); j < trigger; j++) {
      if (ClauseSplitter.isComma(tokens, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the suspected gunman surrendered": the event's phrase starts on the noun between the modifier
   * and a trigger in the past tense, so the modifier hedges the subject's description, not the act.
   * "the alleged arms transfer" (a noun trigger) is still hedged.
   */
  private boolean modifiesSubjectOfVerb(CueMatch match) {
    return span.first() >= match.end()
        && span.first() < trigger
        && tokens.get(trigger).key().endsWith("ed");
  }

  /**
   * "cleared reportedly peaceful protesters": an adverb cue after the trigger, inside the event's
   * span, followed by a word and then the rest of the span hedges that word (an adjective of the
   * object), not the act. "was held reportedly" or "deployed, reportedly, …" are untouched.
   */
  private boolean hedgesAdjectiveOfObject(CueMatch match) {
    if (match.start() <= trigger || match.end() >= span.last() || match.end() + 1 > span.last()) {
      return false;
    }
    if (!tokens.get(match.end() - 1).key().endsWith("ly")) {
      return false;
    }
    String next = tokens.get(match.end()).key();
    return word(next)
        && !Character.isDigit(next.codePointAt(0))
        && !NOT_MODIFIER_GAP.contains(next)
        && !next.endsWith("ing");
  }

  /**
   * "alleged", "reported", "planned": a modifier spelled like a past tense, which after a noun or
   * verb is the verb itself. Plain adjectives ("potential", "possible", "likely") modify whatever
   * comes before them: "discussed potential deals".
   */
  private boolean participle(CueMatch match) {
    return tokens.get(match.end() - 1).key().endsWith("ed");
  }

  /** At the start of the sentence, or right after ":", ";" or a dash ("Risks: if true, …"). */
  private boolean startsTopLevelClause(int at) {
    if (ClauseSplitter.startsSentence(tokens, at)) {
      return true;
    }
    Clause clause = clauses.of(at);
    return clause.kind() == ClauseKind.COORDINATE
        && clause.opener() == at - 1
        && !ClauseSplitter.isComma(tokens, at - 1);
  }

  /**
   * A clause adverb after the trigger counts only without a comma between: "the summit is planned",
   * but not "it provides aid, potentially undermining …".
   */
  private boolean noCommaUpTo(int cue) {
    for (int j = trigger + 1; j < cue; j++) {
      if (ClauseSplitter.isComma(tokens, j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Israel's plans to annex", "the plan to build": a planning noun with its infinitive still plans
   * what follows, unlike an adjective after a determiner.
   */
  private boolean nounWithInfinitive(CueMatch match, Cue cue) {
    return cue.modality() == Modality.PLANNED && tokens.get(match.end() - 1).key().equals("to");
  }

  /**
   * "was charged for allegedly providing the weapon": an adverb right before a later verb hedges
   * that verb, not the act before it, which is stated ("stabbed reportedly several people" is still
   * hedged: no verb follows the adverb).
   */
  private boolean hedgesLaterVerb(CueMatch match) {
    if (match.end() - match.start() != 1 || match.end() >= tokens.size()) {
      return false;
    }
    String next = tokens.get(match.end()).key();
    return next.endsWith("ing") || next.endsWith("ed") || next.equals("to") || next.equals("being");
  }

  /** "the alleged X", "its pledged aid": an adjective, so not a verb taking a complement. */
  private boolean afterDeterminer(CueMatch match) {
    if (match.start() == 0) {
      return false;
    }
    Token previous = tokens.get(match.start() - 1);
    return previous.possessive() || DETERMINERS.contains(previous.key());
  }

  /** "May" or "Will" capitalised inside a sentence is a month or a name, not a modal. */
  private boolean properNameOrMonth(CueMatch match) {
    Token first = tokens.get(match.start());
    return Character.isUpperCase(first.form().codePointAt(0))
        && !ClauseSplitter.startsSentence(tokens, match.start())
        && !tokens.get(match.start() - 1).key().equals(":");
  }

  private static boolean word(String key) {
    return Character.isLetterOrDigit(key.codePointAt(0));
  }
}
