package dev.dyad.core.coding.patterns;

import dev.dyad.core.text.Token;
import dev.dyad.core.time.CalendarWords;
import java.util.List;
import java.util.Set;

/**
 * Words that news puts between the parts of a pattern without changing the event: time adverbials
 * ("demanded <b>Friday</b> that", "threatened <b>on Monday</b> to"), quantities before a target
 * ("arrested <b>more than 100</b> students") and appositions after a subject ("Pakistan<b>, a key
 * U.S. ally,</b> refused"). The matcher may skip one filler wherever two elements of a pattern
 * would otherwise have to be adjacent, so patterns need not spell every such variant.
 */
public final class Fillers {
  private Fillers() {}

  /** At most this many adverbials are skipped in a row ("in Beijing on Monday"). */
  private static final int MAX_CHAIN = 3;

  private static final Set<String> WEEKDAYS = CalendarWords.WEEKDAYS;
  private static final Set<String> MONTHS = CalendarWords.MONTHS;
  private static final Set<String> DAY_WORDS =
      Set.of(
          "today",
          "yesterday",
          "tonight",
          "overnight",
          "again",
          "also",
          "now",
          "formally",
          "publicly",
          "reportedly",
          "recently",
          "immediately",
          "repeatedly",
          "jointly",
          "officially",
          "already",
          "strongly",
          "sharply",
          "firmly",
          "openly",
          "swiftly",
          "unanimously",
          "finally",
          "earlier",
          "once");

  /** What a statement is made in ("urged in a statement …", "accused in a speech …"). */
  private static final Set<String> UTTERANCES =
      Set.of(
          "statement",
          "speech",
          "letter",
          "interview",
          "address",
          "communique",
          "message",
          "broadcast",
          "tweet",
          "post",
          "resolution",
          "report",
          "declaration");

  /** Words between "in a" and what a statement is made in ("in a joint statement"). */
  private static final Set<String> UTTERANCE_KINDS =
      Set.of(
          "joint",
          "written",
          "televised",
          "radio",
          "television",
          "brief",
          "separate",
          "strongly",
          "strongly-worded",
          "official",
          "formal",
          "public");

