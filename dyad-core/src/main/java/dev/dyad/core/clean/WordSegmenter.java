package dev.dyad.core.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back spaces lost between words ("connectionsbetweenbothnations", "towardsRussia"), only
 * where the split is confident: the run is not a known word, every part is, and the split is much
 * cheaper than the run under a Zipf model of word frequencies.
 *
 * <p>Known words come from a built-in English list and from the document's own vocabulary: words
 * that occur spaced elsewhere in the same document are strong evidence.
 */
public final class WordSegmenter {

  /** Text with spaces put back, and how many runs were split. */
  public record Repair(String text, int repairs) {}

  private static final String LEXICON = "lexicon-en.txt";
  private static final Pattern CHUNK = Pattern.compile("\\S+");
  // Quirk: URLs, e-mail addresses, handles and codes are glued on purpose.
  private static final Pattern NOT_PROSE =
      Pattern.compile("[/@_\\\\#=\\d]|www\\.|\\.(?:com|org|net)\\b");
  private static final Pattern CASE_BOUNDARY = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  /** One- and two-letter words common enough to be trusted as parts of a split. */
  private static final Set<String> SHORT_WORDS =
      Set.of(
          "a", "an", "as", "at", "be", "by", "do", "he", "if", "in", "is", "it", "me", "my", "no",
          "of", "on", "or", "so", "to", "up", "us", "we");

  private static final String[] SUFFIXES = {"'s", "s", "es", "ed", "d", "ing", "ly", "er", "ers"};

  static final int MIN_RUN = 7;

  /** Chains of run-together words in one text from which it counts as damaged. */
  static final int DAMAGED_CHAINS = 2;

  /** Parts from which a lone split is trusted. */
  static final int STRONG_PARTS = 4;

  static final int MAX_PART = 24;

  /** Cost of every part, so that fewer, longer words win ("within" over "with in"). */
  static final double PART_COST = 4.0;

  /** Cost per letter of leaving an unknown run as it is. */
  static final double UNKNOWN_LETTER_COST = 2.5;

  /** How much cheaper than the run a split must be. */
  static final double MARGIN = 4.0;

  private final Map<String, Integer> ranks;
  private final Set<String> personalNames;

  WordSegmenter(Map<String, Integer> ranks) {
    this(ranks, Set.of());
  }

  private WordSegmenter(Map<String, Integer> ranks, Set<String> personalNames) {
    this.ranks = Map.copyOf(ranks);
    this.personalNames = Set.copyOf(personalNames);
  }

  /** The segmenter with the built-in English lexicon (loaded once). */
  public static WordSegmenter english() {
    return EnglishHolder.INSTANCE;
  }

  private static final class EnglishHolder {
    static final WordSegmenter INSTANCE = load();
  }

  /** The section of the lexicon that holds words of people's names, between these comments. */
  private static final String PEOPLE_START = "# people:";

  private static final String PEOPLE_END = "# end people";

