package dev.dyad.core.coding.mentions;

import dev.dyad.core.actors.ActorKind;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Light coreference: finds referring phrases ("the two countries", "they", "it", "he") and resolves
 * them to actors named just before, in the sentence or the last two sentences, or in the nearest
 * heading; "the two countries" and "the two sides" look at the whole document.
 *
 * <ul>
 *   <li>"the two countries", "both nations": the states of a coordination just before ("South Korea
 *       and Japan. Both nations…"), else the most mentioned states of the document so far ({@link
 *       Salience}), as bare country codes;
 *   <li>"the two sides", "the pair": the same, the actors as named; "the leaders of the two
 *       countries": the same states, as governments;
 *   <li>"both leaders", "the three leaders": the most recent distinct actors, as governments;
 *   <li>"they", "them": the most recent coordination of two or more actors, else the most recent
 *       plural actor ("North Korean troops");
 *   <li>"it", "the country": the most recent state or body; "the regime": its government;
 *   <li>"he", "him", "she", "her" (as an object: "endorsed her in July"): a person, named or a
 *       private one ("a man"), ranked: those of its own sentence, most recent first, then the
 *       subjects of the sentences before, then their other people; "the latter": the most recent
 *       actor;
 *   <li>"the group", "the Islamist group", "the militia", "the organisation": the most recent
 *       organisation or armed group ("al-Shabaab … Nairobi blames the Islamist group for …");
 *   <li>"the party": the most recent party or opposition named;
 *   <li>"the president", "the former prime minister": a person named before with that title
 *       ("President Donald Trump"), ranked as for "he"; not "the president of France", which names
 *       its holder after it.
 * </ul>
 *
 * <p>Stateless; the antecedents are passed in.
 */
public final class Coreference {
  private Coreference() {}

  enum Kind {
    COUNTRIES,
    SIDES,
    LEADERS,
    PLURAL,
    SINGULAR,
    REGIME,
    PERSON,
    OWN_STATE,
    ITS_GOVERNMENT,
    ISLAND,
    ITS_FORCES,
    LATTER,
    GROUP,
    PARTY,
    TITLE,
    GOVERNMENTS
  }

  /** A referring phrase found in a sentence. */
  record Phrase(int first, int last, Kind kind, int count) {}

  /**
   * An actor named before the phrase, or a phrase already resolved to it ("both nations" counts as
   * a mention of the two states it stands for).
   *
   * @param party the actor
   * @param group an id shared by the members of one coordination, or -1
   * @param last the token its words end at, in their own sentence
   * @param subject whether it is the first actor its sentence names (or a pronoun that opens it),
   *     most often the sentence's subject
   */
  record Antecedent(Party party, int group, int last, boolean subject) {
    Antecedent(Party party, int group, int last) {
      this(party, group, last, false);
    }

    /** The same mention, as the subject of its sentence. */
    Antecedent asSubject() {
      return new Antecedent(party, group, last, true);
    }
  }

  /**
   * What a phrase can refer to.
   *
   * @param recent actors of the title, the nearest heading, the last two sentences and this one
   *     before the phrase, oldest first
   * @param document every actor of the document before the phrase, oldest first
   * @param compound the last coordination of the sentence before the phrase, or else of the
   *     previous sentence (heading or not); empty when there is none
   * @param own how many of {@code recent}, at its end, are of the phrase's own sentence
   */
  record Context(
      List<Antecedent> recent, List<Antecedent> document, List<Antecedent> compound, int own) {
    /** Only recent actors: a context for phrases read without their document. */
    static Context of(List<Antecedent> recent) {
      return new Context(recent, recent, List.of(), recent.size());
    }
  }

  private static final Map<String, Phrase> PHRASES = new LinkedHashMap<>();

  /** What news calls an armed or militant group it has named before: "the Islamist group". */
  private static final List<String> GROUP_KINDS =
      List.of(
          "militant",
          "islamist",
          "rebel",
          "armed",
          "jihadist",
          "extremist",
          "terrorist",
          "separatist",
          "insurgent",
          "guerrilla",
          "guerilla",
          "paramilitary");

  /** Sectors of a non-state group that "the group" can name. */
  private static final java.util.Set<String> GROUP_SECTORS =
      java.util.Set.of("REB", "UAF", "INS", "SEP", "OPP", "CRM");

