package dev.dyad.core.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that make a sentence a forecast, and the verbs that say which way it points.
 *
 * <p>"Will" is not a forecast cue: "will take countermeasures" is a plan, coded as an event.
 */
final class AssessmentCues {
  static final Pattern FORECAST =
      Pattern.compile(
          "(?<![\\p{L}])(could|may(?!\\s+\\d)|might|would|likely|unlikely|potential(ly)?|possibl[ey]"
              + "|risks?|threat(en)?s?|pos(e|es|ed|ing)\\s+(\\w+\\s+)?challenges?|challenges?\\s+to"
              + "|implications?|consequences?|ramifications?|repercussions?"
              + "|lead(s|ing)?\\s+(to|toward|towards)|undermin\\w*|destabili[sz]\\w*|escalat\\w*"
              + "|expected\\s+to|poised\\s+to|concerns?\\s+(about|over|that|for|regarding)"
              + "|fears?\\s+(of|that)|warn\\w*)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);

  // A change that makes more of what it acts on.
  private static final Pattern MORE =
      Pattern.compile(
          "(?<![\\p{L}])(lead|leads|leading|fuel\\w*|intensif\\w*|heighten\\w*|rais\\w*|spark\\w*"
              + "|trigger\\w*|provok\\w*|escalat\\w*|exacerbat\\w*|increas\\w*|boost\\w*"
              + "|accelerat\\w*|contribut\\w*|bolster\\w*|strengthen\\w*|enhanc\\w*|deepen\\w*"
              + "|embolden\\w*|inspir\\w*|prompt\\w*|worsen\\w*|foster\\w*|promot\\w*|advanc\\w*"
              + "|facilitat\\w*|help\\w*|creat\\w*|caus\\w*|generat\\w*|set\\s+off|bring|brings|introduc\\w*|spread\\w*)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  // A change that makes less of it, or harms it.
  private static final Pattern LESS =
      Pattern.compile(
          "(?<![\\p{L}])(reduc\\w*|eas(e|es|ed|ing)|lower\\w*|lessen\\w*|mitigat\\w*|defus\\w*"
              + "|de-escalat\\w*|prevent\\w*|curb\\w*|deter\\w*|calm\\w*|avert\\w*|dampen\\w*"
              + "|limit\\w*|weaken\\w*|diminish\\w*|undermin\\w*|complicat\\w*|hinder\\w*|delay\\w*"
              + "|derail\\w*|disrupt\\w*|erod\\w*|jeopardi[sz]\\w*|threaten\\w*|destabili[sz]\\w*"
              + "|alter\\w*|shift\\w*|challeng\\w*|circumvent\\w*|def(y|ies|ied|ying)|evad\\w*"
              + "|hamper\\w*|obstruct\\w*|stall\\w*)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  // "The risk of", "a threat to", "concerns for": more of a risk, less of a good.
  private static final Pattern RISK =
      Pattern.compile(
          "(?<![\\p{L}])(risks?\\s+(of|to|for)|threats?\\s+(of|to)|dangers?\\s+(of|to)"
              + "|concerns?\\s+(about|over|for|regarding)|challenges?\\s+(to|for)"
              + "|(implications?|consequences?|ramifications?|repercussions?)\\s+(for|on)"
              + "|impacts?\\s+on)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATION =
      Pattern.compile(
          "(?<![\\p{L}])(not|never|no|cannot)\\s+(\\w+\\s+)?$|n't\\s+(\\w+\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  private AssessmentCues() {}

  /** The first forecast cue outside {@code [from, to)}, the trigger's span. */
  static Optional<String> forecast(String text, int from, int to) {
    Matcher m = FORECAST.matcher(text);
    while (m.find()) {
      if (m.end() <= from || m.start() >= to) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  /**
   * Which way the sentence moves the topic: the change verb nearest before the trigger (else the
   * first after it), flipped after "not"; RAISES when no verb says. A good ("stability") that is
   * harmed raises the risk; a risk ("tensions") that is reduced lowers it.
   */
  static Assessment.Direction direction(String text, TopicMatch match) {
    Change best = null;
    Change before = null;
    Change own = null;
    for (Change c : changes(text)) {
      if (c.start < match.end() && c.end > match.start()) {
        own = c;
      } else if (c.end <= match.start()) {
        before = best;
        best = c; // keep the nearest before: English puts the verb before what it acts on
      }
    }
    if (best == null && own == null) {
      return Assessment.Direction.RAISES;
    }
    if (best == null) {
      // The trigger is itself the change ("escalates", "defying sanctions"): the risk goes up.
      return negated(text, own) ? Assessment.Direction.LOWERS : Assessment.Direction.RAISES;
    }
    if (best.kind == Kind.RISK) {
      // "raises the risk of" raises; "reduce the risk of" lowers, whatever the topic.
      boolean lowered = before != null && before.kind == Kind.LESS && best.start - before.end < 12;
      return lowered ? Assessment.Direction.LOWERS : Assessment.Direction.RAISES;
    }
    boolean more = (best.kind == Kind.MORE) ^ negated(text, best);
    boolean raises = match.trigger().good() ? !more : more;
    return raises ? Assessment.Direction.RAISES : Assessment.Direction.LOWERS;
  }

  private static boolean negated(String text, Change c) {
    String before = text.substring(Math.max(0, c.start - 20), c.start);
    return NEGATION.matcher(before).find()
        && !before.toLowerCase(java.util.Locale.ROOT).endsWith("not only ");
  }

  private enum Kind {
    MORE,
    LESS,
    RISK
  }

  private record Change(int start, int end, Kind kind) {}

  private static java.util.List<Change> changes(String text) {
    java.util.List<Change> all = new java.util.ArrayList<>();
    for (Kind kind : Kind.values()) {
      Pattern p = kind == Kind.MORE ? MORE : kind == Kind.LESS ? LESS : RISK;
      Matcher m = p.matcher(text);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        // The longer reading wins: "de-escalate" over "escalate", "risk of" over nothing.
        all.removeIf(c -> s <= c.start && c.end <= e && (e - s) > (c.end - c.start));
        if (all.stream().noneMatch(c -> c.start <= s && e <= c.end)) {
          all.add(new Change(s, e, kind));
        }
      }
    }
    all.sort(java.util.Comparator.comparingInt(Change::start));
    return all;
  }
}
