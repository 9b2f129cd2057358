package dev.dyad.core.actors;

import dev.dyad.core.clean.WordSegmenter;
import dev.dyad.core.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * People the dictionary does not list and no title introduces, named in real news as suspects,
 * plaintiffs, councillors or activists: "Kyle Rittenhouse, the suspect in a shooting in Kenosha,
 * Wisconsin", "Sharif Hotak, of the Maidan Wardak provincial council", "Eva Müller, a politician in
 * Austria", "28-year-old Usman Khan stabbed several people in London". A name of two to four
 * capitalised words ({@link PersonNames}) is a person when a description follows it (an apposition
 * that opens with an article or an age, or "of" and a place or a body), when an age comes before
 * it, when it acts in a sentence whose place is clear, or when a verb of praise, blame or appeal is
 * aimed at it ("praised Jane Doe", "sued Jane Doe"); its country is the description's place, else
 * the sentence's one place, else the country the article is about. Such a person is a private
 * person ({@code CVL}, marked by the entry code prefix {@link #PRIVATE}) unless the description
 * gives a sector ("a councillor" GOV, "a cleric" REL). The reader remembers the name, so a later
 * surname alone ("Rittenhouse said") names the same actor.
 *
 * <p>Never a person: words the dictionary knows, names whose first or last word is an English word
 * of the lexicon ("Green Party", "Jurassic Park"), names of bodies, companies, places and works
 * ("Acme Holdings", "Fishmongers' Hall"), names after "the" or a quote, an article's title.
 */
public final class UnlistedPeople {
  /** Entry-code prefix of a named private person, which the event coder restricts. */
  static final String PRIVATE = "UNLISTED-PRIVATE-";

  private static final Predicate<ActorEntry> ANY = e -> true;
  private static final Predicate<ActorEntry> TERRITORY =
      e -> e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.PLACE;
  private static final Predicate<ActorEntry> ROLE_LIKE =
      e -> e.kind() == ActorKind.ROLE || e.kind() == ActorKind.TITLE;

  /** Words longer than the description may run, in tokens. */
  private static final int MAX_DESCRIPTION = 30;

  /** Sectors a description may give; the rest (criminals, civilians, groups) stay CVL. */
  private static final Set<String> DESCRIBED_SECTORS =
      Set.of("GOV", "LEG", "REL", "PTY", "OPP", "JUD", "COP", "MIL", "EDU", "HLH", "MED", "LAB");

  /** Description words the role dictionary does not list as a sector's: local office holders. */
  private static final java.util.Map<String, String> OFFICES =
      java.util.Map.of(
          "councillor", "GOV",
          "councilor", "GOV",
          "council", "GOV",
          "councilman", "GOV",
          "councilwoman", "GOV",
          "alderman", "GOV",
          "politician", "GOV");

  /**
   * Words of a name that make it a body, a company, a place, an event or a work: "Acme Holdings",
   * "Fishmongers' Hall", "Silver Lake", "Champions League".
   */
  private static final Set<String> NOT_PEOPLE =
      Set.of(
          "inc",
          "ltd",
          "llc",
          "plc",
          "corp",
          "corporation",
          "company",
          "co",
          "group",
          "holdings",
          "association",
          "foundation",
          "institute",
          "center",
          "centre",
          "news",
          "times",
          "post",
          "club",
          "united",
          "city",
          "fc",
          "airlines",
          "airways",
          "museum",
          "church",
          "mosque",
          "temple",
          "school",
          "academy",
          "park",
          "bridge",
          "hall",
          "square",
          "river",
          "lake",
          "mountain",
          "mount",
          "island",
          "islands",
          "road",
          "avenue",
          "festival",
          "award",
          "awards",
          "prize",
          "cup",
          "league",
          "games",
          "championship",
          "records",
          "media",
          "network",
          "television",
          "tv",
          "radio",
          "press",
          "journal",
          "magazine",
          "front",
          "movement",
          "alliance",
          "coalition",
          "organization",
          "organisation",
          "society",
          "federation",
          "authority",
          "service",
          "services",
          "police",
          "force",
          "guard",
          "navy",
          "act",
          "bill",
          "law",
          "treaty",
          "accord",
          "agreement",
          "plan",
          "report",
          "project",
          "program",
          "programme",
          "station",
          "tower",
          "building",
          "stadium",
          "arena",
          "region",
          "province",
          "county",
          "district",
          "valley",
          "coast",
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "national",
          "international",
          "royal",
          "federal",
          "technologies",
          "tech",
          "systems",
          "energy",
          "pharmaceuticals",
          "bros",
          "brothers",
          "partners",
          "capital",
          "studios",
          "pictures",
          "entertainment",
          "films",
          "books",
          "street",
          "hotel",
          "hospital",
          "airport",
          "university",
          "college",
          "world");

  /** Description words that make the name before them a thing, not a person. */
  private static final Set<String> THINGS =
      Set.of(
          "company",
          "firm",
          "group",
          "organisation",
          "organization",
          "charity",
          "city",
          "town",
          "village",
          "province",
          "region",
          "district",
          "county",
          "state",
          "film",
          "movie",
          "book",
          "novel",
          "album",
          "song",
          "single",
          "band",
          "team",
          "club",
          "newspaper",
          "magazine",
          "party",
          "brand",
          "restaurant",
          "ship",
          "vessel",
          "river",
          "lake",
          "mountain",
          "island",
          "airline",
          "bank",
          "website",
          "app",
          "series",
          "show",
          "programme",
          "program",
          "play",
          "opera",
          "game",
          "network",
          "channel",
          "station",
          "hotel",
          "school",
          "university",
          "hospital",
          "street",
          "building",
          "venue",
          "agency",
          "startup",
          "manufacturer",
          "retailer",
          "chain",
          "label",
          "studio",
          "subsidiary",
          "unit",
          "campaign",
          "movement");

  /** Words before a name that make it a work, a vessel or a place: "the film Jane Eyre". */
  private static final Set<String> NOT_BEFORE =
      Set.of(
          "the",
          "film",
          "movie",
          "book",
          "novel",
          "album",
          "song",
          "series",
          "show",
          "ship",
          "vessel",
          "hurricane",
          "storm",
          "typhoon",
          "cyclone",
          "operation",
          "in",
          "at",
          "near",
          "from",
          "via",
          "\"",
          "“",
          "‘",
          "'",
          "team",
          "club",
          "titled",
          "entitled",
          "called",
          "named");

  /** Common English words: a name whose first or last word is one is no person's. */
  private static final Set<String> LEXICON = englishWords();

  /** The lexicon without its words of people's names: "Angela Stanton" may be anyone's name. */
  private static Set<String> englishWords() {
    Set<String> words = new java.util.HashSet<>(WordSegmenter.english().lexicon());
    words.removeAll(WordSegmenter.english().personalNames());
    return Set.copyOf(words);
  }

  /**
   * A name that may be a person, waiting for the end of the sentence to be decided. {@code common}:
   * a word of the name is an English word ("Helen Marsh"), so only a description that gives an
   * office makes it a person.
   */
  record Candidate(int from, int to, List<Token> name, boolean common) {}

  /**
   * What was decided about a candidate: the name [from, to), the end of its description (or {@code
   * to}), its country and sector.
   */
  record Person(int from, int to, int described, List<Token> name, String country, String sector) {}

  private final AliasTrie trie;
  private final List<Token> tokens;
  private final Optional<LocalDate> date;
  private final List<Candidate> candidates = new ArrayList<>();

  UnlistedPeople(AliasTrie trie, List<Token> tokens, Optional<LocalDate> date) {
    this.trie = trie;
    this.tokens = tokens;
    this.date = date;
  }

  /** Whether {@code entry} is a named private person introduced by this class. */
  public static boolean isNamedPrivate(ActorEntry entry) {
    return entry.code().startsWith(PRIVATE);
  }

  /**
   * Notes a name that may be a person at token {@code i}, where the dictionary knows nothing;
   * returns the token after it, or {@code i + 1} when there is no such name.
   */
  int candidate(int i) {
    List<Token> name = name(i);
    if (name.isEmpty()) {
      return i + 1;
    }
    boolean common =
        LEXICON.contains(name.get(0).key()) || LEXICON.contains(name.get(name.size() - 1).key());
    candidates.add(new Candidate(i, i + name.size(), name, common));
    return i + name.size();
  }

  private List<Token> name(int i) {
    if (!PersonNames.isNameWord(tokens.get(i))) {
      return List.of();
    }
    if (i > 0) {
      Token before = tokens.get(i - 1);
      // Quirk: a sentence may open with a capitalised trade before the name ("Businessman Harl
      // Vostrand of Ohio"); any other capital before it makes a longer name or title.
      boolean tradeOpening = i == 1 && LEXICON.contains(before.key());
      if (NOT_BEFORE.contains(before.key())
          || PersonNames.capitalised(before) && !before.form().endsWith(".") && !tradeOpening
          || before.possessive()) {
        return List.of();
      }
    }
    List<Token> name = PersonNames.at(tokens, i);
    int words = 0;
    for (int k = 0; k < name.size(); k++) {
      Token t = name.get(k);
      AliasTrie.Hit hit = trie.longest(tokens, i + k, ANY, date);
      // A listed person's one-word alias inside another name is another person ("Sharif Hotak",
      // "Hunter Biden"), as SentenceReader.anotherFirstName says; any other known word is not.
      boolean surnameAlias =
          hit != null && hit.entry().kind() == ActorKind.PERSON && hit.end() == i + k + 1;
      if (hit != null && !surnameAlias || NOT_PEOPLE.contains(t.key())) {
        return List.of();
      }
      if (PersonNames.isNameWord(t)) {
        words++;
        if (t.form().length() == 1) {
          return List.of(); // initials make an acronym or a firm more often than a person
        }
      }
    }
    int end = i + name.size();
    // Quirk: many surnames and some given names are English words ("Helen Marsh", "Grace
    // Brown"); such a name is kept as a candidate only when an apposition with an office follows
    // it (decided in people()), and "the" or a capital after it still rules it out.
    boolean common =
        LEXICON.contains(name.get(0).key()) || LEXICON.contains(name.get(name.size() - 1).key());
    if (common && !(end < tokens.size() && tokens.get(end).form().equals(","))) {
      return List.of();
    }
    if (words < 2
        // A longer run of capitals is a title or a body's name ("Black Lives Matter Global …").
        || end < tokens.size() && PersonNames.capitalised(tokens.get(end))
        || end < tokens.size() && quote(tokens.get(end))) {
      return List.of();
    }
    return name;
  }

  private static boolean quote(Token t) {
    return t.form().equals("\"") || t.form().equals("”") || t.form().equals("’");
  }

  /**
   * Decides the candidates once the sentence is read. {@code located}: the one country the sentence
   * locates itself in, if any; {@code lead}: the country the article is about. {@code before}: the
   * country and sector of a country phrase right before a candidate ("Pakistani activist"), by the
   * candidate's start, if any.
   */
  List<Person> people(
      Optional<String> located,
      Optional<String> lead,
      java.util.function.IntFunction<Optional<String[]>> before,
      java.util.function.IntFunction<Optional<String>> authority) {
    List<Person> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Optional<String[]> adjective = before.apply(c.from());
      Optional<Description> d = description(c.to());
      if (c.common() && (d.isEmpty() || d.get().sector().equals("CVL"))) {
        continue; // "Green Lane, a street in Leeds": an office says a person, nothing less
      }
      if (c.from() == 0 && d.isEmpty() && !firstAndActing(c)) {
        continue; // a capitalised sentence start may be no name at all ("Broadcaster Piers Morgan")
      }
      if (adjective.isPresent()) {
        // "Pakistani activist Jane Doe": the phrase before gives both.
        int described = d.map(Description::end).orElse(c.to());
        out.add(
            new Person(
                c.from(), c.to(), described, c.name(), adjective.get()[0], adjective.get()[1]));
        continue;
      }
      if (d.isPresent()) {
        String country = d.get().country().or(() -> located).or(() -> lead).orElse("");
        if (!country.isEmpty()) {
          out.add(new Person(c.from(), c.to(), d.get().end(), c.name(), country, d.get().sector()));
        }
        continue;
      }
      if (d.isEmpty() && rejectedDescription(c.to())) {
        continue;
      }
      // No description: a person acting where the sentence or the article is, unless an office or
      // trade before the name says whose ("general secretary Mick Whelan" of a union, "actor
      // Ricky Schroder", "striker Jan Kowal"): such people are not private citizens to be guessed.
      if (c.from() > 0 && OCCUPATIONS.contains(tokens.get(c.from() - 1).key())) {
        continue;
      }
      if (undergoes(c.from())) {
        // "A Pakistani court convicted Ahmed Karimi": the one its own authorities act on.
        String country = located.or(() -> authority.apply(c.from())).or(() -> lead).orElse("");
        if (!country.isEmpty()) {
          out.add(new Person(c.from(), c.to(), c.to(), c.name(), country, "CVL"));
        }
        continue;
      }
      String country = located.or(() -> lead).orElse("");
      if (!country.isEmpty()
          && (aged(c.from()) || acts(c.to()) || suffers(c.from()) || addressed(c.from()))) {
        out.add(new Person(c.from(), c.to(), c.to(), c.name(), country, "CVL"));
      }
    }
    return out;
  }

  private record Description(int end, Optional<String> country, String sector) {}

  /**
   * A plain two-word name that opens the sentence and acts ("Jeremy Corbyn called the deal lousy"):
   * a person even with no description. A longer run may start with a capitalised trade
   * ("Broadcaster Omar Rasheed left"), so it still needs one.
   */
  private boolean firstAndActing(Candidate c) {
    return c.name().size() == 2
        && !c.common()
        && !OCCUPATIONS.contains(c.name().get(0).key())
        && acts(c.to());
  }

  /**
   * ", a resident of Antioch, Illinois," / ", 17, of Antioch, Illinois" / " of the Maidan Wardak
   * provincial council": the description after a name, with the place and sector it gives.
   */
  private Optional<Description> description(int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    int start;
    boolean ageOnly = false;
    boolean owned = false;
    boolean apposition = tokens.get(at).form().equals(",");
    if (apposition && at + 1 < tokens.size() && tokens.get(at + 1).key().equals("of")) {
      // "Sharif Hotak, of the Maidan Wardak provincial council,": an "of" phrase set apart.
      start = at + 1;
      apposition = false;
    } else if (apposition) {
      start = at + 1;
      if (start >= tokens.size()) {
        return Optional.empty();
      }
      String first = tokens.get(start).key();
      boolean age = Character.isDigit(tokens.get(start).form().charAt(0));
      // "Katsuya Okada, leader of the main opposition Democratic Party of Japan,": an office
      // and whose it is, with no article.
      boolean office =
          start + 1 < tokens.size() && OfficeWords.describes(first, tokens.get(start + 1).key());
      // "Harl Vostrand, Quenby's chief of staff,": a possessive name opens the description.
      owned =
          PersonNames.capitalised(tokens.get(start))
              && (tokens.get(start).possessive()
                  || start + 1 < tokens.size() && tokens.get(start + 1).key().equals("'s"));
      if (!(first.equals("a")
          || first.equals("an")
          || first.equals("the")
          || age
          || office
          || owned)) {
        return Optional.empty();
      }
      if (age && start + 1 < tokens.size() && !tokens.get(start + 1).form().equals(",")) {
        return Optional.empty(); // ", 2019," or ", 34 people": not an age
      }
      if (age && start + 2 < tokens.size() && tokens.get(start + 2).key().equals("of")) {
        start += 2; // "Jane Doe, 17, of Antioch, Illinois,"
      } else if (age) {
        ageOnly = true; // "Jane Doe, 17, was arrested": a person, of the sentence's place
      }
    } else if (tokens.get(at).key().equals("of")) {
      start = at;
    } else {
      return Optional.empty();
    }
    int end = ageOnly ? start + 1 : descriptionEnd(start, apposition);
    Optional<String> country = Optional.empty();
    String sector = "CVL";
    boolean sectorSeen = false;
    // After "a spokesman for", a body's name follows: "the Labour Party" is whom they speak for.
    boolean spokesFor = false;
    for (int k = start; k < end; k++) {
      Token t = tokens.get(k);
      if (!apposition && k == start + 1 && !t.key().equals("the")) {
        // "X of Y": only a place or a body ("of the … council") makes it a description.
        if (trie.longest(tokens, k, TERRITORY, date) == null) {
          return Optional.empty();
        }
      }
      // "the city's deputy mayor": a thing that owns the office is no head of the description.
      boolean owner = t.possessive() || k + 1 < end && tokens.get(k + 1).key().equals("'s");
      // "the Prairie Liberty Party nominee", "a state party official": a thing that names
      // whose person it is, before the person's noun, is no head either.
      boolean modifier = k + 1 < end && MEMBERS.contains(tokens.get(k + 1).key());
      if (k < start + 6 && THINGS.contains(t.key()) && !spokesFor && !owner && !modifier) {
        return Optional.empty(); // "Xylo Tech, a company based in Ohio"
      }
      AliasTrie.Hit place = trie.longest(tokens, k, TERRITORY, date);
      if (place != null && country.isEmpty()) {
        String c = place.entry().actorOn(date).country();
        if (!c.isEmpty()) {
          country = Optional.of(c);
        }
      }
      if (!sectorSeen && k < start + 8) {
        String office = OFFICES.get(t.key());
        AliasTrie.Hit role = office == null ? trie.longest(tokens, k, ROLE_LIKE, date) : null;
        if (office != null) {
          sector = office;
          sectorSeen = true;
        } else if (role != null) {
          String s = role.entry().sector();
          sector = DESCRIBED_SECTORS.contains(s) ? s : "CVL";
          // "a spokesman for the opposition Congress party": a speaker speaks for the body
          // named after "for" or "of", whose sector a later role word gives.
          spokesFor = SPEAKERS.contains(t.key()) && speaksFor(role.end());
          sectorSeen = !spokesFor;
        }
      }
    }
    if (!apposition && !sectorSeen && country.isEmpty()) {
      return Optional.empty();
    }
    if (owned && sector.equals("MIL")) {
      // "Quenby's chief of staff": a person's chief of staff runs their office, not an army.
      sector = "GOV";
    }
    return Optional.of(new Description(end, country, sector));
  }

  /** Nouns of a person who belongs to a body, after the body's noun ("party nominee"). */
  private static final Set<String> MEMBERS =
      Set.of(
          "nominee",
          "candidate",
          "leader",
          "chairman",
          "chairwoman",
          "chair",
          "member",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "founder",
          "president",
          "secretary",
          "treasurer",
          "activist",
          "organiser",
          "organizer",
          "director",
          "executive",
          "head",
          "lawyer",
          "employee",
          "worker",
          "owner");

  /** Titles of people who speak or act for a body named after them. */
  private static final Set<String> SPEAKERS =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "member",
          "leader",
          "head",
          "chairman",
          "chairwoman",
          "president",
          "secretary");

  private boolean speaksFor(int at) {
    return at < tokens.size()
        && (tokens.get(at).key().equals("for") || tokens.get(at).key().equals("of"));
  }

  /** Whether an apposition follows that names a thing ("X Y, a company in Ohio"). */
  private boolean rejectedDescription(int at) {
    if (at + 2 >= tokens.size() || !tokens.get(at).form().equals(",")) {
      return false;
    }
    for (int k = at + 1; k < Math.min(tokens.size(), at + 7); k++) {
      if (THINGS.contains(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a description: an apposition closes at the comma after which a lower-case word
   * follows ("…, Wisconsin, United States that left two dead, was released"); an "of" phrase at its
   * first comma or verb-like lower-case word after a capitalised run.
   */
  private int descriptionEnd(int start, boolean apposition) {
    int limit = Math.min(tokens.size(), start + MAX_DESCRIPTION);
    for (int k = start + 1; k < limit; k++) {
      Token t = tokens.get(k);
      if (t.form().equals(",")) {
        if (!apposition) {
          return k;
        }
        if (k + 1 < tokens.size() && !PersonNames.capitalised(tokens.get(k + 1))) {
          return k;
        }
      }
      if (!apposition && k > start + 1 && lower(t) && !lower(tokens.get(k - 1))) {
        // "of the Maidan Wardak provincial council described": stops after the body's noun.
        if (!ofPhraseWord(k)) {
          return k;
        }
      }
      if (t.form().equals(".") || t.form().equals(";") || t.form().equals(":")) {
        return k;
      }
    }
    return apposition ? start : limit; // an apposition that never closes is no description
  }

  /** Words of a local body after "of" ("of the Maidan Wardak provincial council"). */
  private static final Set<String> LOCAL_BODIES =
      Set.of("provincial", "city", "town", "district", "local", "regional", "municipal", "state");

  private boolean ofPhraseWord(int k) {
    Token t = tokens.get(k);
    return trie.longest(tokens, k, ROLE_LIKE, date) != null
        || OFFICES.containsKey(t.key())
        || LOCAL_BODIES.contains(t.key());
  }

  private static boolean lower(Token t) {
    return !t.form().isEmpty() && Character.isLowerCase(t.form().codePointAt(0));
  }

  /** "28-year-old Usman Khan", "a 17 year old Jane Doe": an age says a person. */
  private boolean aged(int from) {
    return from >= 1 && tokens.get(from - 1).key().equals("old");
  }

  /**
   * Whether a lower-case word, likely a verb, follows the name ("Usman Khan stabbed", "Jane Doe
   * sued"), so the name acts: not a list of names or a name in a caption.
   */
  private boolean acts(int end) {
    if (end >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end);
    if (!lower(next) || NOT_ACTS.contains(next.key())) {
      return false;
    }
    return true;
  }

  /**
   * Whether the name follows an act done to a person and "of" ("the police killing of George Floyd
   * in May", "the arrest of Jane Doe"): the name is the one it was done to.
   */
  private boolean suffers(int from) {
    return from >= 2
        && tokens.get(from - 1).key().equals("of")
        && SUFFERED.contains(tokens.get(from - 2).key());
  }

  /**
   * Whether the name is the object of what a state's police and courts do to its people ("police
   * arrested Jane Doe", "a court sentenced Ahmed Karimi"). Not deporting, extraditing, expelling or
   * freeing, whose objects are as often foreigners.
   */
  private boolean undergoes(int from) {
    if (from < 1) {
      return false;
    }
    String before = tokens.get(from - 1).key();
    if (before.equals("banned") && anyWithin(from + 1, 7, ENTRY)) {
      // "banned Jane Doe from the national team" is the state's own; one banned from entering a
      // country is as often a foreigner.
      return false;
    }
    if (UNDERGONE.contains(before)) {
      return true;
    }
    // "granted clemency to Jane Doe", "Trump granted Jane Doe a full pardon": the one a state's
    // mercy is granted to.
    if (before.equals("to") && from >= 2 && MERCY.contains(tokens.get(from - 2).key())) {
      return true;
    }
    return (before.equals("granted") || before.equals("gave")) && anyWithin(from + 1, 8, MERCY);
  }

  /**
   * Whether the name is the one a verb of praise, blame or appeal is aimed at ("praised Jane Doe",
   * "sued Jane Doe", "described Jane Doe as …"): in news such a name is a person, and of the
   * story's country unless the sentence or the article says otherwise.
   */
  private boolean addressed(int from) {
    return from >= 1 && ADDRESSED.contains(tokens.get(from - 1).key());
  }

  /** Past and present forms of verbs aimed at a person, right before the person's name. */
  private static final Set<String> ADDRESSED =
      Set.of(
          "praised",
          "praises",
          "lauded",
          "hailed",
          "thanked",
          "thanks",
          "congratulated",
          "endorsed",
          "endorses",
          "defended",
          "criticised",
          "criticized",
          "criticises",
          "criticizes",
          "condemned",
          "denounced",
          "accused",
          "accuses",
          "blamed",
          "blames",
          "attacked",
          "mocked",
          "slammed",
          "sued",
          "sues",
          "threatened",
          "described",
          "labelled",
          "labeled",
          "branded",
          "urged",
          "urges",
          "insulted",
          "ridiculed",
          "impeached",
          "honoured",
          "honored");

  /** Whether a word of {@code words} stands in the {@code n} tokens from {@code from}. */
  private boolean anyWithin(int from, int n, Set<String> words) {
    for (int k = from; k < Math.min(tokens.size(), from + n); k++) {
      if (words.contains(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** Words of entering a country, after which a banned person may be a foreigner. */
  private static final Set<String> ENTRY =
      Set.of("entering", "entry", "visiting", "travelling", "traveling", "returning");

  /** What a head of state grants a convicted person. */
  private static final Set<String> MERCY =
      Set.of("pardon", "clemency", "commutation", "reprieve", "amnesty");

  /** Verbs of a state's justice, right before the name of the person they are done to. */
  private static final Set<String> UNDERGONE =
      Set.of(
          "arrested",
          "detained",
          "convicted",
          "sentenced",
          "jailed",
          "imprisoned",
          "charged",
          "indicted",
          "prosecuted",
          "executed",
          "acquitted",
          "fined",
          "pardoned",
          "banned");

  /** Nouns of acts done to a person, before "of" and the person's name. */
  private static final Set<String> SUFFERED =
      Set.of(
          "killing",
          "shooting",
          "murder",
          "assassination",
          "beating",
          "arrest",
          "detention",
          "abduction",
          "kidnapping",
          "execution",
          "torture",
          "imprisonment",
          "jailing",
          "release",
          "pardon",
          "sentence",
          "sentencing",
          "conviction",
          "trial",
          "commutation",
          "resignation",
          "dismissal",
          "ouster",
          "impeachment");

  /** Offices and trades right before a name that say it is no private citizen's. */
  private static final Set<String> OCCUPATIONS =
      Set.of(
          "secretary",
          "chairman",
          "chairwoman",
          "chair",
          "director",
          "executive",
          "ceo",
          "founder",
          "actor",
          "actress",
          "broadcaster",
          "host",
          "presenter",
          "journalist",
          "reporter",
          "correspondent",
          "editor",
          "columnist",
          "author",
          "writer",
          "singer",
          "musician",
          "rapper",
          "artist",
          "comedian",
          "star",
          "player",
          "footballer",
          "striker",
          "midfielder",
          "defender",
          "goalkeeper",
          "coach",
          "manager",
          "captain",
          "driver",
          "rider",
          "boxer",
          "champion",
          "analyst",
          "economist",
          "professor",
          "researcher",
          "scientist",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "officer",
          "commander");

  /** Lower-case words after a name that do not say it acts: "Jane Doe and", "Jane Doe of". */
  private static final Set<String> NOT_ACTS =
      Set.of(
          "and",
          "or",
          "of",
          "in",
          "at",
          "for",
          "from",
          "on",
          "to",
          "with",
          "by",
          "the",
          "a",
          // A plural verb says a group or a thing: "Bug Busters are key".
          "are",
          "were",
          "have");
}
