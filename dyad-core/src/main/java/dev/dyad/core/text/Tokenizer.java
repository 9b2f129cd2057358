package dev.dyad.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small hand-written tokenizer shared by actor matching and event coding. Words are runs of
 * letters and digits; everything else is a one-character token, except for the cases below. Aliases
 * and sentences go through the same code, so whatever it does to one it does to the other.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '_') {
        // Quirk: some feeds join the words of a name with '_' ("Dol_Amroth"): read as a space.
        i += width;
      } else if (Character.isLetterOrDigit(cp)) {
        i = word(text, i, tokens);
      } else if (isApostrophe(cp)) {
        i = apostrophe(text, i, tokens);
      } else {
        String form = isHyphen(cp) ? "-" : text.substring(i, i + width);
        tokens.add(new Token(i, i + width, form, form, false));
        i += width;
      }
    }
    return tokens;
  }

  private static int word(String text, int start, List<Token> tokens) {
    int n = text.length();
    int i = start;
    int segment = 0; // letters since the last inner dot
    boolean dotted = false;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        segment++;
        i += Character.charCount(cp);
      } else if (cp == '.' && segment == 1 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        // Quirk: "U.S.", "U.N.", "E.U." are one token each, so they never split into "U" "S".
        dotted = true;
        segment = 0;
        i++;
      } else if (isApostrophe(cp)
          && i + 1 < n
          && Character.isLetter(text.charAt(i + 1))
          && !possessiveAt(text, i)) {
        // "O'Brien", "d'Ivoire" stay whole; "Korea's" does not.
        i++;
      } else {
        break;
      }
    }
    int end = i;
    if (dotted && end < n && text.charAt(end) == '.') {
      end++; // the final dot of an abbreviation belongs to it, but not to its key
    }
    String form = normalise(text.substring(start, i));
    tokens.add(new Token(start, end, form, form.toLowerCase(Locale.ROOT), false));
    return end;
  }

  private static int apostrophe(String text, int i, List<Token> tokens) {
    boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    if (possessiveAt(text, i)) {
      tokens.add(new Token(i, i + 2, "'s", "'s", afterWord));
      return i + 2;
    }
    // "the Democrats' inquiry": a plural's possessive reads as "'s" to the patterns, which write
    // "X 's decision" once; a quote mark keeps its own key.
    String key = afterWord && pluralPossessiveAt(text, i) ? "'s" : "'";
    tokens.add(new Token(i, i + 1, "'", key, afterWord));
    return i + 1;
  }

  /**
   * A bare apostrophe after a word ending in "s" and before a word: "the Democrats' inquiry", "the
   * Philippines' foreign minister". Quirk: a closing single quote after such a word ("called them
   * 'traitors' and left") reads the same; news writes quotes with double marks.
   */
  private static boolean pluralPossessiveAt(String text, int i) {
    char last = text.charAt(i - 1);
    if (last != 's' && last != 'S' || i + 2 >= text.length() || text.charAt(i + 1) != ' ') {
      return false;
    }
    return Character.isLetter(text.charAt(i + 2));
  }

  /** {@code 's} or {@code ’s} at {@code i}, not followed by a letter. */
  private static boolean possessiveAt(String text, int i) {
    return isApostrophe(text.charAt(i))
        && i + 1 < text.length()
        && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
  }

  private static boolean isHyphen(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\u2012' || cp == '\u2013';
  }

  /** Folds accents ("Türkiye", "Élysée") and straight apostrophes; ASCII passes untouched. */
  public static String normalise(String word) {
    boolean ascii = true;
    for (int k = 0; k < word.length() && ascii; k++) {
      ascii = word.charAt(k) < 128;
    }
    if (ascii) {
      return word;
    }
    String decomposed =
        Normalizer.normalize(
            word.replace('\u2019', '\'').replace('\u02bc', '\''), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