  private static final java.util.Set<String> FORCES =
      java.util.Set.of(
          "troops",
          "forces",
          "soldiers",
          "army",
          "navy",
          "military",
          "units",
          "personnel",
          "warships",
          "jets",
          "warplanes",
          "aircraft",
          "planes",
          "drones",
          "helicopters",
          "tanks",
          "ships",
          "vessels",
          "submarines",
          "police",
          "agents",
          "officers",
          "workers",
          "labourers");

  /**
   * Titles by which news refers back to a person it has named with them: "President Donald Trump …
   * Pelosi accused the president of …".
   */
  private static final List<String> TITLES =
      List.of(
          "president",
          "vice president",
          "prime minister",
          "premier",
          "chancellor",
          "king",
          "queen",
          "emir",
          "governor",
          "mayor",
          "senator",
          "foreign minister",
          "defence minister",
          "defense minister",
          "foreign secretary",
          "secretary of state",
          "opposition leader");

  static {
    for (String noun :
        List.of(
            "countries",
            "nations",
            "states",
            "neighbours",
            "neighbors",
            "governments",
            "capitals")) {
      put("the two " + noun, Kind.COUNTRIES, 2);
      put("both " + noun, Kind.COUNTRIES, 2);
      put("the three " + noun, Kind.COUNTRIES, 3);
    }
    for (String noun : List.of("sides", "allies", "parties", "partners")) {
      put("the two " + noun, Kind.SIDES, 2);
      put("both " + noun, Kind.SIDES, 2);
      put("the three " + noun, Kind.SIDES, 3);
    }
    put("the pair", Kind.SIDES, 2);
    put("the allies", Kind.SIDES, 2);
    for (String noun : List.of("leaders", "men", "presidents", "ministers")) {
      put("the two " + noun, Kind.LEADERS, 2);
      put("both " + noun, Kind.LEADERS, 2);
      put("the three " + noun, Kind.LEADERS, 3);
    }
    put("they", Kind.PLURAL, 0);
    put("them", Kind.PLURAL, 0);
    put("it", Kind.SINGULAR, 1);
    put("its", Kind.SINGULAR, 1);
    put("the country", Kind.SINGULAR, 1);
    // "China staged drills near the island": an island state named before (Taiwan, Cyprus).
    put("the island", Kind.ISLAND, 1);
    put("the regime", Kind.REGIME, 1);
    // "Trudeau said his government would impose sanctions", "Putin said his troops would
    // withdraw": a leader's own country, government or forces are the state the leader speaks for.
    for (String owner : List.of("his", "her")) {
      for (String noun :
          List.of(
              "country",
              "government",
              "administration",
              "nation",
              "troops",
              "forces",
              "army",
              "soldiers",
              "military")) {
        put(owner + " " + noun, Kind.OWN_STATE, 1);
      }
    }
    // "Iran acknowledged its government had shot down …", "Russia said its forces …": a state's
    // own organs, the state named before (never a person's: "his government" is above).
    for (String owner : List.of("its", "their")) {
      for (String noun : List.of("government", "administration", "authorities")) {
        put(owner + " " + noun, Kind.ITS_GOVERNMENT, 1);
      }
      for (String noun : List.of("troops", "forces", "army", "soldiers", "military")) {
        put(owner + " " + noun, Kind.ITS_FORCES, 1);
      }
    }
    put("he", Kind.PERSON, 1);
    put("him", Kind.PERSON, 1);
    put("she", Kind.PERSON, 1);
    put("her", Kind.PERSON, 1);
    put("the latter", Kind.LATTER, 1);
    put("the group", Kind.GROUP, 1);
    put("the militia", Kind.GROUP, 1);
    put("the organisation", Kind.GROUP, 1);
    put("the organization", Kind.GROUP, 1);
    put("the bloc", Kind.GROUP, 1);
    put("the party", Kind.PARTY, 1);
    for (String kind : GROUP_KINDS) {
      put("the " + kind + " group", Kind.GROUP, 1);
      put("the " + kind + " movement", Kind.GROUP, 1);
    }
    for (String title : TITLES) {
      put("the " + title, Kind.TITLE, 1);
      put("the former " + title, Kind.TITLE, 1);
    }
  }

