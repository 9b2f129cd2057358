package dev.dyad.core.coding.mentions;

import dev.dyad.core.actors.ActorMention;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actors of one sentence as token runs: each mention, and each coordination of mentions ("South
 * Korea and Japan", "Seoul, Tokyo and Washington", "Both Moscow and Pyongyang").
 *
 * @param fills single mentions and coordinations, in token order
 * @param antecedents the same actors for later references, oldest first, coordinations grouped
 */
public record SentenceActors(List<SlotFill> fills, List<Coreference.Antecedent> antecedents) {

  private static final Set<String> CONNECTORS = Set.of(",", "and", "the", "-", "nor", "&", "or");
  private static final Set<String> LEADING = Set.of("both", "neither", "either");

  /**
   * Plural role nouns that give a coordination of bare states a sector: "Russian and North Korean
   * shipping firms" (after it) or "the foreign ministers of South Korea, Japan and the United
   * States" (before it, with "of" or "in").
   */
  private static final java.util.Map<String, String> SECTOR_NOUNS = sectorNouns();

  private static java.util.Map<String, String> sectorNouns() {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    for (String w :
        List.of(
            "troops",
            "soldiers",
            "forces",
            "navies",
            "armies",
            "militaries",
            "warships",
            "bombers",
            "jets",
            "units",
            "guards",
            "vessels",
            "pilots",
            "operators",
            "soldier",
            "navy",
            "army",
            "warship",
            "bomber",
            "unit",
            "pilot",
            "artillery",
            "drones")) {
      map.put(w, "MIL");
    }
    for (String w :
        List.of(
            "leaders",
            "governments",
            "ministers",
            "officials",
            "diplomats",
            "juntas",
            "presidents",
            "envoys",
            "ambassadors",
            "ministries",
            "authorities")) {
      map.put(w, "GOV");
    }
    for (String w :
        List.of(
            "firms",
            "companies",
            "banks",
            "manufacturers",
            "businesses",
            "firm",
            "company",
            "bank",
            "manufacturer")) {
      map.put(w, "BUS");
    }
    for (String w :
        List.of(
            "citizens",
            "nationals",
            "fishermen",
            "activists",
            "students",
            "protesters",
            "refugees",
            "civilians",
            "citizen",
            "national",
            "couple",
            "fisherman",
            "activist",
            "student",
            "civilian",
            "tourist",
            "tourists")) {
      map.put(w, "CVL");
    }
    return java.util.Map.copyOf(map);
  }

  public static final SentenceActors NONE = new SentenceActors(List.of(), List.of());

  /** Maps {@code mentions} (character spans) to token runs and groups coordinations. */
  public static SentenceActors of(List<Token> tokens, List<ActorMention> mentions, int groupBase) {
    if (mentions.isEmpty()) {
      return NONE;
    }
    List<SlotFill> singles = new ArrayList<>();
    for (ActorMention m : mentions) {
      int first = -1;
      int last = -1;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (first < 0 && t.start() >= m.start() && t.end() <= m.end()) {
          first = k;
        }
        if (t.start() >= m.start() && t.end() <= m.end()) {
          last = k;
        }
      }
      if (first >= 0) {
        Party party = Party.of(m);
        // Quirk: "a South Korean citizen", "Chinese state firms": an adjective the dictionary
        // did not join to its role noun still takes the noun's sector.
        String sector = sectorAfter(tokens, last);
        singles.add(
            new SlotFill(
                first,
                last,
                List.of(sector == null ? party : party.withSector(sector)),
                false,
                false));
      }
    }
    singles = withAcronyms(tokens, singles);
    List<SlotFill> fills = new ArrayList<>(singles);
    List<Coreference.Antecedent> antecedents = new ArrayList<>();
    int i = 0;
    int group = groupBase;
    while (i < singles.size()) {
      int j = i;
      boolean sawAnd = false;
      while (j + 1 < singles.size()
          && connected(tokens, singles.get(j), singles.get(j + 1))
          && !(j == i && opensAClause(tokens, singles.get(j), singles.get(j + 1)))) {
        sawAnd |= hasAnd(tokens, singles.get(j), singles.get(j + 1));
        j++;
      }
      if (j > i && sawAnd) {
        List<Party> parties = new ArrayList<>();
        for (int k = i; k <= j; k++) {
          Party p = singles.get(k).parties().get(0);
          if (parties.stream().noneMatch(q -> q.code().equals(p.code()))) {
            parties.add(p);
          }
        }
        int first = singles.get(i).first();
        if (first > 0 && LEADING.contains(tokens.get(first - 1).key())) {
          first--;
        } else if (first > 1
            && tokens.get(first - 1).key().equals("the")
            && LEADING.contains(tokens.get(first - 2).key())) {
          first -= 2; // "both the government and the opposition"
        }
        String shared = sharedSector(tokens, first, singles.get(j).last());
        String sector = shared != null ? shared : leadingRoleSector(tokens, singles.get(i));
        if (sector != null) {
          parties.replaceAll(p -> p.withSector(sector));
        }
        if (parties.size() > 1) {
          fills.add(new SlotFill(first, singles.get(j).last(), parties, false, false));
        }
        for (Party p : parties) {
          antecedents.add(new Coreference.Antecedent(p, group, singles.get(j).last()));
        }
        group++;
      } else {
        for (int k = i; k <= j; k++) {
          SlotFill single = singles.get(k);
          antecedents.add(new Coreference.Antecedent(single.parties().get(0), -1, single.last()));
        }
      }
      i = j + 1;
    }
    return new SentenceActors(List.copyOf(fills), List.copyOf(antecedents));
  }

  /**
   * "the European Union (EU)": an acronym in parentheses right after a mention belongs to it (one
   * mention, so that it can stand in a coordination or before its verb), whether the dictionary
   * knows the acronym as the same actor or not at all.
   */
  private static List<SlotFill> withAcronyms(List<Token> tokens, List<SlotFill> singles) {
    List<SlotFill> out = new ArrayList<>();
    for (int i = 0; i < singles.size(); i++) {
      SlotFill f = singles.get(i);
      int open = f.last() + 1;
      if (open + 2 < tokens.size()
          && tokens.get(open).key().equals("(")
          && tokens.get(open + 2).key().equals(")")
          && isAcronym(tokens.get(open + 1).form())) {
        SlotFill inside = i + 1 < singles.size() ? singles.get(i + 1) : null;
        boolean insideIsIt = inside != null && inside.first() == open + 1;
        if (insideIsIt && !inside.parties().get(0).code().equals(f.parties().get(0).code())) {
          out.add(f); // the parentheses name another actor
          continue;
        }
        out.add(new SlotFill(f.first(), open + 2, f.parties(), f.oneOf(), f.reference()));
        if (insideIsIt) {
          i++;
        }
        continue;
      }
      out.add(f);
    }
    return out;
  }

  private static boolean isAcronym(String form) {
    return form.length() >= 2
        && form.length() <= 6
        && form.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  /** The sector a role noun right after or right before a coordination gives all its states. */
  private static String sharedSector(List<Token> tokens, int first, int last) {
    String after = sectorAfter(tokens, last);
    if (after != null) {
      return after;
    }
    // Before: "the leaders of …", "the juntas in …".
    if (first >= 2) {
      String prep = tokens.get(first - 1).key();
      if (prep.equals("of") || prep.equals("in")) {
        return SECTOR_NOUNS.get(tokens.get(first - 2).key());
      }
    }
    return null;
  }

  /**
   * "The ambassadors of Arnor, Osgiliath and Gondor", "Lawmakers in Fornost and Gondor": the
   * dictionary tied the role words to the first state only ("ambassadors of Arnor", ARNGOV); the
   * rest of the list shares its sector. Null unless the first member is role words, "of" or "in",
   * and a state.
   */
  private static String leadingRoleSector(List<Token> tokens, SlotFill first) {
    Token head = tokens.get(first.first());
    // A role word opens the phrase: lower case, or capitalised as the sentence's first word.
    if (head.form().isEmpty()
        || !(Character.isLowerCase(head.form().charAt(0)) || first.first() == 0)) {
      return null;
    }
    boolean tied = false;
    for (int k = first.first() + 1; k < first.last(); k++) {
      String key = tokens.get(k).key();
      tied |= key.equals("of") || key.equals("in");
    }
    Party p = first.parties().get(0);
    if (!tied || p.country().length() != 3 || !p.code().startsWith(p.country())) {
      return null;
    }
    String sector = p.code().substring(3);
    return sector.isEmpty() ? null : sector;
  }

  /** Up to two lower-case modifiers, then a role noun ("… North Korean shipping firms"). */
  private static String sectorAfter(List<Token> tokens, int last) {
    for (int k = last + 1; k <= last + 3 && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String sector = SECTOR_NOUNS.get(t.key());
      if (sector != null) {
        return sector;
      }
      if (t.form().isEmpty()
          || !Character.isLowerCase(t.form().charAt(0))
          || t.key().equals("and")
          || PREPOSITIONS.contains(t.key())
          || isVerbLike(t.key())) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> AUXILIARIES =
      Set.of(
          "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "can",
          "could", "may", "might", "should", "must", "did", "does", "do", "to");

  /**
   * Quirk: a verb between a state and a role noun is no modifier ("North Korea shipped artillery
   * shells", "Cuba has sent troops"): the state acts and the noun is its object, so the state keeps
   * its bare code. Past forms and third-person forms are taken as verbs, bar the few that modify
   * role nouns ("armed forces", "arms firms").
   */
  private static boolean isVerbLike(String key) {
    return AUXILIARIES.contains(key)
        || key.endsWith("ly")
        || (key.endsWith("ed") && !key.equals("armed"))
        || (key.endsWith("s") && !key.endsWith("ss") && !key.equals("arms"));
  }

  /**
   * Whether only connectors stand between two mentions, and after them at most two lower-case
   * modifiers of the second ("Fornost and the evil awful Gondor", "Mordor, the awful Fornost").
   */
  private static boolean connected(List<Token> tokens, SlotFill a, SlotFill b) {
    int gap = b.first() - a.last() - 1;
    if (gap < 1 || gap > 5) {
      return false;
    }
    if (closesAnOpeningPhrase(tokens, a.last() + 1)) {
      return false;
    }
    int k = a.last() + 1;
    while (k < b.first() && CONNECTORS.contains(tokens.get(k).key())) {
      k++;
    }
    int connectors = k - a.last() - 1;
    if (connectors < 1 || connectors > 3) {
      return false;
    }
    int modifiers = b.first() - k;
    if (modifiers > 2) {
      return false;
    }
    for (; k < b.first(); k++) {
      if (!isModifier(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "… suspend aid to Mali, and France suspended its cooperation": a comma and "and" between two
   * actors, the second followed by its verb, join two clauses, not a list of two.
   */
  private static boolean opensAClause(List<Token> tokens, SlotFill a, SlotFill b) {
    if (b.first() - a.last() != 3
        || !tokens.get(a.last() + 1).key().equals(",")
        || !tokens.get(a.last() + 2).key().equals("and")
        || b.last() + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(b.last() + 1);
    return Character.isLowerCase(next.form().charAt(0))
        && (isVerbLike(next.key()) || CLAUSE_OPENERS.contains(next.key()));
  }

  /**
   * "During the talks of Chile, Peru and Bolivia on Monday, ministers …": a comma followed by "and"
   * within four words and then another comma within six, no verb between, is a list's comma; the
   * second closes the opening phrase.
   */
  private static boolean listGoesOn(List<Token> tokens, int comma) {
    for (int k = comma + 1; k <= comma + 4 && k < tokens.size(); k++) {
      String key = tokens.get(k).key();
      if (key.equals(",")) {
        return false;
      }
      if (key.equals("and")) {
        for (int m = k + 1; m <= k + 6 && m < tokens.size(); m++) {
          Token t = tokens.get(m);
          if (t.key().equals(",")) {
            return true;
          }
          if (Character.isLowerCase(t.form().charAt(0)) && isVerbLike(t.key())) {
            return false; // "…, Russia and Georgia agreed, officials said": a clause, no list
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Irregular pasts and adverbs that open a clause after its subject ("and France said"). */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "said", "told", "sent", "took", "made", "met", "gave", "held", "led", "began", "left",
          "won", "also", "then");

  /**
   * "Under a plan brokered by French President X, Russia and Georgia agreed …": the first comma of
   * a sentence that opens with a preposition closes that phrase, so the actor before it is no
   * member of the list after it.
   */
  private static boolean closesAnOpeningPhrase(List<Token> tokens, int comma) {
    if (!tokens.get(comma).key().equals(",") || !OPENING.contains(tokens.get(0).key())) {
      return false;
    }
    for (int k = 1; k < comma; k++) {
      if (tokens.get(k).key().equals(",")) {
        return false;
      }
    }
    return !listGoesOn(tokens, comma);
  }

  private static final java.util.Set<String> OPENING =
      java.util.Set.of(
          "under",
          "after",
          "following",
          "despite",
          "amid",
          "during",
          "before",
          "since",
          "unlike",
          "with",
          "without",
          "in",
          "on",
          "at",
          "for",
          "according",
          "speaking",
          "like");

  /** A lower-case word that can modify a name: no verb, function word or role noun. */
  private static boolean isModifier(Token t) {
    String form = t.form();
    return !form.isEmpty()
        && Character.isLowerCase(form.charAt(0))
        && form.chars().allMatch(Character::isLetter)
        && !isVerbLike(t.key())
        && !FUNCTION_WORDS.contains(t.key())
        && !PREPOSITIONS.contains(t.key())
        && !SECTOR_NOUNS.containsKey(t.key());
  }

  /** A preposition after a state opens another phrase ("Osgiliath with the leaders of Gondor"). */
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "of",
          "with",
          "in",
          "on",
          "at",
          "to",
          "for",
          "from",
          "by",
          "against",
          "into",
          "between",
          "among",
          "during",
          "after",
          "before",
          "over",
          "under",
          "about",
          "across",
          "including",
          "via",
          "toward",
          "towards",
          "upon",
          "within",
          "without",
          "like",
          "near");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "our",
          "of",
          "in",
          "on",
          "at",
          "to",
          "for",
          "from",
          "with",
          "by",
          "as",
          "that",
          "which",
          "who",
          "but",
          "or",
          "nor",
          "not",
          "all",
          "other",
          "some",
          "many",
          "several",
          "both",
          "each",
          "also",
          "then",
          "than",
          "while",
          "whereas",
          "where",
          "when",
          "if",
          "so",
          "yet",
          "because",
          "since",
          "although");

  private static boolean hasAnd(List<Token> tokens, SlotFill a, SlotFill b) {
    for (int k = a.last() + 1; k < b.first(); k++) {
      String key = tokens.get(k).key();
      if (key.equals("and") || key.equals("-") || key.equals("nor") || key.equals("&")) {
        return true;
      }
    }
    return false;
  }
}
