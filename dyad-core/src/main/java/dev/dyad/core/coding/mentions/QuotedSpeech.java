package dev.dyad.core.coding.mentions;

import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "I" and "we" inside a quotation stand for whoever the sentence says is speaking: "'We strongly
 * reject the new sanctions,' the foreign minister said" is the minister rejecting them. News
 * reports much of what states do in their officials' own words, so without this the act inside the
 * quote has no source.
 *
 * <p>The speaker is the actor next to a verb of saying just outside the quotation: before it ("X
 * said: '…'", "X told reporters, '…'") or after it ("'…,' X said", "'…,' said X", "'…,' according
 * to X"). A quotation with no such attribution in its own sentence gives nothing.
 */
public final class QuotedSpeech {
  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> SAYING = saying();

  /** Every form of the verbs of saying, and "according" ("according to X"). */
  private static Set<String> saying() {
    Set<String> words = new java.util.HashSet<>();
    words.add("according");
    for (String lemma :
        List.of(
            "say",
            "tell",
            "add",
            "state",
            "declare",
            "write",
            "tweet",
            "insist",
            "stress",
            "warn",
            "respond",
            "reply",
            "comment",
            "remark",
            "announce",
            "argue",
            "note",
            "explain",
            "continue")) {
      words.addAll(dev.dyad.core.coding.morphology.Inflections.english().verbForms(lemma));
    }
    return Set.copyOf(words);
  }

  /** How far a verb of saying may stand before the quotation it introduces. */
  private static final int REACH = 8;

  /**
   * How far after a quotation its verb of saying may stand: the speaker's name and title come first
   * ("'…,' Egyptian President Abdel Fattah al-Sisi said").
   */
  private static final int AFTER_REACH = 14;

  /** How far before its verb the speaker may end ("X, the country's foreign minister, said"). */
  private static final int SPEAKER_REACH = 12;

  private QuotedSpeech() {}

  /** A quotation: the first and last token inside the marks. */
  public record Quote(int first, int last) {}

  /** Whether {@code token} is "I" or "we". */
  public static boolean firstPerson(Token token) {
    return FIRST_PERSON.contains(token.key());
  }

  /**
   * The first-person words inside quotations of the sentence whose speaker is found, each as a slot
   * fill for the speaker.
   */
  static List<SlotFill> fills(String text, List<Token> tokens, List<Coreference.Antecedent> named) {
    List<SlotFill> out = new ArrayList<>();
    for (Quote q : quotes(text, tokens)) {
      Optional<Party> speaker = Optional.empty();
      boolean looked = false;
      for (int i = q.first(); i <= q.last(); i++) {
        if (!FIRST_PERSON.contains(tokens.get(i).key())) {
          continue;
        }
        if (!looked) {
          speaker = speaker(tokens, q, named);
          looked = true;
        }
        if (speaker.isEmpty()) {
          break;
        }
        String words = text.substring(tokens.get(i).start(), tokens.get(i).end());
        out.add(new SlotFill(i, i, List.of(speaker.get().namedAs(words)), false, true));
      }
    }
    return out;
  }

  /**
   * The quotations of the sentence, by the tokens inside the marks; an open one runs to the end.
   */
  public static List<Quote> quotes(String text, List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (int c = 0; c < text.length(); c++) {
      char ch = text.charAt(c);
      boolean opens = ch == '“' || (ch == '"' && open < 0);
      boolean closes = ch == '”' || (ch == '"' && open >= 0);
      if (closes && open >= 0) {
        spans.add(new int[] {open, c});
        open = -1;
      } else if (opens && open < 0) {
        open = c + 1;
      }
    }
    if (open >= 0) {
      spans.add(new int[] {open, text.length()});
    }
    List<Quote> out = new ArrayList<>();
    for (int[] s : spans) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() >= s[0] && t.end() <= s[1] && !isQuoteMark(t)) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first >= 0) {
        out.add(new Quote(first, last));
      }
    }
    return out;
  }

  private static boolean isQuoteMark(Token t) {
    String f = t.form();
    return f.equals("\"") || f.equals("“") || f.equals("”");
  }

  private static Optional<Party> speaker(
      List<Token> tokens, Quote q, List<Coreference.Antecedent> named) {
    // After the quotation: "'…,' X said", "'…,' said X", "'…,' according to X".
    for (int v = q.last() + 1; v < tokens.size() && v <= q.last() + AFTER_REACH + 1; v++) {
      if (isQuoteMark(tokens.get(v)) && v > q.last() + 2) {
        break; // another quotation begins
      }
      if (!SAYING.contains(tokens.get(v).key())) {
        continue;
      }
      Optional<Coreference.Antecedent> before = nearestEndingIn(named, q.last() + 1, v - 1);
      if (before.isPresent()) {
        return Optional.of(before.get().party());
      }
      Optional<Coreference.Antecedent> after = nearestEndingIn(named, v + 1, v + REACH);
      return after.map(Coreference.Antecedent::party);
    }
    // Before it: "X said: '…'", "X told reporters on Monday, '…'", "According to X, '…'".
    for (int v = q.first() - 1; v >= 0 && v >= q.first() - AFTER_REACH - 1; v--) {
      String key = tokens.get(v).key();
      if (key.equals("according")) {
        return nearestEndingIn(named, v + 1, q.first() - 1).map(Coreference.Antecedent::party);
      }
      if (SAYING.contains(key) && v >= q.first() - REACH - 1) {
        return latestEndingIn(named, Math.max(0, v - SPEAKER_REACH), v - 1)
            .map(Coreference.Antecedent::party);
      }
    }
    return Optional.empty();
  }

  private static Optional<Coreference.Antecedent> nearestEndingIn(
      List<Coreference.Antecedent> named, int from, int to) {
    Coreference.Antecedent best = null;
    for (Coreference.Antecedent a : named) {
      if (a.last() >= from && a.last() <= to && (best == null || a.last() < best.last())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Coreference.Antecedent> latestEndingIn(
      List<Coreference.Antecedent> named, int from, int to) {
    Coreference.Antecedent best = null;
    for (Coreference.Antecedent a : named) {
      if (a.last() >= from && a.last() <= to && (best == null || a.last() > best.last())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }
}