  /** Words that may follow "her" as an object: punctuation, prepositions, conjunctions, adverbs. */
  private static final java.util.Set<String> AFTER_OBJECT =
      java.util.Set.of(
          ".",
          ",",
          ";",
          ":",
          "\"",
          "in",
          "on",
          "at",
          "for",
          "until",
          "as",
          "to",
          "and",
          "but",
          "or",
          "with",
          "over",
          "after",
          "before",
          "from",
          "by",
          "during",
          "since",
          "because",
          "despite",
          "when",
          "while",
          "again",
          "last",
          "this",
          "publicly",
          "twice");

  private static void put(String words, Kind kind, int count) {
    PHRASES.put(words, new Phrase(0, words.split(" ").length - 1, kind, count));
  }

  /** A phrase's words, split once. */
  private record Words(String[] parts, Phrase phrase) {}

  private static final Map<String, List<Words>> BY_FIRST_WORD = new HashMap<>();

  static {
    for (Map.Entry<String, Phrase> e : PHRASES.entrySet()) {
      String[] parts = e.getKey().split(" ");
      BY_FIRST_WORD
          .computeIfAbsent(parts[0], k -> new ArrayList<>())
          .add(new Words(parts, e.getValue()));
    }
    // Longest first, so that "the two countries" is tried before "the country".
    BY_FIRST_WORD.values().forEach(l -> l.sort((a, b) -> b.parts().length - a.parts().length));
  }