  private static WordSegmenter load() {
    Map<String, Integer> ranks = new HashMap<>();
    Set<String> people = new java.util.HashSet<>();
    boolean inPeople = false;
    try (InputStream in = WordSegmenter.class.getResourceAsStream(LEXICON)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + LEXICON);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (word.startsWith(PEOPLE_START)) {
          inPeople = true;
        } else if (word.startsWith(PEOPLE_END)) {
          inPeople = false;
        } else if (!word.isEmpty() && !word.startsWith("#")) {
          ranks.putIfAbsent(word, ranks.size() + 1);
          if (inPeople) {
            people.add(word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WordSegmenter(ranks, people);
  }

  /** The words of the lexicon: common English words, in lower case. */
  public Set<String> lexicon() {
    return ranks.keySet();
  }

  /**
   * The lexicon's words of people's names ("angela", "johnson"): known to split run-together text,
   * yet no English word, so a name made of them may still be a person's.
   */
  public Set<String> personalNames() {
    return personalNames;
  }

  /**
   * The vocabulary of a document: lower-case words that occur at least twice in it, so that a
   * one-off run-together word is not taken as known.
   */
  public static Set<String> vocabulary(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (int start = nextLetter(text, 0); start < text.length(); ) {
      int end = letterRunEnd(text, start);
      counts.merge(text.substring(start, end).toLowerCase(Locale.ROOT), 1, Integer::sum);
      start = nextLetter(text, end);
    }
    counts.values().removeIf(n -> n < 2);
    return Set.copyOf(counts.keySet());
  }

  /** Puts spaces back into confident run-together words of {@code text} (one block). */
  public Repair repair(String text, Set<String> documentVocabulary) {
    List<Split> splits = new ArrayList<>();
    Matcher chunks = CHUNK.matcher(text);
    while (chunks.find()) {
      String chunk = chunks.group();
      if (mayNotBeProse(chunk) && NOT_PROSE.matcher(chunk).find()) {
        continue;
      }
      for (int start = nextLetter(chunk, 0); start < chunk.length(); ) {
        int end = letterRunEnd(chunk, start);
        List<String> parts = splitToken(chunk.substring(start, end), documentVocabulary);
        if (parts != null) {
          splits.add(new Split(chunks.start() + start, chunks.start() + end, parts));
        }
        start = nextLetter(chunk, end);
      }
    }
    // One lost space rarely comes alone: a text with two or more chains of words run together is
    // damaged, and weaker splits ("shiftin") are trusted there. Elsewhere a split must be strong on
    // its own, because "in credible" or "life style" look as good as "shift in" to a lexicon.
    // Two candidate splits in neighbouring words ("deepenmilitary tiesbetween") are such a text
    // too.
    boolean damaged =
        splits.stream().filter(Split::chain).count() >= DAMAGED_CHAINS || neighbours(splits, text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    int repairs = 0;
    for (Split split : splits) {
      if (damaged || split.strong()) {
        out.append(text, last, split.start()).append(String.join(" ", split.parts()));
        last = split.end();
        repairs++;
      }
    }
    return new Repair(out.append(text, last, text.length()).toString(), repairs);
  }

  /** Whether two candidate splits stand next to each other, with only a space between them. */
  private static boolean neighbours(List<Split> splits, String text) {
    for (int k = 1; k < splits.size(); k++) {
      String between = text.substring(splits.get(k - 1).end(), splits.get(k).start());
      if (between.isBlank() && between.length() <= 2) {
        return true;
      }
    }
    return false;
  }

  /** A candidate split of text[start, end) into parts. */
  private record Split(int start, int end, List<String> parts) {
    boolean camel() {
      return parts.stream().skip(1).anyMatch(p -> Character.isUpperCase(p.charAt(0)));
    }

    /** A capital inside a lower-case run, or three words or more run together. */
    boolean chain() {
      return camel() || parts.size() >= 3;
    }

    /** Trusted even alone in a text. */
    boolean strong() {
      return camel() || parts.size() >= STRONG_PARTS;
    }
  }

  /** The token with spaces put back, or null to leave it alone. */
  List<String> splitToken(String token, Set<String> vocabulary) {
    if (token.length() < 3) {
      return null;
    }
    boolean camel = Character.isLowerCase(token.charAt(0)) && hasCaseBoundary(token);
    // Most words are short and plainly spelled: leave them before any lookup (this runs on every
    // word).
    if (!camel && token.length() < MIN_RUN) {
      return null;
    }
    if (known(token.toLowerCase(Locale.ROOT), vocabulary)) {
      return null;
    }
    if (camel) {
      // Quirk: "towardsRussia", "theKoreanPeninsula": a capital inside a lower-case run marks a
      // lost space; each piece is then split on its own if needed.
      List<String> parts = new ArrayList<>();
      for (String piece : CASE_BOUNDARY.split(token)) {
        String lower = piece.toLowerCase(Locale.ROOT);
        if (known(lower, vocabulary) && (lower.length() > 2 || SHORT_WORDS.contains(lower))) {
          parts.add(piece);
          continue;
        }
        List<String> pieceParts = segment(piece, vocabulary);
        if (pieceParts == null) {
          return null;
        }
        parts.addAll(pieceParts);
      }
      return parts.size() > 1 ? parts : null;
    }
    if (token.length() < MIN_RUN || isAllUpper(token)) {
      return null;
    }
    List<String> parts = segment(token, vocabulary);
    if (parts == null) {
      return null;
    }
    // A capitalised unknown word is most often a name ("Blackwater"): only a long chain of
    // words is trusted there.
    if (Character.isUpperCase(token.charAt(0)) && parts.size() < 3) {
      return null;
    }
    return parts;
  }

  /** The cheapest split of a run into known words, or null when none is clearly better. */
  private List<String> segment(String run, Set<String> vocabulary) {
    String lower = run.toLowerCase(Locale.ROOT);
    int n = lower.length();
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    best[0] = 0;
    for (int i = 1; i <= n; i++) {
      for (int j = Math.max(0, i - MAX_PART); j < i; j++) {
        if (best[j] == Double.POSITIVE_INFINITY) {
          continue;
        }
        double cost = best[j] + partCost(lower.substring(j, i), vocabulary);
        if (cost < best[i]) {
          best[i] = cost;
          from[i] = j;
        }
      }
    }
    if (best[n] == Double.POSITIVE_INFINITY) {
      return null;
    }
    double unsplit = UNKNOWN_LETTER_COST * n + PART_COST;
    if (best[n] + MARGIN > unsplit) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int i = n; i > 0; i = from[i]) {
      parts.add(0, run.substring(from[i], i));
    }
    return parts.size() > 1 ? parts : null;
  }

  private double partCost(String part, Set<String> vocabulary) {
    if (part.length() <= 2 && !SHORT_WORDS.contains(part)) {
      return Double.POSITIVE_INFINITY;
    }
    Integer rank = ranks.get(part);
    if (rank != null) {
      return Math.log(rank + 1) + PART_COST;
    }
    if (part.length() >= 3 && vocabulary.contains(part)) {
      // A word of the document itself: as likely as a mid-frequency English word.
      return Math.log(ranks.size() / 2.0 + 1) + PART_COST;
    }
    Integer stemRank = stemRank(part);
    return stemRank == null ? Double.POSITIVE_INFINITY : Math.log(stemRank + 1) + PART_COST + 1;
  }

  private boolean known(String lower, Set<String> vocabulary) {
    return ranks.containsKey(lower) || vocabulary.contains(lower) || stemRank(lower) != null;
  }

  /** The rank of the word's stem when it is a known word plus a common ending. */
  private Integer stemRank(String lower) {
    for (String suffix : SUFFIXES) {
      if (lower.length() > suffix.length() + 3 && lower.endsWith(suffix)) {
        Integer rank = ranks.get(lower.substring(0, lower.length() - suffix.length()));
        if (rank != null) {
          return rank;
        }
      }
    }
    return null;
  }

  private static boolean hasCaseBoundary(String token) {
    for (int i = 1; i < token.length(); i++) {
      if (Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  // Letter runs are found by hand rather than with \\p{L}+: this runs on every word of every
  // document, and a matcher per word cost more than the rest of the check. Character.isLetter is
  // exactly \\p{L} (the five letter categories), code point by code point.

  /** The index of the first letter at or after {@code from}, or the length. */
  private static int nextLetter(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return s.length();
  }

  /** The end of the run of letters starting at {@code start}. */
  private static int letterRunEnd(String s, int start) {
    int i = start;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /**
   * Whether {@link #NOT_PROSE} can match: it needs one of its characters or a "." before a domain.
   */
  static boolean mayNotBeProse(String chunk) {
    for (int i = 0; i < chunk.length(); i++) {
      char c = chunk.charAt(i);
      if ((c >= '0' && c <= '9') || "/@_\\#=".indexOf(c) >= 0) {
        return true;
      }
    }
    return chunk.contains("www.")
        || chunk.contains(".com")
        || chunk.contains(".org")
        || chunk.contains(".net");
  }

  private static boolean isAllUpper(String token) {
    return token.chars().noneMatch(Character::isLowerCase);
  }
}