  /** "in the capital", "in the city of …" (the place's name follows as capitalised words). */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "capital",
          "city",
          "town",
          "region",
          "province",
          "border",
          "north",
          "south",
          "east",
          "west",
          "area",
          "village",
          "district",
          "country");

  private static final Set<String> PERIODS =
      Set.of("week", "month", "year", "weekend", "morning", "afternoon", "evening", "night");
  private static final Set<String> RELATIVE = Set.of("last", "this", "next", "earlier", "later");
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "fifteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "hundred",
          "thousand",
          "dozen",
          "several",
          "dozens",
          "hundreds",
          "thousands",
          "scores",
          "tens",
          "millions",
          "many",
          "numerous");
  private static final Set<String> APPROXIMATE =
      Set.of("about", "around", "nearly", "almost", "over", "some", "roughly", "approximately");
  private static final Set<String> APPOSITION_START =
      Set.of(
          "a",
          "an",
          "the",
          "its",
          "his",
          "her",
          "their",
          "which",
          "who",
          "itself",
          "long",
          "once",
          "now",
          "also",
          "one",
          "both",
          "all",
          "each",
          "whose",
          "himself",
          "herself",
          "themselves",
          "speaking",
          "however",
          "meanwhile",
          "then",
          "still");
  private static final int MAX_APPOSITION = 10;

  /** Relative clauses run longer: ", who has ruled Zimbabwe since independence in 1980,". */
  private static final Set<String> RELATIVE_START = Set.of("who", "which", "whose");

  private static final int MAX_RELATIVE = 20;

  /**
   * The length of a filler that starts at {@code pos} and runs in direction {@code dir} (it ends at
   * {@code pos} when {@code dir} is negative), or 0 when there is none.
   */
  static int at(List<Token> tokens, int pos, int dir) {
    if (pos < 0 || pos >= tokens.size()) {
      return 0;
    }
    if (dir > 0) {
      int n = adverbialsAt(tokens, pos);
      int described = descriptionBeforeName(tokens, pos + n);
      if (described == 0) {
        described = addressee(tokens, pos + n);
      }
      return n + (described > 0 ? described : quantity(tokens, pos + n));
    }
    int apposition = appositionEndingAt(tokens, pos);
    if (apposition > 0) {
      return apposition;
    }
    return adverbialsEndingAt(tokens, pos);
  }

  /**
   * "endorsed <b>his old rival,</b> Joe Biden", "met <b>his French counterpart,</b> Emmanuel
   * Macron": a determiner, up to three modifiers and a noun for a person's role or relation, then a
   * comma and a capitalised name, which the description only introduces. Its length through the
   * comma, or 0. The noun must name a person, so that "criticised the decision, Russia said" never
   * reads Russia as the one criticised.
   */
  static int descriptionBeforeName(List<Token> tokens, int pos) {
    if (!DESCRIPTION_START.contains(key(tokens, pos))) {
      return 0;
    }
    for (int head = pos + 1; head <= pos + 4 && head + 2 < tokens.size(); head++) {
      String k = key(tokens, head);
      if (PatternMatcher.BOUNDARIES.contains(k) || k.equals(",")) {
        return 0;
      }
      if ((PERSON_NOUNS.contains(k) || NAMED_TITLES.contains(k))
          && key(tokens, head + 1).equals(",")
          && isCapitalised(tokens, head + 2)) {
        return head + 2 - pos;
      }
    }
    return 0;
  }

  /**
   * "told <b>reporters</b> Joe Biden was …", "told <b>CNN</b> that Joe Biden had …": whom a speaker
   * tells, right after a form of "tell", is no part of what is said. Its length, or 0: an audience
   * word, or up to four words before "that". The one told is the target of a request ("told the
   * army to withdraw"), which no "that" follows, so it is never skipped there.
   */
  static int addressee(List<Token> tokens, int pos) {
    if (pos < 1 || !TELL.contains(key(tokens, pos - 1))) {
      return 0;
    }
    int the = key(tokens, pos).equals("the") ? 1 : 0;
    if (AUDIENCES.contains(key(tokens, pos + the))) {
      return the + 1;
    }
    for (int len = 1; len <= 4 && pos + len < tokens.size(); len++) {
      String k = key(tokens, pos + len - 1);
      if (PatternMatcher.BOUNDARIES.contains(k) || k.equals(",")) {
        return 0;
      }
      if (key(tokens, pos + len).equals("that")) {
        return len;
      }
    }
    return 0;
  }

  private static final Set<String> TELL = Set.of("tell", "tells", "told", "telling");

  /** Whom news says a speaker told: never an actor the words are about. */
  private static final Set<String> AUDIENCES =
      Set.of(
          "reporters",
          "journalists",
          "press",
          "media",
          "supporters",
          "crowd",
          "audience",
          "viewers",
          "listeners",
          "readers",
          "students",
          "delegates");

  private static final Set<String> DESCRIPTION_START =
      Set.of("his", "her", "their", "its", "the", "a", "an");

  /** Nouns for a person by role or relation, beside the titles ({@link #NAMED_TITLES}). */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "rival",
          "rivals",
          "counterpart",
          "counterparts",
          "predecessor",
          "successor",
          "opponent",
          "challenger",
          "ally",
          "friend",
          "colleague",
          "critic",
          "nominee",
          "candidate",
          "mate",
          "deputy",
          "aide",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "lawyer",
          "son",
          "daughter",
          "wife",
          "husband",
          "father",
          "mother",
          "brother",
          "sister",
          "leader",
          "host",
          "guest",
          "activist",
          "dissident",
          "journalist",
          "businessman",
          "businesswoman",
          "tycoon");

  /**
   * The length of the adverbials (time, place, "in a statement") that start at {@code pos}, up to
   * {@value #MAX_CHAIN} in a row ("in Beijing on Monday"), or 0: what may stand inside a modality
   * cue ("agreed <b>on Monday</b> to").
   */
  public static int adverbialsAt(List<Token> tokens, int pos) {
    int n = 0;
    for (int i = 0, len; i < MAX_CHAIN && (len = adverbial(tokens, pos + n)) > 0; i++) {
      n += len;
    }
    return n;
  }

  /**
   * The length of the adverbials (time, place, "in a statement") that end at {@code pos}, up to
   * {@value #MAX_CHAIN} in a row ("on Monday in Geneva"), or 0: what may stand between a commitment
   * and its "to" ("pledged on Monday to").
   */
  public static int adverbialsEndingAt(List<Token> tokens, int pos) {
    int n = 0;
    for (int i = 0; i < MAX_CHAIN; i++) {
      int len = adverbialEndingAt(tokens, pos - n);
      if (len == 0) {
        break;
      }
      n += len;
    }
    return n;
  }

  /**
   * The length of an adverbial set off by commas that ends with the comma at {@code pos} (", in a
   * statement,", ", on Monday,"), commas included, or 0. Such an aside never holds the subject, so
   * a gap towards the subject may pass it ("The ministry has, in a statement, called on …").
   */
  public static int parentheticalEndingAt(List<Token> tokens, int pos) {
    if (!key(tokens, pos).equals(",")) {
      return 0;
    }
    int inner = adverbialsEndingAt(tokens, pos - 1);
    return inner > 0 && key(tokens, pos - 1 - inner).equals(",") ? inner + 2 : 0;
  }

  private static int adverbialEndingAt(List<Token> tokens, int pos) {
    for (int len = 5; len >= 1; len--) {
      int from = pos - len + 1;
      if (from >= 0 && adverbial(tokens, from) == len) {
        return len;
      }
    }
    return 0;
  }

  /** A time, place or manner adverbial that starts at {@code pos}: its length, or 0. */
  static int adverbial(List<Token> tokens, int pos) {
    int n = time(tokens, pos);
    if (n > 0) {
      return n;
    }
    n = place(tokens, pos);
    return n > 0 ? n : manner(tokens, pos);
  }

  /**
   * "in Beijing", "at the United Nations", "in the capital", "in the Gaza Strip": "in" or "at",
   * perhaps "the" and a place noun, then one to three capitalised words (or the place noun alone).
   */
  static int place(List<Token> tokens, int pos) {
    String k = key(tokens, pos);
    if (!k.equals("in") && !k.equals("at")) {
      return 0;
    }
    int j = pos + 1;
    if (key(tokens, j).equals("the")) {
      j++;
    }
    int nouns = 0;
    if (PLACE_NOUNS.contains(key(tokens, j)) && !isCapitalised(tokens, j)) {
      j++;
      nouns++;
      if (key(tokens, j).equals("of")) {
        j++;
        nouns = 0; // "the city of" needs its name
      }
    }
    int names = 0;
    while (names < 3 && isName(tokens, j)) {
      j++;
      names++;
    }
    return names > 0 || nouns > 0 ? j - pos : 0;
  }

  /** "in a statement", "in a joint letter", "in recent days", "over the weekend", "on Twitter". */
  static int manner(List<Token> tokens, int pos) {
    String k = key(tokens, pos);
    String next = key(tokens, pos + 1);
    if (k.equals("in") && (next.equals("a") || next.equals("an"))) {
      int j = pos + 2;
      while (j < pos + 4 && UTTERANCE_KINDS.contains(key(tokens, j))) {
        j++;
      }
      return UTTERANCES.contains(key(tokens, j)) ? j - pos + 1 : 0;
    }
    if (k.equals("in")
        && next.equals("recent")
        && PERIODS.contains(singular(key(tokens, pos + 2)))) {
      return 3;
    }
    if ((k.equals("over") || k.equals("at"))
        && next.equals("the")
        && key(tokens, pos + 2).equals("weekend")) {
      return 3;
    }
    if (k.equals("on")
        && (next.equals("twitter") || next.equals("x") || next.equals("television"))) {
      return 2;
    }
    if (k.equals("for")
        && next.equals("the")
        && key(tokens, pos + 2).equals("first")
        && key(tokens, pos + 3).equals("time")) {
      return 4;
    }
    return 0;
  }

  private static String singular(String k) {
    return k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
  }

  /** A capitalised word that is not a sentence's first and not a weekday or month. */
  private static boolean isName(List<Token> tokens, int pos) {
    if (pos <= 0 || pos >= tokens.size() || !isCapitalised(tokens, pos)) {
      return false;
    }
    String k = key(tokens, pos);
    return Character.isLetter(k.charAt(0)) && !WEEKDAYS.contains(k) && !MONTHS.contains(k);
  }

  /** "Friday", "on Monday", "last week", "on 3 March", "earlier this month", "today". */
  static int time(List<Token> tokens, int pos) {
    String k = key(tokens, pos);
    if (WEEKDAYS.contains(k) || DAY_WORDS.contains(k)) {
      return 1;
    }
    if (k.equals("on")) {
      String next = key(tokens, pos + 1);
      if (WEEKDAYS.contains(next)) {
        return 2;
      }
      int date = date(tokens, pos + 1);
      return date > 0 ? date + 1 : 0;
    }
    if (RELATIVE.contains(k)) {
      String next = key(tokens, pos + 1);
      if (PERIODS.contains(next) || WEEKDAYS.contains(next) || MONTHS.contains(next)) {
        return 2;
      }
      if (next.equals("this") || next.equals("last")) {
        return PERIODS.contains(key(tokens, pos + 2)) ? 3 : 0;
      }
      if (next.equals("today") || next.equals("on")) {
        return 2;
      }
    }
    return date(tokens, pos);
  }

  /** "3 March", "March 3", with an optional year after a comma. Never a bare month ("March"). */
  private static int date(List<Token> tokens, int pos) {
    String k = key(tokens, pos);
    String next = key(tokens, pos + 1);
    if (isDigits(k) && k.length() <= 2 && MONTHS.contains(next) && isCapitalised(tokens, pos + 1)) {
      return 2;
    }
    if (MONTHS.contains(k) && isCapitalised(tokens, pos) && isDigits(next) && next.length() <= 2) {
      return 2;
    }
    return 0;
  }

  /** "100", "more than 100", "at least 40", "dozens of", "hundreds of", "two". */
  static int quantity(List<Token> tokens, int pos) {
    int k = pos;
    String first = key(tokens, k);
    String second = key(tokens, k + 1);
    if ((first.equals("more") || first.equals("fewer") || first.equals("less"))
        && second.equals("than")) {
      k += 2;
    } else if ((first.equals("at") && (second.equals("least") || second.equals("most")))
        || (first.equals("up") && second.equals("to"))) {
      k += 2;
    } else if (first.equals("as") && second.equals("many") && key(tokens, k + 2).equals("as")) {
      k += 3;
    } else if ((APPROXIMATE.contains(first) || first.equals("a") || first.equals("an"))
        && isNumber(key(tokens, k + 1))) {
      k += 1;
    }
    String n = key(tokens, k);
    if (!isNumber(n)) {
      return 0;
    }
    k++;
    // "100,000": the tokenizer may keep the comma apart; "a dozen", "two hundred".
    while (isNumber(key(tokens, k))
        || (key(tokens, k).equals(",") && isDigits(key(tokens, k + 1)))) {
      k++;
    }
    if (key(tokens, k).equals("of")) {
      k++;
    }
    return k - pos;
  }

  /**
   * ", a key U.S. ally," ending at the second comma at {@code pos}: a short phrase between commas
   * that starts as an apposition does. Read right to left, from the comma before the verb.
   */
  private static int appositionEndingAt(List<Token> tokens, int pos) {
    if (!key(tokens, pos).equals(",")) {
      return 0;
    }
    for (int k = pos - 1; k >= 0 && pos - k <= MAX_RELATIVE; k--) {
      String key = key(tokens, k);
      if (PatternMatcher.BOUNDARIES.contains(key) && !RELATIVE_START.contains(key)) {
        return 0;
      }
      if (key.equals(",")) {
        if (k + 1 >= pos) {
          return 0;
        }
        String first = key(tokens, k + 1);
        boolean apposition =
            pos - k <= MAX_APPOSITION
                && (APPOSITION_START.contains(first)
                    || placeInApposition(tokens, k, pos)
                    || ownerOfTheTitle(tokens, k + 1)
                    || nameAfterTitle(tokens, k, pos)
                    || officeOf(tokens, k + 1)
                    || backedBy(tokens, k + 1)
                    || participialPhrase(tokens.get(k + 1))
                    || isDigits(first));
        return apposition || RELATIVE_START.contains(first) ? pos - k + 1 : 0;
      }
    }
    return 0;
  }

  /**
   * The length of the apposition or relative clause between commas that ends at the comma {@code
   * pos} (", a key U.S. ally,", ", who has ruled since 1980,", ", 58,"), commas included, or 0.
   */
  public static int appositionBefore(List<Token> tokens, int pos) {
    return appositionEndingAt(tokens, pos);
  }

  /**
   * "Somali forces, backed by African Union troops, recaptured Kismayo": a participle of support
   * and "by" or "with" open a phrase that describes the subject, as an apposition does.
   */
  private static boolean backedBy(List<Token> tokens, int at) {
    String participle = key(tokens, at);
    return (PatternMatcher.BACKING.contains(participle) || ACCOMPANIED.contains(participle))
        && (key(tokens, at + 1).equals("by") || key(tokens, at + 1).equals("with"));
  }

  /**
   * "Palestinian police, acting on orders from Arafat, arrested …", "Yeltsin, facing a hostile
   * parliament, fired …": a present participle opens a phrase that describes the subject.
   */
  private static boolean participialPhrase(Token first) {
    String key = first.key();
    return key.length() > 5
        && key.endsWith("ing")
        && Character.isLowerCase(first.form().codePointAt(0))
        && !NOT_PARTICIPLES.contains(key);
  }

  /**
   * Nouns in -ing, which open no such phrase, and "including", whose list may hold the actors that
   * act ("Western states, including Britain, imposed …"). Adverbial phrases in -ing ("during a
   * visit", "according to witnesses") are skipped like participles: the subject is before them.
   */
  private static final Set<String> NOT_PARTICIPLES =
      Set.of(
          "including",
          "morning",
          "evening",
          "nothing",
          "something",
          "anything",
          "everything",
          "building",
          "meeting",
          "spring",
          "string",
          "thing");

  /**
   * Participles of company, beside {@link PatternMatcher#BACKING}: ", joined by Kenyan troops,".
   */
  private static final Set<String> ACCOMPANIED = Set.of("joined", "accompanied", "flanked", "led");

  /** "Helen Marsh, London's deputy mayor, urged …": a possessive name opens the apposition. */
  private static boolean ownerOfTheTitle(List<Token> tokens, int at) {
    return isCapitalised(tokens, at) && at + 1 < tokens.size() && tokens.get(at + 1).possessive();
  }

  /**
   * "An interior ministry spokesman, Abdul Waheed, accused …": two to four capitalised words
   * between the commas at {@code first} and {@code second}, after a lower-case title, name its
   * holder.
   */
  private static boolean nameAfterTitle(List<Token> tokens, int first, int second) {
    int words = second - first - 1;
    if (words < 2 || words > 8 || !NAMED_TITLES.contains(key(tokens, first - 1))) {
      return false;
    }
    if (Character.isUpperCase(tokens.get(first - 1).form().charAt(0))) {
      return false;
    }
    // Quirk: "Sheikh Sabah al-Ahmad al-Sabah": particles and hyphens inside a name are lower-case.
    int capitalised = 0;
    for (int k = first + 1; k < second; k++) {
      if (isCapitalised(tokens, k)) {
        capitalised++;
      } else if (!NAME_PARTICLES.contains(key(tokens, k))) {
        return false;
      }
    }
    return capitalised >= 2 && capitalised <= 5;
  }

  /**
   * ", leader of the main opposition party,", ", head of the electoral commission,": an office and
   * whose it is, with no article, describes the name before it.
   */
  private static boolean officeOf(List<Token> tokens, int at) {
    return dev.dyad.core.actors.OfficeWords.describes(key(tokens, at), key(tokens, at + 1));
  }

  /** Lower-case words inside a person's name: "al-Sabah", "bin Salman", "de Lima", "von der". */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "del", "la", "le",
          "van", "von", "der", "den", "-");

  /** Titles whose holder news names in an apposition after them. */
  private static final Set<String> NAMED_TITLES = namedTitles();

  /** The office words, and titles that name their holder but never describe with "of". */
  private static Set<String> namedTitles() {
    Set<String> titles = new java.util.HashSet<>(dev.dyad.core.actors.OfficeWords.HEADS);
    titles.addAll(
        Set.of(
            "official",
            "ambassador",
            "envoy",
            "general",
            "adviser",
            "advisor",
            "representative",
            "emir",
            "king",
            "queen",
            "prince",
            "sultan",
            "minister",
            "premier",
            "chancellor",
            "governor",
            "mayor",
            "secretary"));
    return Set.copyOf(titles);
  }

  /**
   * "Police in Clairton, Pennsylvania, arrested …": one to three capitalised words between the
   * commas at {@code first} and {@code second}, after a capitalised word, name the state or country
   * of the town before them.
   */
  private static boolean placeInApposition(List<Token> tokens, int first, int second) {
    if (second - first - 1 > 3 || !isCapitalised(tokens, first - 1)) {
      return false;
    }
    for (int k = first + 1; k < second; k++) {
      if (!isCapitalised(tokens, k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(String k) {
    return isDigits(k) || NUMBER_WORDS.contains(k);
  }

  private static boolean isDigits(String k) {
    if (k.isEmpty()) {
      return false;
    }
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!Character.isDigit(c) && c != ',' && c != '.') {
        return false;
      }
    }
    return Character.isDigit(k.charAt(0));
  }

  private static boolean isCapitalised(List<Token> tokens, int pos) {
    return pos >= 0
        && pos < tokens.size()
        && Character.isUpperCase(tokens.get(pos).form().charAt(0));
  }

  private static String key(List<Token> tokens, int pos) {
    return pos >= 0 && pos < tokens.size() ? tokens.get(pos).key() : "";
  }
}