  /** The referring phrases in {@code tokens}, in order and never overlapping. */
  public static List<Phrase> find(List<Token> tokens) {
    List<Phrase> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      List<Words> options = BY_FIRST_WORD.get(tokens.get(i).key());
      Phrase hit = null;
      if (options != null) {
        for (Words words : options) {
          String[] parts = words.parts();
          if (i + parts.length > tokens.size()) {
            continue;
          }
          boolean ok = true;
          for (int k = 0; k < parts.length && ok; k++) {
            ok = tokens.get(i + k).key().equals(parts[k]);
          }
          // Quirk: "it" before "is"/"was" + adjective is usually a dummy subject ("it is
          // unclear"); such a clause never carries an event trigger, so no guard is needed.
          // "its" refers only as the owner of forces: "the deployment of its troops to …".
          if (ok
              && parts.length == 1
              && parts[0].equals("its")
              && (i + 1 >= tokens.size() || !FORCES.contains(tokens.get(i + 1).key()))) {
            ok = false;
          }
          // Quirk: "It was the largest protest in Moscow since 2012": "it" before a copula and a
          // noun phrase or an adjective is a dummy, no actor ("it is unclear", "it was a day of").
          if (ok && parts.length == 1 && parts[0].equals("it") && dummyIt(tokens, i)) {
            ok = false;
          }
          // Quirk: "condemned the strike, calling it an aggression": "it" after a verb of naming
          // is the act just named, never an actor.
          if (ok
              && parts.length == 1
              && parts[0].equals("it")
              && i > 0
              && NAMING.contains(tokens.get(i - 1).key())) {
            ok = false;
          }
          // "her" refers only as an object ("endorsed her in July", "praised her."), never as a
          // possessive ("her plan", "her government").
          if (ok
              && parts.length == 1
              && parts[0].equals("her")
              && i + 1 < tokens.size()
              && !AFTER_OBJECT.contains(tokens.get(i + 1).key())) {
            ok = false;
          }
          // "the president of the European Commission" names whom it means after it; "accused
          // the president of lying" does not.
          if (ok
              && (words.phrase().kind() == Kind.TITLE || parts[parts.length - 1].equals("island"))
              && ofAName(tokens, i + parts.length)) {
            ok = false;
          }
          if (ok) {
            Phrase p = words.phrase();
            hit = new Phrase(i, i + parts.length - 1, p.kind(), p.count());
            break;
          }
        }
      }
      if (hit == null) {
        hit = describedState(tokens, i);
      }
      // "The leaders of the two countries spoke": their governments, not the bare states.
      if (hit != null
          && hit.kind() == Kind.COUNTRIES
          && i >= 2
          && tokens.get(i - 1).key().equals("of")
          && OFFICE_HOLDERS.contains(tokens.get(i - 2).key())) {
        hit = new Phrase(i - 2, hit.last(), Kind.GOVERNMENTS, hit.count());
      }
      if (hit != null) {
        found.add(hit);
        i = hit.last() + 1;
      } else {
        i++;
      }
    }
    return found;
  }

  /** Whether "of" and a name ("of France", "of the European Commission") start at {@code k}. */
  private static boolean ofAName(List<Token> tokens, int k) {
    if (k >= tokens.size() || !tokens.get(k).key().equals("of")) {
      return false;
    }
    int name = k + 1 < tokens.size() && tokens.get(k + 1).key().equals("the") ? k + 2 : k + 1;
    return name < tokens.size() && Character.isUpperCase(tokens.get(name).form().codePointAt(0));
  }

  /** States news calls "the island": one island, or most of one. */
  private static final java.util.Set<String> ISLAND_STATES =
      java.util.Set.of(
          "TWN", "CYP", "LKA", "CUB", "MDG", "ISL", "MLT", "SGP", "JAM", "BHR", "MUS", "CPV", "TTO",
          "BRB", "NRU");

  /** Those of a state who act for it: "the leaders of the two countries". */
  private static final java.util.Set<String> OFFICE_HOLDERS =
      java.util.Set.of(
          "leaders",
          "governments",
          "presidents",
          "ministers",
          "delegations",
          "officials",
          "heads",
          "envoys",
          "diplomats",
          "representatives",
          "negotiators");

  /** Lower-case nouns by which news refers back to a state: "the Gulf state", "the kingdom". */
  private static final java.util.Set<String> STATE_NOUNS =
      java.util.Set.of(
          "state", "nation", "kingdom", "emirate", "republic", "sultanate", "island", "monarchy");

  /** Words that may follow such a phrase when it stands for the state (not "the state media"). */
  private static final java.util.Set<String> AFTER_STATE =
      java.util.Set.of(
          ".", ",", ";", ":", "\"", "'s", "has", "had", "have", "is", "was", "said", "says",
          "would", "will", "could", "did", "does", "also", "which", "that", "and", "to", "in", "on",
          "for", "with", "from", "over", "after", "since", "of", "by", "as");

  /**
   * "accusing the Gulf state of supporting terrorism", "the oil-rich kingdom", "the island": "the",
   * up to two modifiers and a lower-case state noun, standing for the most recent state. Not "the
   * state media" (a noun follows) nor "the Indian state of Kerala" (a place follows).
   */
  private static Phrase describedState(List<Token> tokens, int i) {
    if (!tokens.get(i).key().equals("the")) {
      return null;
    }
    for (int head = i + 1; head <= i + 3 && head < tokens.size(); head++) {
      Token t = tokens.get(head);
      if (STATE_NOUNS.contains(t.key()) && Character.isLowerCase(t.form().codePointAt(0))) {
        if (head + 1 < tokens.size()) {
          String next = tokens.get(head + 1).key();
          if (!AFTER_STATE.contains(next)
              || next.equals("of")
                  && head + 2 < tokens.size()
                  && Character.isUpperCase(tokens.get(head + 2).form().codePointAt(0))) {
            return null;
          }
        }
        return new Phrase(i, head, Kind.SINGULAR, 1);
      }
      if (!Character.isLetter(t.form().codePointAt(0)) || MODIFIER_STOPS.contains(t.key())) {
        return null;
      }
    }
    return null;
  }

  /** Words that end the modifiers of a described state: "the two", "the other", "the same". */
  private static final java.util.Set<String> MODIFIER_STOPS =
      java.util.Set.of("two", "three", "other", "same", "whole", "entire", "next", "last", "first");

  /** Verbs of naming after which "it" is the act named before: "calling it a crime". */
  private static final Set<String> NAMING =
      dev.dyad.core.coding.morphology.Inflections.english()
          .verbForms("call", "describe", "term", "label", "brand", "dub");

  /** Words after "it is"/"it was" that make "it" a dummy subject. */
  private static final java.util.Set<String> AFTER_DUMMY_COPULA =
      java.util.Set.of(
          "the",
          "a",
          "an",
          "one",
          "not",
          "also",
          "unclear",
          "likely",
          "unlikely",
          "possible",
          "impossible",
          "time",
          "too",
          "hard",
          "difficult",
          "clear",
          "important",
          "necessary",
          "expected",
          "thought",
          "believed",
          "feared",
          "estimated",
          "reported",
          "understood");

  private static boolean dummyIt(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return false;
    }
    String copula = tokens.get(i + 1).key();
    return (copula.equals("is") || copula.equals("was") || copula.equals("'s"))
        && AFTER_DUMMY_COPULA.contains(tokens.get(i + 2).key());
  }

  /**
   * Resolves {@code phrase}, written as {@code words}, against {@code antecedents} (oldest first).
   * Empty when it cannot be resolved: too few actors, or none of the right kind.
   */
  static Optional<SlotFill> resolve(Phrase phrase, String words, Context context) {
    List<Antecedent> antecedents = context.recent();
    List<Party> parties = new ArrayList<>();
    boolean oneOf = false;
    switch (phrase.kind()) {
      case COUNTRIES, SIDES, GOVERNMENTS -> {
        java.util.function.Predicate<Party> keep =
            phrase.kind() == Kind.SIDES ? p -> true : Party::isState;
        List<Party> chosen = compound(context.compound(), phrase.count(), keep);
        if (chosen.isEmpty()) {
          chosen = Salience.top(context.document(), phrase.count(), keep);
        }
        if (chosen.size() < phrase.count()) {
          return Optional.empty();
        }
        for (Party p : chosen) {
          parties.add(
              switch (phrase.kind()) {
                case COUNTRIES -> p.asCountry(words);
                case GOVERNMENTS -> p.asGovernment(words);
                default -> p.namedAs(words);
              });
        }
      }
      case LEADERS -> {
        Map<String, Party> byCountry = new LinkedHashMap<>();
        for (int k = antecedents.size() - 1; k >= 0 && byCountry.size() < phrase.count(); k--) {
          Party p = antecedents.get(k).party();
          byCountry.putIfAbsent(p.country(), p);
        }
        if (byCountry.size() < phrase.count()) {
          return Optional.empty();
        }
        for (Party p : byCountry.values()) {
          parties.add(p.asGovernment(words));
        }
      }
      case PLURAL -> {
        int group = -1;
        for (int k = antecedents.size() - 1; k >= 0; k--) {
          Antecedent a = antecedents.get(k);
          if (a.group() >= 0) {
            group = a.group();
            break;
          }
          if (a.party().plural()) {
            parties.add(a.party().namedAs(words));
            break;
          }
        }
        if (group >= 0) {
          for (Antecedent a : antecedents) {
            if (a.group() == group) {
              parties.add(a.party().namedAs(words));
            }
          }
        }
      }
      case SINGULAR, REGIME -> {
        // Quirk: "it" is resolved to ranked candidates, most recent first; the coder takes the
        // first one that is not the other side of the event ("Russia said it would…").
        oneOf = true;
        for (int k = antecedents.size() - 1; k >= 0; k--) {
          Party p = antecedents.get(k).party();
          if (p.kind() != ActorKind.PERSON
              && !p.privatePerson()
              && !p.plural()
              && !contains(parties, p.code())) {
            parties.add(phrase.kind() == Kind.REGIME ? p.asGovernment(words) : p.namedAs(words));
          }
        }
      }
      case ISLAND -> {
        // The most recent island state; any other state is no island ("the United States").
        for (int k = antecedents.size() - 1; k >= 0 && parties.isEmpty(); k--) {
          Party p = antecedents.get(k).party();
          if (p.kind() != ActorKind.PERSON && ISLAND_STATES.contains(p.country())) {
            parties.add(p.asCountry(words));
          }
        }
      }
      case ITS_GOVERNMENT, ITS_FORCES -> {
        oneOf = true;
        for (int k = antecedents.size() - 1; k >= 0; k--) {
          Party p = antecedents.get(k).party();
          if (p.kind() != ActorKind.PERSON
              && !p.privatePerson()
              && p.country().length() == 3
              && (p.code().equals(p.country())
                  || p.code().equals(p.country() + "GOV")
                  || p.code().equals(p.country() + "MIL"))) {
            // Only a state or its government or army owns them: protesters' "leaders" are not.
            Party organ =
                phrase.kind() == Kind.ITS_FORCES
                    ? p.asCountry(words).withSector("MIL")
                    : p.asGovernment(words);
            if (!contains(parties, organ.code())) {
              parties.add(organ);
            }
          }
        }
      }
      case TITLE -> {
        // The person named with the same title, ranked as a pronoun's person is; a person the
        // article named without it ("Trump") is not guessed.
        oneOf = true;
        String title = words.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the (former )?", "");
        for (Party p : ranked(antecedents, context.own())) {
          if (p.kind() == ActorKind.PERSON
              && p.text().toLowerCase(java.util.Locale.ROOT).contains(title)
              && !contains(parties, p.code())) {
            parties.add(p.namedAs(words));
          }
        }
      }
      case PERSON -> {
        oneOf = true;
        // Most recent first; but of the sentences before, their subjects come first: "Odinga
        // accused President Kenyatta of rigging the vote. Police later arrested him" is Odinga,
        // who the story follows, as a reader takes it (centering).
        for (Party p : ranked(antecedents, context.own())) {
          // "a man … police detained him": a private person is a person too.
          if ((p.kind() == ActorKind.PERSON || (p.privatePerson() && !p.plural()))
              && !contains(parties, p.code())) {
            parties.add(p.namedAs(words));
          }
        }
      }
      case OWN_STATE -> {
        // "Erdogan said his government …", "the Turkish president said his country …": the leader
        // named before, as a person or as a state's office holder.
        oneOf = true;
        for (Party p : ranked(antecedents, context.own())) {
          if ((p.kind() == ActorKind.PERSON || p.code().equals(p.country() + "GOV"))
              && !p.privatePerson()
              && !contains(parties, p.code())) {
            parties.add(p.namedAs(words));
          }
        }
      }
      case GROUP -> {
        // The most recent group alone: a group is never its state ("Abuja blamed the group"
        // names Boko Haram, NGAREB, beside Nigeria), so no ranked guesses are needed.
        for (int k = antecedents.size() - 1; k >= 0 && parties.isEmpty(); k--) {
          Party p = antecedents.get(k).party();
          if (isGroup(p)) {
            parties.add(p.namedAs(words));
          }
        }
      }
      case PARTY -> {
        // "The CNRP demanded … Ouk Rithy rejected the party's demand": the last party named.
        for (int k = antecedents.size() - 1; k >= 0 && parties.isEmpty(); k--) {
          Party p = antecedents.get(k).party();
          if (p.code().length() == 6 && (p.code().endsWith("PTY") || p.code().endsWith("OPP"))) {
            parties.add(p.namedAs(words));
          }
        }
      }
      case LATTER -> {
        if (!antecedents.isEmpty()) {
          parties.add(antecedents.get(antecedents.size() - 1).party().namedAs(words));
        }
      }
    }
    return parties.isEmpty()
        ? Optional.empty()
        : Optional.of(new SlotFill(phrase.first(), phrase.last(), parties, oneOf, true));
  }

  /**
   * The actors before a phrase in the order a person is looked for: those of its own sentence, most
   * recent first, then the subjects of the sentences before, then their other actors.
   */
  private static List<Party> ranked(List<Antecedent> antecedents, int own) {
    List<Party> out = new ArrayList<>();
    int ownFrom = antecedents.size() - own;
    for (int pass = 0; pass < 3; pass++) {
      for (int k = antecedents.size() - 1; k >= 0; k--) {
        Antecedent a = antecedents.get(k);
        boolean inPass =
            switch (pass) {
              case 0 -> k >= ownFrom;
              case 1 -> k < ownFrom && a.subject();
              default -> k < ownFrom && !a.subject();
            };
        if (inPass) {
          out.add(a.party());
        }
      }
    }
    return out;
  }

  /**
   * The members of {@code group} when they are exactly {@code count} distinct countries that pass
   * {@code keep}: a coordination just before is the strongest sign of what "the two countries"
   * means. Empty otherwise.
   */
  private static List<Party> compound(
      List<Antecedent> group, int count, java.util.function.Predicate<Party> keep) {
    Map<String, Party> byCountry = new LinkedHashMap<>();
    for (Antecedent a : group) {
      if (!keep.test(a.party())) {
        return List.of();
      }
      byCountry.putIfAbsent(a.party().country(), a.party());
    }
    return byCountry.size() == count ? List.copyOf(byCountry.values()) : List.of();
  }

  /**
   * An organisation, or a named group whose code ends in a non-state sector (Hamas, PSEREB); never
   * a state, a person or a role word ("rebels" has no name to refer back to).
   */
  private static boolean isGroup(Party p) {
    if (p.kind() == ActorKind.ORGANIZATION) {
      return true;
    }
    String code = p.code();
    return p.kind() == ActorKind.INSTITUTION
        && code.length() == 6
        && GROUP_SECTORS.contains(code.substring(3));
  }

  private static boolean contains(List<Party> parties, String code) {
    for (Party p : parties) {
      if (p.code().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
