package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the actors of one sentence: the combinations listed on {@link ActorMatcher}, then the
 * country of the sentence's place for the role words left without one.
 */
final class SentenceReader {
  private static final Predicate<ActorEntry> ANY = entry -> true;
  private static final Predicate<ActorEntry> PERSON = entry -> entry.kind() == ActorKind.PERSON;
  private static final Predicate<ActorEntry> ROLE_LIKE =
      entry ->
          entry.kind() == ActorKind.ROLE
              || entry.kind() == ActorKind.TITLE
              || entry.kind() == ActorKind.GROUP;
  private static final Predicate<ActorEntry> TERRITORY =
      entry -> entry.kind() == ActorKind.COUNTRY || entry.kind() == ActorKind.PLACE;

  /** Prepositions that locate: "in Nairobi", "near Goma", "across Darfur". */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "near",
          "inside",
          "outside",
          "across",
          "throughout",
          "around",
          "within",
          "through");

  /** Words after a province's or town's name: "Zamfara state", "Helmand province". */
  private static final Set<String> REGION_WORDS =
      Set.of(
          "state",
          "province",
          "district",
          "region",
          "county",
          "city",
          "governorate",
          "prefecture",
          "municipality",
          "village",
          "town");

  /** What may follow "in Town, Country": punctuation, or a preposition or conjunction. */
  private static final Set<String> AFTER_TOWN =
      Set.of(
          ",", ".", ";", ":", "on", "in", "after", "when", "where", "during", "and", "as", "last");

  /** Compass words between a preposition and its place: "in northern Syria". */
  private static final Set<String> COMPASS =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western",
          "southeast",
          "southwest",
          "northeast",
          "northwest",
          "south",
          "north",
          "rural",
          "mainland");

  /** Prepositions that tie role words to the place after them: "rebels in", "leaders of". */
  private static final Set<String> TIE =
      Set.of("in", "of", "from", "inside", "across", "throughout", "near");

  /** Words after role words that lead to their place: "refugees fleeing the war in Liberia". */
  private static final Set<String> LINKS =
      Set.of(
          "fleeing",
          "fled",
          "based",
          "stationed",
          "deployed",
          "operating",
          "living",
          "fighting",
          "displaced",
          "loyal");

  /**
   * Sectors a bare state that acts lends itself to ("Cambodia arrested an opposition leader",
   * "Turkey sentenced two people smugglers").
   */
  private static final Set<String> STATE_LENT = Set.of("OPP", "LAB", "REL", "EDU", "CRM");

  /** Sectors of a state's own organs, whose mention makes a one-country sentence domestic. */
  private static final Set<String> DOMESTIC_ANCHORS = Set.of("GOV", "COP", "JUD", "LEG");

  /** Sectors that take a domestic sentence's country; not rebels or gunmen (see resolveBare). */
  private static final Set<String> DOMESTIC_LENT =
      Set.of(
          "COP", "CVL", "OPP", "MIL", "JUD", "LEG", "CRM", "REL", "LAB", "EDU", "HLH", "ELI",
          "NGO");

  /**
   * Sectors whose bare role words take the country of the place the sentence is in: people who are
   * where the sentence is. Officials, diplomats and lawmakers travel ("officials met in Geneva"),
   * so GOV, LEG, MED, BUS and SPY do not.
   */
  private static final Set<String> LOCAL_SECTORS =
      Set.of("COP", "CVL", "OPP", "REB", "MIL", "UAF", "JUD", "CRM", "REL", "LAB", "EDU", "HLH");

  /**
   * Sectors whose bare role words take the country the article is about when the sentence names no
   * place and no other country: the local ones ("Police arrived and shot him dead" in a London
   * story), parties and lawmakers ("Democrats", "the Senate"), officials and the government ("the
   * authorities said", "officials cleared the area") and intelligence. Soldiers and rebels too: in
   * a sentence that names no other country they are the country's own ("troops fired on protesters"
   * in a Myanmar story). The media too: "the government banned the newspaper" is the country's own
   * paper. Officials who travel for their country are left out: see {@link #TRAVELLERS}.
   */
  private static final Set<String> LEAD_SECTORS =
      Set.of(
          "COP", "CVL", "OPP", "UAF", "JUD", "CRM", "REL", "LAB", "EDU", "HLH", "PTY", "LEG", "GOV",
          "MIL", "REB", "SPY", "MED", "ELI", "NGO");

  /**
   * Government words that name people acting abroad or for any state, so the article's country does
   * not lend itself to them: "diplomats said", "an envoy arrived", "world leaders", "a spokesman
   * said" (whose?).
   */
  private static final Set<String> TRAVELLERS =
      Set.of(
          "diplomat",
          "diplomats",
          "embassy",
          "embassies",
          "envoy",
          "envoys",
          "delegation",
          "negotiators",
          "ambassador",
          "ambassadors",
          "governments",
          "heads",
          "leader",
          "leaders",
          "leadership",
          "spokesman",
          "spokesmen",
          "spokeswoman",
          "spokesperson",
          "secretary-general",
          "general",
          "minister",
          "ministers");

  /** Capitalised words before a surname that are not a first name: "Democrat Biden", "Mr Biden". */
  private static final Set<String> NOT_FIRST_NAMES =
      Set.of(
          "democrat",
          "democrats",
          "republican",
          "republicans",
          "labour",
          "tory",
          "conservative",
          "liberal",
          "socialist",
          "communist",
          "president",
          "minister",
          "senator",
          "sen",
          "rep",
          "gov",
          "lord",
          "lady",
          "dame",
          "madam",
          "comrade",
          "citizen",
          "candidate",
          "nominee",
          "ex",
          "late",
          "said",
          "says");

  private final ActorMatcher matcher;
  private final AliasTrie trie;
  private final String sentence;
  private final List<Token> tokens;
  private final Optional<LocalDate> date;
  private final ArticleMemory memory;
  private final boolean mayBeDateline;
  private final List<ActorMention> mentions = new ArrayList<>();
  private final List<Bare> bare = new ArrayList<>();

  /** Countries of the places the sentence locates itself in, in order. */
  private final Set<String> located = new LinkedHashSet<>();

  /**
   * Whether role words are tied to a place the dictionary does not know ("police in Smalltown").
   */
  private boolean unknownPlace;

  /** Role words with no country yet: tokens [from, to), their sector and entry. */
  private record Bare(int from, int to, Roles roles) {}

  /** A title and a name the dictionary does not know, with no country yet. */
  private record Titled(int from, int to, List<Token> name, String sector) {}

  private final List<Titled> titledWithoutCountry = new ArrayList<>();

  /** Names that may be people the dictionary does not list (null in an article's title). */
  private final UnlistedPeople people;

  /**
   * Country phrases coded by {@link #addAgent}, by the token after them: [from, country, sector].
   */
  private final java.util.Map<Integer, String[]> agentsByEnd = new java.util.HashMap<>();

  /**
   * A run of role words: the token index after it, its sector (empty if none), whether it ends in a
   * title, and the home country of a group in it, if any.
   */
  private record Roles(
      int end, String sector, boolean title, String home, ActorEntry first, boolean adjectiveOnly) {
    /** Whether the run names actors: not only adjectives ("the Kurdish language"). */
    boolean names() {
      return !sector.isEmpty() && !adjectiveOnly;
    }
  }

  SentenceReader(
      ActorMatcher matcher, String sentence, Optional<LocalDate> date, ArticleMemory memory) {
    this(matcher, sentence, Tokenizer.tokenize(sentence), date, memory);
  }

  /** With the sentence's tokens already made by {@link Tokenizer#tokenize}. */
  SentenceReader(
      ActorMatcher matcher,
      String sentence,
      List<Token> tokens,
      Optional<LocalDate> date,
      ArticleMemory memory) {
    this(matcher, sentence, tokens, date, memory, true);
  }

  /** {@code mayBeDateline}: false for an article's title, which never opens with a dateline. */
  SentenceReader(
      ActorMatcher matcher,
      String sentence,
      List<Token> tokens,
      Optional<LocalDate> date,
      ArticleMemory memory,
      boolean mayBeDateline) {
    this.mayBeDateline = mayBeDateline;
    this.matcher = matcher;
    this.trie = matcher.trie();
    this.sentence = sentence;
    this.tokens = tokens;
    this.date = date;
    this.memory = memory;
    // Quirk: a title in title case is all capitals, so it introduces nobody.
    this.people = mayBeDateline ? new UnlistedPeople(trie, tokens, date) : null;
  }

  List<ActorMention> read() {
    if (mayBeDateline && memory.firstSentence()) {
      dateline();
    }
    int i = 0;
    while (i < tokens.size()) {
      AliasTrie.Hit hit = trie.longest(tokens, i, ANY, date);
      int partyEnd = PartyNames.end(tokens, i);
      if (partyEnd > i && (hit == null || hit.end() < partyEnd)) {
        i = party(i, partyEnd);
        continue;
      }
      if (hit == null) {
        i = remembered(i);
        continue;
      }
      if (hit.entry().kind() == ActorKind.COUNTRY || hit.entry().kind() == ActorKind.PLACE) {
        // "Leila de Lima … de Lima said": a surname, not Peru's capital.
        boolean person = rememberedAs(i, hit);
        if (person || afterNameParticle(i)) {
          i = person ? remembered(i) : hit.end();
          continue;
        }
      }
      if (onlyLinks(hit)) {
        // "Islamic State-linked militants": the militants act, and they are not the group; the
        // tie stays in their phrase, so that a slot starts there.
        tiedFrom.put(hit.end() + 2, i);
        i = hit.end() + 2;
        continue;
      }
      if (leadsAnOrganisation(hit)) {
        // "the Nigerian-led West African peacekeeping force": the force is the actor, not Nigeria.
        i = hit.end() + 2;
        continue;
      }
      if (hit.entry().kind() == ActorKind.COUNTRY || hit.entry().kind() == ActorKind.PLACE) {
        noteLocation(i, hit.end(), hit.entry());
      }
      i =
          switch (hit.entry().kind()) {
            case IGNORE -> hit.end();
            case ROLE, TITLE, GROUP -> agent(i);
            case COUNTRY, ORGANIZATION, INSTITUTION, PLACE -> compound(i, hit);
            case PERSON -> {
              if (!anotherFirstName(i, hit)) {
                addListed(i, i, hit, asIntroduced(i, hit));
              } else if (people != null) {
                // "Sharif Hotak": a listed surname as another person's first name.
                yield Math.max(hit.end(), people.candidate(i));
              }
              yield hit.end();
            }
          };
    }
    resolveBare();
    if (people != null) {
      addUnlistedPeople();
    }
    rememberAcronyms();
    return List.copyOf(mentions);
  }

  /**
   * "the Democratic Progressive Party (DPP)", "the National Intelligence and Security Service
   * (NISS)": an acronym in brackets right after an actor's name names that actor for the rest of
   * the article.
   */
  private void rememberAcronyms() {
    for (ActorMention m : mentions) {
      int k = 0;
      while (k < tokens.size() && tokens.get(k).start() < m.end()) {
        k++;
      }
      if (k + 2 < tokens.size()
          && tokens.get(k).form().equals("(")
          && tokens.get(k + 2).form().equals(")")
          && isAcronym(tokens.get(k + 1).form())) {
        memory.remember(List.of(tokens.get(k + 1)), m.entry(), m.actor());
      }
    }
  }

  private static boolean isAcronym(String form) {
    if (form.length() < 2 || form.length() > 8) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isUpperCase(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  /**
   * A party or union named by its own name ({@link PartyNames}): the country word inside the name
   * gives its country ("Pakistan Peoples Party", "Ghana Medical Association"), else it is a bare
   * party or labour word, which takes the article's country. Returns {@code end}.
   */
  private int party(int start, int end) {
    String sector = PartyNames.sector(tokens, start, end);
    Optional<ActorEntry> role = matcher.role(sector);
    if (role.isEmpty()) {
      return end;
    }
    for (int k = start; k < end; k++) {
      AliasTrie.Hit place = trie.longest(tokens, k, TERRITORY, date);
      if (place != null && place.end() <= end) {
        String country = place.entry().actorOn(date).country();
        if (!country.isEmpty()) {
          addAgent(start, end, country, sector, role.get());
          return end;
        }
      }
    }
    bare.add(new Bare(start, end, new Roles(end, sector, false, "", role.get(), false)));
    return end;
  }

  /**
   * A listed person introduced with a title in the text holds that office then, even when the
   * dictionary gives them none that day ("opposition leader Raila Odinga" in 2008, when the
   * dictionary's terms for him are a later premiership): the title's sector replaces ELI, unless
   * the title is a former one ("former prime minister Thaksin Shinawatra").
   */
  private Actor titledHolder(int start, Roles roles, ActorEntry person) {
    Actor listed = person.actorOn(date);
    if (!roles.title()
        || !listed.sector().equals("ELI")
        || roles.sector().isEmpty()
        || listed.country().isEmpty()
        || (start > 0 && FORMER.contains(tokens.get(start - 1).key()))) {
      return listed;
    }
    return new Actor(
        listed.country() + roles.sector(),
        listed.country(),
        roles.sector(),
        listed.name(),
        listed.kind());
  }

  /**
   * A listed person as the article introduced them: "Kenyan opposition leader Raila Odinga … Odinga
   * condemned the arrests" is the opposition leader both times, not the dictionary's ELI for a day
   * on which he held no office.
   */
  private Actor asIntroduced(int i, AliasTrie.Hit hit) {
    return memory
        .at(tokens, i)
        .filter(k -> k.entry().equals(hit.entry()) && i + k.keys().length <= hit.end())
        .map(ArticleMemory.Known::actor)
        .orElseGet(() -> hit.entry().actorOn(date));
  }

  /** Words before a title that say its holder no longer holds it. */
  private static final Set<String> FORMER =
      Set.of("former", "ex", "ex-", "late", "then", "retired", "deposed", "ousted");

  /**
   * Whether the one-word alias (a surname) at {@code i} is part of another name: after another
   * first name ("Hunter Biden", "Michelle Obama", "Loren Keating" are not the listed Biden, Obama
   * or Keating) or before another capitalised word ("Warren Buffett", "Trump Tower", "Clinton
   * Foundation"). Multi-word aliases ("Joe Biden") match as a whole and are never questioned.
   */
  private boolean anotherFirstName(int i, AliasTrie.Hit hit) {
    if (hit.end() - i != 1) {
      return false;
    }
    if (hit.end() < tokens.size() && PersonNames.isNameWord(tokens.get(hit.end()))) {
      return true;
    }
    if (i == 0) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return PersonNames.isNameWord(before)
        && !NOT_FIRST_NAMES.contains(before.key())
        && !before.form().endsWith(".");
  }

  private static final Set<String> PLACE_MOVES = Set.of("to", "from", "into", "of", "for");

  /** Lower-case particles inside people's names: "Leila de Lima", "Ursula von der Leyen". */
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der");

  /** Whether token {@code i} follows a name particle that follows a name ("Leila de Lima"). */
  private boolean afterNameParticle(int i) {
    if (i < 2 || !NAME_PARTICLES.contains(tokens.get(i - 1).form())) {
      return false;
    }
    return PersonNames.capitalised(tokens.get(i - 2));
  }

  /** Whether a person the article named is remembered by at least the words of {@code hit}. */
  private boolean rememberedAs(int i, AliasTrie.Hit hit) {
    // "The talks in Lima" are still in the city.
    if (i > 0
        && (LOCATIVE.contains(tokens.get(i - 1).key())
            || PLACE_MOVES.contains(tokens.get(i - 1).key()))) {
      return false;
    }
    return memory.at(tokens, i).filter(k -> i + k.keys().length >= hit.end()).isPresent();
  }

  /** A remembered person's name at {@code i}, else the next token. */
  private int remembered(int i) {
    Optional<ArticleMemory.Known> known = memory.at(tokens, i);
    if (known.isEmpty()) {
      return people == null ? i + 1 : people.candidate(i);
    }
    int end = i + known.get().keys().length;
    add(i, end, known.get().entry(), known.get().actor());
    return end;
  }

  /**
   * Role words with no country before them: a person after them, a name after a title, a place
   * after them ("rebels in the Ivory Coast"), or bare for now.
   */
  private int agent(int start) {
    Roles roles = roles(start);
    if (roles.end() == start) {
      return start + 1; // a word that is a role only after a person ("campaign")
    }
    if (opposingSomething(start, roles)) {
      return roles.end();
    }
    AliasTrie.Hit person = trie.longest(tokens, roles.end(), PERSON, date);
    if (person != null) {
      addListed(start, roles.end(), person, titledHolder(start, roles, person.entry()));
      return person.end();
    }
    if (roles.title()) {
      List<Token> name = unlistedName(roles.end());
      if (!name.isEmpty()) {
        int end = roles.end() + name.size();
        Optional<ArticleMemory.Known> known = memory.at(tokens, roles.end());
        // "Representative Kweisi Mfume of Maryland": the place after the name is the holder's.
        AliasTrie.Hit of = placeOf(end);
        if (known.isEmpty() && of != null) {
          // The place stays in the person's phrase, as in "rebels in Darfur".
          person(start, of.end(), name, of.entry().actorOn(date).country(), roles.sector());
          return of.end();
        }
        Optional<String> country =
            known
                .map(k -> k.actor().country())
                .filter(c -> !c.isEmpty())
                .or(memory::dateline)
                .or(memory::lead);
        // With no country anywhere the title and name code nothing, unless the sentence's one
        // state acts through its police or courts on them (resolveBare).
        if (country.isPresent()) {
          person(start, end, name, country.get(), roles.sector());
        } else {
          boolean former = start > 0 && FORMER.contains(tokens.get(start - 1).key());
          titledWithoutCountry.add(new Titled(start, end, name, former ? "ELI" : roles.sector()));
        }
        return end;
      }
    }
    if (!roles.names()) {
      return roles.end();
    }
    Optional<String> shared = sharedNationality(start, roles.sector());
    if (shared.isPresent()) {
      addAgent(start, roles.end(), shared.get(), roles.sector(), roles.first());
      return roles.end();
    }
    int tied = tiedPlace(start, roles);
    if (tied >= 0) {
      return tied;
    }
    int loyal = loyalTo(start, roles);
    if (loyal >= 0) {
      return loyal;
    }
    Optional<String> followed = followedPerson(start, roles);
    if (followed.isPresent()) {
      addAgent(start, roles.end(), followed.get(), roles.sector(), roles.first());
      return roles.end();
    }
    // "communist rebels": the cause is part of the phrase (see homeGrown).
    int from = start > 0 && HOME_GROWN.contains(tokens.get(start - 1).key()) ? start - 1 : start;
    bare.add(new Bare(from, roles.end(), roles));
    return roles.end();
  }

  /**
   * Whether an organisation or named group is only the first half of "al-Qaeda-linked", "Islamic
   * State-affiliated", "Hamas-allied": a tie that says what the people after it are close to, not
   * who they are.
   */
  private boolean onlyLinks(AliasTrie.Hit hit) {
    int k = hit.end();
    return (hit.entry().kind() == ActorKind.ORGANIZATION
            || hit.entry().kind() == ActorKind.INSTITUTION)
        && k + 2 < tokens.size()
        && tokens.get(k).form().equals("-")
        && TIES.contains(tokens.get(k + 1).key());
  }

  /** Sectors of bodies news names and then describes: unions, parties, media, schools, clergy. */
  private static final Set<String> BODY_SECTORS = Set.of("LAB", "PTY", "OPP", "MED", "EDU", "REL");

  /**
   * "ADEDY, the public-sector union, accused …": a name the dictionary does not know, set off by an
   * apposition whose head is a body's role word, is that body; the role's phrase starts at the
   * name. Returns the new start, or {@code from}.
   */
  private int namedBody(int from, int to) {
    if (to >= tokens.size() || !tokens.get(to).form().equals(",")) {
      return from;
    }
    int j = from - 1;
    while (j >= 0
        && j > from - 6
        && (isLowerWord(tokens.get(j)) || tokens.get(j).form().equals("-"))
        && !ARTICLE_WORDS.contains(tokens.get(j).key())) {
      j--;
    }
    if (j < 2
        || !ARTICLE_WORDS.contains(tokens.get(j).key())
        || !tokens.get(j - 1).form().equals(",")) {
      return from;
    }
    int end = j - 1;
    int start = end;
    while (start > 0 && start > end - 6 && PersonNames.capitalised(tokens.get(start - 1))) {
      start--;
    }
    boolean opens = start == 0 || tokens.get(start - 1).form().equals(",");
    if (start == end || !opens) {
      return from;
    }
    for (int k = start; k < end; k++) {
      if (trie.longest(tokens, k, ANY, date) != null) {
        return from; // a name the dictionary knows is its own actor
      }
    }
    return start;
  }

  private static final Set<String> ARTICLE_WORDS = Set.of("the", "a", "an");

  private static boolean isLowerWord(Token t) {
    return !t.form().isEmpty() && Character.isLowerCase(t.form().codePointAt(0));
  }

  /** Where the phrase of people "X-linked" describes starts: at X (see onlyLinks). */
  private final java.util.Map<Integer, Integer> tiedFrom = new java.util.HashMap<>();

  private static final Set<String> TIES =
      Set.of(
          "linked",
          "affiliated",
          "allied",
          "aligned",
          "inspired",
          "connected",
          "tied",
          "backed",
          "sponsored",
          "supported",
          "funded",
          "recognised",
          "recognized",
          "brokered",
          "mandated");

  /**
   * Whether a country hit is the first half of "Nigerian-led", "U.S.-backed" right before an
   * organisation or institution ("the Nigerian-led West African peacekeeping force", "the U.S.-led
   * NATO force"): the organisation is the one who acts.
   */
  private boolean leadsAnOrganisation(AliasTrie.Hit hit) {
    int k = hit.end();
    if (hit.entry().kind() != ActorKind.COUNTRY
        || k + 2 >= tokens.size()
        || !tokens.get(k).form().equals("-")
        || !BACKERS.contains(tokens.get(k + 1).key())) {
      return false;
    }
    AliasTrie.Hit head = trie.longest(tokens, k + 2, ANY, date);
    return head != null
        && (head.entry().kind() == ActorKind.ORGANIZATION
            || head.entry().kind() == ActorKind.INSTITUTION);
  }

  private static final Set<String> BACKERS =
      Set.of("led", "backed", "sponsored", "funded", "supported", "brokered");

  /**
   * "rebels loyal to Charles Taylor", "troops loyal to Baghdad": role words followed by "loyal to"
   * and, within four words, a listed person, a country or a place take that one's country. The
   * person or country is still read as its own mention. Returns the end of the role words, or -1.
   */
  private int loyalTo(int start, Roles roles) {
    int k = roles.end();
    if (k + 2 >= tokens.size()
        || !tokens.get(k).key().equals("loyal")
        || !tokens.get(k + 1).key().equals("to")) {
      return -1;
    }
    for (int p = k + 2; p < Math.min(tokens.size(), k + 6); p++) {
      AliasTrie.Hit hit = trie.longest(tokens, p, LOYALTY, date);
      if (hit != null) {
        String country = hit.entry().actorOn(date).country();
        if (country.isEmpty()) {
          return -1;
        }
        addAgent(start, k, country, roles.sector(), roles.first());
        return k;
      }
    }
    return -1;
  }

  /**
   * "Rousseff's supporters", "Tymoshenko supporters", "supporters of Thaksin": a person's
   * supporters are civilians of the person's country. The person named right before (a possessive
   * between at most) or within three words after "of".
   */
  private Optional<String> followedPerson(int start, Roles roles) {
    if (!FOLLOWERS.contains(tokens.get(roles.end() - 1).key())) {
      return Optional.empty();
    }
    int before = start > 0 && tokens.get(start - 1).possessive() ? start - 2 : start - 1;
    if (before >= 0 && !mentions.isEmpty()) {
      ActorMention last = mentions.get(mentions.size() - 1);
      if (last.end() == tokens.get(before).end()
          && last.actor().kind() == ActorKind.PERSON
          && !last.actor().country().isEmpty()) {
        return Optional.of(last.actor().country());
      }
    }
    int k = roles.end();
    if (k + 1 < tokens.size() && tokens.get(k).key().equals("of")) {
      for (int p = k + 1; p < Math.min(tokens.size(), k + 4); p++) {
        AliasTrie.Hit hit = trie.longest(tokens, p, PERSON, date);
        Optional<ArticleMemory.Known> known = memory.at(tokens, p);
        String country =
            hit != null
                ? hit.entry().actorOn(date).country()
                : known.map(kn -> kn.actor().country()).orElse("");
        if (!country.isEmpty()) {
          return Optional.of(country);
        }
      }
    }
    return Optional.empty();
  }

  private static final Set<String> FOLLOWERS =
      Set.of("supporters", "followers", "loyalists", "campaign", "campaigns");

  /** The role entry of a candidate's campaign ("the Trump campaign"), their party's (PTY). */
  private static final String CAMPAIGN = "PTYCAMPAIGN";

  /** Whether a person's name, or its possessive, ends right before {@code start}. */
  private boolean afterAPerson(int start) {
    int before = start > 0 && tokens.get(start - 1).possessive() ? start - 2 : start - 1;
    if (before < 0 || mentions.isEmpty()) {
      return false;
    }
    ActorMention last = mentions.get(mentions.size() - 1);
    return last.end() == tokens.get(before).end() && last.actor().kind() == ActorKind.PERSON;
  }

  private static final Predicate<ActorEntry> LOYALTY =
      e ->
          e.kind() == ActorKind.PERSON
              || e.kind() == ActorKind.COUNTRY
              || e.kind() == ActorKind.PLACE;

  /** A country or place right after "of" or "from" at {@code at} ("of Maryland's"), else null. */
  private AliasTrie.Hit placeOf(int at) {
    if (at + 1 >= tokens.size()) {
      return null;
    }
    String key = tokens.get(at).key();
    if (!key.equals("of") && !key.equals("from")) {
      return null;
    }
    int p = at + 1;
    if (p < tokens.size() && tokens.get(p).key().equals("the")) {
      p++;
    }
    return p < tokens.size() ? trie.longest(tokens, p, TERRITORY, date) : null;
  }

  /**
   * "American diplomats and service members", "Kenyan police and soldiers": role words right after
   * "and" or "or" share the country of the agent phrase just before, when that phrase was coded
   * from a country or place ("Israeli troops", "rebels in Darfur"), not from a person or body.
   */
  private Optional<String> sharedNationality(int start, String sector) {
    if (start < 2 || mentions.isEmpty()) {
      return Optional.empty();
    }
    String conj = tokens.get(start - 1).key();
    if (!conj.equals("and") && !conj.equals("or")) {
      return Optional.empty();
    }
    ActorMention last = mentions.get(mentions.size() - 1);
    ActorKind kind = last.entry().kind();
    if (last.end() != tokens.get(start - 2).end()
        || last.actor().sector().isEmpty()
        || last.actor().country().isEmpty()
        || (kind != ActorKind.COUNTRY && kind != ActorKind.PLACE)
        || !side(last.actor().sector()).equals(side(sector))) {
      return Optional.empty();
    }
    return Optional.of(last.actor().country());
  }

  /**
   * Which side a sector stands on, for sharing a nationality across "and": the state's agents
   * together, society together; armed groups, criminals and the opposition only with their own kind
   * ("Israeli troops and militants" are not both Israeli).
   */
  private static String side(String sector) {
    return switch (sector) {
      case "GOV", "MIL", "COP", "JUD", "LEG", "SPY" -> "STATE";
      case "CVL", "EDU", "LAB", "HLH", "REL", "MED", "BUS" -> "SOCIETY";
      default -> sector;
    };
  }

  /**
   * "rebels in the Ivory Coast", "leaders of Romania's new government", "refugees fleeing the war
   * in Liberia": the role words from {@code start} take the country of the place after them.
   * Returns the token after the phrase, or -1 when there is no such place.
   */
  private int tiedPlace(int start, Roles roles) {
    if (!opensNounPhrase(start) || POSTED.contains(tokens.get(roles.end() - 1).key())) {
      return -1;
    }
    int k = roles.end();
    if (k < tokens.size() && LINKS.contains(tokens.get(k).key())) {
      // Up to four lower-case words before the preposition: "fleeing the war in".
      int limit = Math.min(tokens.size(), k + 5);
      k++;
      while (k < limit
          && !TIE.contains(tokens.get(k).key())
          && lowerWord(tokens.get(k))
          && trie.longest(tokens, k, ANY, date) == null) {
        k++;
      }
    }
    if (k >= tokens.size() || !TIE.contains(tokens.get(k).key())) {
      return -1;
    }
    int p = k + 1;
    if (p < tokens.size() && tokens.get(p).key().equals("the")) {
      p++;
    }
    if (p + 1 < tokens.size()
        && COMPASS.contains(tokens.get(p).key())
        && trie.longest(tokens, p, TERRITORY, date) == null) {
      p++; // "rebels in northern Mali"
    }
    AliasTrie.Hit place = p < tokens.size() ? trie.longest(tokens, p, TERRITORY, date) : null;
    if (place == null) {
      // "police in Clairton, Pennsylvania": a town the dictionary does not know, then the place
      // it lies in. A name with no known place after it ("prosecutors in New York") is still
      // where these people are: the article's country is no longer theirs to lend.
      int name = p;
      // A word the dictionary knows ("Democrats in Congress") is no unknown place.
      while (name < Math.min(tokens.size(), p + 3)
          && placeNameWord(tokens.get(name))
          && trie.longest(tokens, name, ANY, date) == null) {
        name++;
      }
      if (name == p) {
        return -1;
      }
      if (name + 1 < tokens.size() && tokens.get(name).key().equals(",")) {
        place = trie.longest(tokens, name + 1, TERRITORY, date);
      }
      if (place == null) {
        unknownPlace = true;
        return -1;
      }
      // The phrase ends at the town: ", Pennsylvania," stands apart, like an apposition.
      addAgent(start, name, place.entry().actorOn(date).country(), roles.sector(), place.entry());
      return name;
    }
    noteLocation(p, place.end(), place.entry());
    String country = place.entry().actorOn(date).country();
    int end = place.end();
    // "of Romania's new government": the possessive and the head noun stay in the phrase.
    // Only after a possessive: "Rebels in the Ivory Coast attacked government troops" ends at the
    // place, the verb and its object are not in the phrase.
    if (end < tokens.size() && tokens.get(end).possessive()) {
      int q = end + 1;
      int r = q;
      while (r < q + 2
          && r < tokens.size()
          && lowerWord(tokens.get(r))
          && trie.longest(tokens, r, ROLE_LIKE, date) == null) {
        r++;
      }
      if (r < tokens.size() && trie.longest(tokens, r, ROLE_LIKE, date) != null) {
        end = roles(r).end();
      }
    }
    addAgent(start, end, country, roles.sector(), place.entry());
    return end;
  }

  /** A capitalised word that may be part of a place's name ("New", "York"), not a month or day. */
  private static boolean placeNameWord(Token t) {
    String form = t.form();
    return !form.isEmpty()
        && Character.isUpperCase(form.codePointAt(0))
        && form.chars().allMatch(Character::isLetter)
        && !dev.dyad.core.time.CalendarWords.WEEKDAYS.contains(t.key())
        && !dev.dyad.core.time.CalendarWords.MONTH_NAMES.contains(t.key());
  }

  /**
   * Whether the role words at {@code start} open their own noun phrase, so that a place after them
   * is theirs: "Rebels in Darfur", "40 protesters in Nairobi", "the leaders of Romania". Quirk:
   * without a part-of-speech tagger a verb before them ("deployed troops in Iraq", "withdraw its
   * forces from Croatia") cannot be told from an adjective, so only articles, numbers, quantifiers,
   * prepositions, conjunctions and a few frequent adjectives may come before; the rest fall back to
   * the sentence's place.
   */
  private boolean opensNounPhrase(int start) {
    if (start == 0) {
      return true;
    }
    Token before = tokens.get(start - 1);
    String key = before.key();
    if (POSSESSIVE_DETERMINERS.contains(key)) {
      return false;
    }
    return !lowerWord(before)
        || NP_OPENERS.contains(key)
        || Character.isDigit(before.form().charAt(0));
  }

  /** "its forces", "their leaders": someone else's, named elsewhere. */
  private static final Set<String> POSSESSIVE_DETERMINERS =
      Set.of("its", "their", "his", "her", "our", "my", "your", "whose");

  /** Words that may come before role words that open a noun phrase. */
  private static final Set<String> NP_OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "of",
          "and",
          "or",
          "some",
          "many",
          "several",
          "most",
          "all",
          "more",
          "than",
          "about",
          "around",
          "nearly",
          "almost",
          "least",
          "hundreds",
          "thousands",
          "dozens",
          "scores",
          "tens",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "local",
          "armed",
          "other",
          "foreign",
          "senior",
          "top",
          "former",
          "new",
          "young",
          "suspected",
          "alleged",
          "unidentified",
          "rival",
          "pro",
          "anti",
          "-",
          "fellow",
          "including",
          "among",
          // Prepositions and conjunctions open a noun phrase: "an attack on rebels in Darfur".
          "that",
          "which",
          "who",
          "whom",
          "while",
          "when",
          "where",
          "after",
          "before",
          "as",
          "with",
          "by",
          "for",
          "against",
          "on",
          "to",
          "between",
          "from",
          "at",
          "into",
          "over",
          "under",
          "like",
          "both",
          "but",
          "because",
          "if",
          "says",
          "said");

  private static boolean lowerWord(Token t) {
    String form = t.form();
    return !form.isEmpty() && Character.isLowerCase(form.codePointAt(0));
  }

  /** A country, place, organisation or institution, with what may follow it in its phrase. */
  private int compound(int start, AliasTrie.Hit head) {
    ActorEntry entry = head.entry();
    int next = head.end();
    boolean possessive = next < tokens.size() && tokens.get(next).possessive();
    if (possessive) {
      next++;
    }
    if (entry.kind() == ActorKind.COUNTRY) {
      // "North Korea's KCNA": the institution already says which country it belongs to.
      AliasTrie.Hit institution =
          trie.longest(
              tokens,
              next,
              e -> e.kind() == ActorKind.INSTITUTION && e.country().equals(entry.country()),
              date);
      if (institution != null) {
        add(start, institution.end(), institution.entry(), institution.entry().actorOn(date));
        return institution.end();
      }
    }
    Actor own = entry.actorOn(date);
    boolean territory = entry.kind() == ActorKind.COUNTRY || entry.kind() == ActorKind.PLACE;
    Roles roles = roles(next);
    if (possessive && roles.end() == next) {
      roles = rolesAfterModifiers(next, roles);
    }
    AliasTrie.Hit person = trie.longest(tokens, roles.end(), PERSON, date);
    if (person != null) {
      Actor holder = titledHolder(start, roles, person.entry());
      // "Kenyan opposition leader Raila Odinga": the country word is the holder's own.
      if (!holder.country().equals(own.country()) || !territory) {
        holder = person.entry().actorOn(date);
      }
      addListed(start, roles.end(), person, holder);
      return person.end();
    }
    if (roles.title()) {
      List<Token> name = unlistedName(roles.end());
      if (!name.isEmpty()) {
        int end = roles.end() + name.size();
        if (territory) {
          person(start, end, name, own.country(), roles.sector());
        } else {
          // "Hamas leader Ismail Haniyeh": the organisation's own code stands.
          ActorEntry unlisted = unlisted(name, own.country(), "UNLISTED-" + own.code());
          add(
              start,
              end,
              unlisted,
              new Actor(
                  own.code(), own.country(), own.sector(), unlisted.name(), ActorKind.PERSON));
          memory.remember(name, unlisted, mentions.get(mentions.size() - 1).actor());
        }
        return end;
      }
    }
    if (roles.names() && territory && roles.title()) {
      int comma = roles.end();
      List<Token> name =
          comma + 1 < tokens.size() && tokens.get(comma).form().equals(",")
              ? unlistedName(comma + 1)
              : List.of();
      int after = comma + 1 + name.size();
      if (!name.isEmpty() && (after == tokens.size() || !lowerWord(tokens.get(after)))) {
        // "the Kyrgyz president, Askar Akayev, said": the apposition names the title's holder.
        person(start, after, name, own.country(), roles.sector());
        return after;
      }
    }
    if (roles.names() && territory) {
      int end = sameActorNamed(roles.end(), own.country());
      addAgent(
          start,
          end,
          own.country(),
          roles.sector(),
          isPrivatePerson(roles.first()) ? roles.first() : entry);
      return end;
    }
    if (roles.names()) {
      // "Hamas fighters", "NATO troops", "Kremlin spokesman": the body's own code stands.
      add(start, roles.end(), entry, own);
      return roles.end();
    }
    add(start, head.end(), entry, own);
    return head.end();
  }

  /**
   * The end of the phrase "Bree Prime Minister Romendacil" when the name after the role words is
   * the dictionary's for the same country as the phrase's head (a leader listed with the country's
   * own code): the name adds nothing to the code, so it stays in the phrase rather than standing
   * alone as a bare state. Else {@code at}.
   */
  private int sameActorNamed(int at, String country) {
    if (at >= tokens.size() || lowerWord(tokens.get(at))) {
      return at;
    }
    AliasTrie.Hit name =
        trie.longest(
            tokens, at, e -> e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.PLACE, date);
    if (name == null || !name.entry().actorOn(date).code().equals(country)) {
      return at;
    }
    return name.end();
  }

  /**
   * Adds the people {@link UnlistedPeople} finds: a country phrase right before the name
   * ("Pakistani activist Jane Doe") joins the person's phrase, and the mentions inside a
   * description ("a politician in Austria") give way to the person they describe.
   */
  private void addUnlistedPeople() {
    Optional<String> place =
        located.size() == 1
            ? Optional.of(located.iterator().next()).filter(c -> !c.isEmpty())
            : Optional.empty();
    Optional<String> lead = memory.lead().or(memory::dateline);
    List<UnlistedPeople.Person> found =
        people.people(
            place,
            lead,
            from ->
                Optional.ofNullable(agentsByEnd.get(from))
                    .filter(a -> !a[1].isEmpty() && !a[2].isEmpty())
                    .map(a -> new String[] {a[1], a[2]}),
            from ->
                oneCountryThrough(AUTHORITIES, tokens.get(from).start())
                    .or(() -> actingStateBefore(from)));
    for (UnlistedPeople.Person p : found) {
      int from = p.from();
      String[] before = agentsByEnd.get(from);
      if (before != null && before[1].equals(p.country()) && before[2].equals(p.sector())) {
        from = Integer.parseInt(before[0]);
      }
      int start = tokens.get(from).start();
      // The description stands apart, as an apposition does: its places and bodies name no actor
      // of the sentence's events.
      int end = tokens.get(p.described() - 1).end();
      mentions.removeIf(m -> m.start() >= start && m.end() <= end);
      String code = p.country() + p.sector();
      String prefix = p.sector().equals("CVL") ? UnlistedPeople.PRIVATE : "UNLISTED-";
      ActorEntry entry = unlisted(p.name(), p.country(), prefix + code);
      Actor actor = new Actor(code, p.country(), p.sector(), entry.name(), ActorKind.PERSON);
      // The description stays in the person's phrase ("Jane Doe, a resident of Lahore,
      // Pakistan"), so that its commas do not part the person from the verb.
      int to = p.described();
      if (to > p.to() && to < tokens.size() && tokens.get(to).form().equals(",")) {
        to++; // the closing comma too: the verb follows the phrase
      }
      add(from, to, entry, actor);
      memory.remember(p.name(), entry, actor);
      int given = 1;
      while (given < p.name().size() && !PersonNames.isNameWord(p.name().get(given))) {
        given++;
      }
      if (p.name().size() - given >= 3) {
        // "Glawischnig-Piesczek" alone names "Eva Glawischnig-Piesczek" too.
        memory.remember(p.name().subList(given, p.name().size()), entry, actor);
      }
    }
  }

  /** A titled person the dictionary does not list, coded by country and the title's sector. */
  private void person(int start, int end, List<Token> name, String country, String sector) {
    if (start > 0 && FORMER.contains(tokens.get(start - 1).key())) {
      sector = "ELI"; // "former minister Samuel Ongeri" holds no office
    }
    String code = country + sector;
    ActorEntry unlisted = unlisted(name, country, "UNLISTED-" + code);
    Actor actor = new Actor(code, country, sector, unlisted.name(), ActorKind.PERSON);
    add(start, end, unlisted, actor);
    memory.remember(name, unlisted, actor);
  }

  /** {@code id}: the entry code's head, "UNLISTED-" and the actor code. */
  private ActorEntry unlisted(List<Token> name, String country, String id) {
    String text = sentence.substring(name.get(0).start(), name.get(name.size() - 1).end());
    return new ActorEntry(
        id + "-" + name.get(name.size() - 1).form(),
        ActorKind.PERSON,
        text,
        List.of(new ActorEntry.Alias(text, true, false)),
        country,
        "",
        "",
        Optional.empty(),
        Optional.empty(),
        List.of(),
        "article");
  }

  /** A name after a title, unless the dictionary knows the words as something else. */
  private List<Token> unlistedName(int at) {
    if (at >= tokens.size() || trie.longest(tokens, at, ANY, date) != null) {
      return List.of();
    }
    List<Token> name = PersonNames.at(tokens, at);
    // The name stops before any word the dictionary knows ("President Mbeki Pretoria ...").
    for (int k = 1; k < name.size(); k++) {
      if (trie.longest(tokens, at + k, ANY, date) != null) {
        return name.subList(0, k);
      }
    }
    return name;
  }

  /**
   * "Dagolath's first Deputy Prime Minister": after a possessive, up to two words the dictionary
   * does not know may stand before the role words of the same phrase. {@code none} is what the role
   * words right after the possessive gave: none.
   */
  private Roles rolesAfterModifiers(int at, Roles none) {
    for (int k = at; k < at + 2 && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.form().isEmpty()
          || !t.form().chars().allMatch(Character::isLetter)
          || NP_OPENERS.contains(t.key())
          || POSSESSIVE_DETERMINERS.contains(t.key())
          || trie.longest(tokens, k, ANY, date) != null) {
        return none;
      }
      Roles after = roles(k + 1);
      if (after.end() > k + 1) {
        return after;
      }
    }
    return none;
  }

  /** Role words from {@code start}: where they end, their sector, and what kind of run it is. */
  private Roles roles(int start) {
    String sector = "";
    boolean weak = false; // a group's sector (CVL) gives way to a role after it
    boolean title = false;
    String home = "";
    ActorEntry first = null;
    boolean adjectiveOnly = true;
    int end = start;
    for (AliasTrie.Hit role = trie.longest(tokens, end, ROLE_LIKE, date);
        role != null;
        role = trie.longest(tokens, end, ROLE_LIKE, date)) {
      ActorEntry e = role.entry();
      if (e.code().equals(CAMPAIGN) && !afterAPerson(start)) {
        break; // "a bombing campaign", "Israel's campaign": no candidate's organisation
      }
      String next = e.sector();
      // The first role word usually carries the sector ("military spokesman" is MIL,
      // "foreign ministry spokeswoman" GOV). Quirk: "government forces" are soldiers, so MIL
      // anywhere in the run wins; "Kurdish fighters" are fighters, so a group gives way.
      if (sector.isEmpty() || next.equals("MIL") || (weak && e.kind() != ActorKind.GROUP)) {
        sector = next;
        weak = e.kind() == ActorKind.GROUP;
      }
      if (e.kind() == ActorKind.GROUP && home.isEmpty()) {
        // Kosovo Albanians lived in Yugoslavia, then Serbia, then Kosovo: dated lines.
        home = e.actorOn(date).country();
      }
      if (first == null) {
        first = e;
      }
      title = e.kind() == ActorKind.TITLE;
      adjectiveOnly &= isAdjective(e);
      end = role.end();
    }
    // Quirk: "ethnic Albanians" names people of Albanian descent wherever they live: the
    // country word after "ethnic" is part of the group, and Albania is not its country.
    if (first != null && first.code().equals("ETHNIC") && end < tokens.size()) {
      AliasTrie.Hit kin = trie.longest(tokens, end, e -> e.kind() == ActorKind.COUNTRY, date);
      if (kin != null) {
        end = kin.end();
        title = false;
        adjectiveOnly = false;
      }
    }
    // "the former minister", "two former officials", "a former Kenyan lawmaker": people who no
    // longer hold the office are elites (ELI), as a listed person out of office is.
    if (FORMER_OFFICES.contains(sector) && formerBefore(start)) {
      sector = "ELI";
    }
    return new Roles(end, sector, title, home, first, adjectiveOnly);
  }

  /**
   * Quirk: "his opposition to the travel ban", "the party's opposition to the war": after a
   * possessive and before "to", the word is the act of opposing, not a country's opposition.
   */
  private boolean opposingSomething(int start, Roles roles) {
    if (roles.end() != start + 1
        || !tokens.get(start).key().equals("opposition")
        || roles.end() >= tokens.size()
        || !tokens.get(roles.end()).key().equals("to")
        || start == 0) {
      return false;
    }
    Token before = tokens.get(start - 1);
    return before.possessive() || POSSESSIVE_DETERMINERS.contains(before.key());
  }

  /** Sectors of offices whose former holders are elites rather than officials. */
  private static final Set<String> FORMER_OFFICES = Set.of("GOV", "LEG", "JUD");

  /** Whether a word such as "former" stands before {@code start}, or before a country before it. */
  private boolean formerBefore(int start) {
    if (start > 0 && FORMER.contains(tokens.get(start - 1).key())) {
      return true;
    }
    return start > 1
        && PersonNames.capitalised(tokens.get(start - 1))
        && FORMER.contains(tokens.get(start - 2).key());
  }

  /** The one country whose police, courts or government act before {@code b}, if any. */
  private Optional<String> authorityBefore(Bare b) {
    return oneCountryThrough(AUTHORITIES, tokens.get(b.from()).start());
  }

  /**
   * The one state named before {@code b}, when it acts as a whole ("Turkey sentenced two people
   * smugglers for the deaths of Syrian migrants": the migrants named after do not count).
   */
  private Optional<String> actingStateBefore(Bare b) {
    return actingStateBefore(b.from());
  }

  /** The same, before the token at {@code from}. */
  private Optional<String> actingStateBefore(int from) {
    if (!located.isEmpty()) {
      return Optional.empty();
    }
    int before = tokens.get(from).start();
    Set<String> countries = new java.util.HashSet<>();
    boolean acts = false;
    for (ActorMention m : mentions) {
      if (m.start() < before && placesTheStory(m) && !m.actor().country().isEmpty()) {
        countries.add(m.actor().country());
        acts |= bareStateActs(m);
      }
    }
    return countries.size() == 1 && acts
        ? Optional.of(countries.iterator().next())
        : Optional.empty();
  }

  /**
   * Whether an actor's country counts among the sentence's countries when bare role words take one.
   * A news outlet does not: "According to NPR, police shot the attacker", "a photographer for the
   * Associated Press was wounded" are still the story's own police.
   */
  private static boolean placesTheStory(ActorMention m) {
    return !(m.entry().kind() == ActorKind.INSTITUTION && m.actor().sector().equals("MED"));
  }

  /** Whether a bare role phrase is one holder of an office ("the minister", "a governor"). */
  private boolean heldOffice(Bare b) {
    if (!b.roles().title() || !FORMER_OFFICES.contains(b.roles().sector())) {
      return false;
    }
    // A minister travels, but the courts that try one are most often the minister's own; an
    // envoy's are the host's. A spokesman is a voice, not an office acted on.
    for (int k = b.from(); k < b.to(); k++) {
      if (ENVOYS.contains(tokens.get(k).key()) || SPEAKERS.contains(tokens.get(k).key())) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> ENVOYS =
      Set.of("diplomat", "envoy", "ambassador", "consul", "attache", "negotiator");

  private static boolean isPrivatePerson(ActorEntry e) {
    return e != null && e.code().equals(ActorMatcher.PRIVATE_PERSON);
  }

  /** A group adjective ("Kurdish") or "ethnic": it names nobody without a noun after it. */
  private static boolean isAdjective(ActorEntry e) {
    return e.kind() == ActorKind.GROUP && (e.code().endsWith("-ADJ") || e.code().equals("ETHNIC"));
  }

  /** Records the country of a place the sentence is in ("in Nairobi", "in the West Bank"). */
  private void noteLocation(int at, int end, ActorEntry place) {
    int before = townBefore(at, end);
    if (before >= 0 && COMPASS.contains(tokens.get(before).key())) {
      before--; // "in northern Syria", "in the eastern United States"
    }
    if (before >= 0 && tokens.get(before).key().equals("the")) {
      before--;
    }
    if (before >= 0 && LOCATIVE.contains(tokens.get(before).key())) {
      located.add(place.actorOn(date).country());
    }
  }

  /**
   * The token before a place, skipping a town or province the dictionary does not know and the
   * comma after it: "in Mardan, Pakistan" and "in Zamfara state, Nigeria" are in Pakistan and
   * Nigeria as "in Pakistan" is.
   */
  private int townBefore(int at, int end) {
    int before = at - 1;
    if (before < 1 || !tokens.get(before).key().equals(",")) {
      return before;
    }
    // Only a country that closes the phrase: "in Camp David, Egypt agreed" is Egypt acting.
    if (end < tokens.size() && !AFTER_TOWN.contains(tokens.get(end).key())) {
      return before;
    }
    int q = before - 1;
    if (q >= 0 && REGION_WORDS.contains(tokens.get(q).key())) {
      q--; // "Zamfara state", "Helmand province"
    }
    int last = q;
    while (q >= 0 && q > last - 3 && placeNameWord(tokens.get(q))) {
      q--;
    }
    if (q == last) {
      return before;
    }
    for (int k = q + 1; k <= last; k++) {
      if (trie.longest(tokens, k, ANY, date) != null) {
        return before; // "in Gaza, Israel said": a known name is no unknown town
      }
    }
    int r = q;
    if (r >= 0 && COMPASS.contains(tokens.get(r).key())) {
      r--; // "in northern Zamfara state, Nigeria"
    }
    if (r >= 0 && tokens.get(r).key().equals("the")) {
      r--;
    }
    return r >= 0 && LOCATIVE.contains(tokens.get(r).key()) ? r : before;
  }

  /** Bare role words take the sentence's one place, or their group's home, or code nothing. */
  private void resolveBare() {
    // Quirk: "Israeli troops shot two men in the West Bank, the army said": when the sentence
    // names another country, a bare "army" may be either's, so the place lends nothing.
    boolean onlyThePlace =
        located.size() == 1
            && mentions.stream()
                .filter(SentenceReader::placesTheStory)
                .map(m -> m.actor().country())
                .allMatch(c -> c.isEmpty() || located.contains(c));
    // With no place at all, the country the article is about lends itself to the people who are
    // where the story happens ("Police arrived and shot him dead" in a London story), unless the
    // sentence names another country.
    Optional<String> lead = memory.lead().or(memory::dateline);
    boolean onlyTheLead =
        located.isEmpty()
            && !unknownPlace
            && lead.isPresent()
            && mentions.stream()
                .filter(SentenceReader::placesTheStory)
                .map(m -> m.actor().country())
                .allMatch(c -> c.isEmpty() || c.equals(lead.get()));
    // "Cuban authorities arrested 75 dissidents": a sentence that names one country, through its
    // police, courts or government and no place, lends it to the people those act on.
    Optional<String> domesticAuthority = oneCountryThrough(AUTHORITIES);
    // Rebels do not lend their country to the army they fight: "Hamas fighters attacked troops"
    // names no Palestinian army, and the troops are most often another state's.
    // A sentence whose only country is named by that state's own organs or office holders
    // ("President Menem pardoned 277 officers", "Security forces cleared two Cairo camps held by
    // supporters of Morsi") is a domestic story: its bare civilians, opposition, police, courts and
    // soldiers are that country's. Rebels and gunmen are left out ("Israeli officials said
    // militants fired rockets": the militants are not Israeli).
    Set<String> named = new java.util.HashSet<>();
    boolean stateSpeaks = false;
    // "Cambodia arrested an opposition leader": a bare state that acts lends itself to its
    // opposition, unions, clergy and students only; bare hostages, sailors or protesters it acts
    // on may be foreigners.
    boolean stateActs = false;
    for (ActorMention m : mentions) {
      if (!placesTheStory(m)) {
        continue;
      }
      if (!m.actor().country().isEmpty()) {
        named.add(m.actor().country());
      }
      stateSpeaks |=
          !m.actor().country().isEmpty()
              && (m.actor().kind() == ActorKind.PERSON
                  || DOMESTIC_ANCHORS.contains(m.actor().sector()));
      stateActs |= bareStateActs(m);
    }
    boolean onlyItsState = located.isEmpty() && named.size() == 1 && stateSpeaks;
    boolean onlyItsActingState = located.isEmpty() && named.size() == 1 && stateActs;
    // "A Cambodian court sentenced opposition leader Sam Rainsy": a titled person with no country
    // of their own, in a sentence whose one state acts through its police, courts or government,
    // is that state's, as its bare civilians and opposition are.
    if (domesticAuthority.isPresent()) {
      for (Titled t : titledWithoutCountry) {
        if (SUBJECTS.contains(t.sector())) {
          person(t.from(), t.to(), t.name(), domesticAuthority.get(), t.sector());
        }
      }
    }
    List<Bare> offices = new ArrayList<>();
    for (Bare b : bare) {
      Optional<ActorMention> base = prefixed(b, BASED);
      if (base.isPresent()) {
        // "Pakistan-based militants": the place before "-based" is the role words' own.
        ActorMention place = base.get();
        mentions.remove(place);
        addAgent(
            tokenAt(place.start()),
            b.to(),
            place.actor().country(),
            b.roles().sector(),
            b.roles().first());
        continue;
      }
      // "Iran-backed militias": the backer describes them and does not act; they keep their own
      // country, if the sentence gives one.
      prefixed(b, BACKED).ifPresent(mentions::remove);
      String country = "";
      // The state whose police, courts or government act on these people, and the state that
      // acts on them as a whole, each counting the whole sentence or only what stands before them.
      Optional<String> authority = domesticAuthority.or(() -> authorityBefore(b));
      Optional<String> actingState =
          onlyItsActingState ? Optional.of(named.iterator().next()) : actingStateBefore(b);
      if (onlyThePlace && (LOCAL_SECTORS.contains(b.roles().sector()) || theOneGovernment(b))) {
        // "Doctors across Ghana went on strike to press the government": the one government
        // of a sentence set in one country is that country's.
        country = located.iterator().next();
      } else if (!b.roles().home().isEmpty()) {
        country = b.roles().home();
      } else if (onlyTheLead
          && ((LEAD_SECTORS.contains(b.roles().sector()) && !travels(b)) || theOneGovernment(b))) {
        country = lead.get();
      } else if (SUBJECTS.contains(b.roles().sector()) && authority.isPresent()) {
        country = authority.get();
      } else if (onlyItsState && DOMESTIC_LENT.contains(b.roles().sector()) && !travels(b)) {
        country = named.iterator().next();
      } else if (STATE_LENT.contains(b.roles().sector()) && actingState.isPresent()) {
        country = actingState.get();
      } else if (located.isEmpty() && !unknownPlace && named.size() == 1 && theOneGovernment(b)) {
        // "Kenyan opposition leaders accused the government of rigging the vote": the one
        // government of a sentence that names one country and no place is that country's.
        country = named.iterator().next();
      } else if (named.size() == 1 && named.containsAll(located) && homeGrown(b)) {
        // "The Philippine army attacked communist rebels": an insurgency named by its cause
        // fights its own state, the one the sentence names.
        country = named.iterator().next();
      } else {
        country = freedBy(b).or(() -> namedBefore(b)).orElse("");
      }
      if (!country.isEmpty()) {
        addAgent(b.from(), b.to(), country, b.roles().sector(), b.roles().first());
      } else if (heldOffice(b)) {
        offices.add(b);
      }
    }
    // "A court in Nairobi sentenced the minister": one office holder after a state's police or
    // courts, who act on them at home, is that state's, as its civilians are. Asked after the
    // other bare words took their place, since the court in Nairobi is one of them.
    for (Bare b : offices) {
      authorityBefore(b)
          .ifPresent(c -> addAgent(b.from(), b.to(), c, b.roles().sector(), b.roles().first()));
    }
    mentions.sort(Comparator.comparingInt(ActorMention::start));
  }

  /**
   * Whether bare rebels are qualified by a cause that only a country's own people take up against
   * its state ("communist rebels", "Maoist guerrillas", "separatist militants"), unlike "Islamist
   * militants", who cross borders.
   */
  private boolean homeGrown(Bare b) {
    if (!b.roles().sector().equals("REB")) {
      return false;
    }
    for (int k = b.from(); k < b.to(); k++) {
      if (HOME_GROWN.contains(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> HOME_GROWN =
      Set.of(
          "communist",
          "maoist",
          "marxist",
          "leftist",
          "left-wing",
          "rightist",
          "right-wing",
          "separatist",
          "separatists",
          "secessionist",
          "secessionists",
          "anti-government",
          "antigovernment");

  /** Participles after a place that make role words its own: "Pakistan-based militants". */
  private static final Set<String> BASED = Set.of("based");

  /** Participles after a state that make it the role words' backer: "Iran-backed militias". */
  private static final Set<String> BACKED =
      Set.of("backed", "sponsored", "funded", "armed", "supported", "trained", "aligned", "allied");

  /**
   * The state or place mention right before "-based" (a word of {@code links}, with or without the
   * hyphen) that stands before the role words of {@code b}.
   */
  private Optional<ActorMention> prefixed(Bare b, Set<String> links) {
    int k = b.from() - 1;
    if (k < 1 || !links.contains(tokens.get(k).key())) {
      return Optional.empty();
    }
    k--;
    if (tokens.get(k).key().equals("-") && k > 0) {
      k--;
    }
    int end = tokens.get(k).end();
    for (ActorMention m : mentions) {
      if (m.end() == end
          && !m.actor().country().isEmpty()
          && m.actor().sector().isEmpty()
          && (m.entry().kind() == ActorKind.COUNTRY || m.entry().kind() == ActorKind.PLACE)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The token that starts at character {@code start}. */
  private int tokenAt(int start) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() == start) {
        return k;
      }
    }
    return 0;
  }

  /**
   * "Cambodia arrested an opposition leader": a bare state that opens the sentence and acts (a
   * lower-case word follows it) speaks for itself as its organs would.
   */
  private boolean bareStateActs(ActorMention m) {
    if (m.entry().kind() != ActorKind.COUNTRY || !m.actor().sector().isEmpty()) {
      return false;
    }
    int first = tokens.isEmpty() ? -1 : 0;
    if (first >= 0 && tokens.get(0).key().equals("the") && tokens.size() > 1) {
      first = 1;
    }
    if (first < 0 || tokens.get(first).start() != m.start()) {
      return false;
    }
    for (Token t : tokens) {
      if (t.start() >= m.end()) {
        return Character.isLowerCase(t.form().codePointAt(0));
      }
    }
    return false;
  }

  /**
   * "Saudi warplanes bombed Houthi rebel positions … after the rebels shelled two Saudi towns":
   * "the" and armed or militant role words refer back to the last such actor named in this sentence
   * or the two before, when they have no country of their own.
   */
  private Optional<String> namedBefore(Bare b) {
    if (b.from() == 0
        || !tokens.get(b.from() - 1).key().equals("the")
        || !REFERRED_SECTORS.contains(b.roles().sector())) {
      return Optional.empty();
    }
    return memory.lastOfSector(b.roles().sector());
  }

  /**
   * Sectors whose bare words refer back: "the rebels", "the militants", and a body named before
   * ("Iraq's parliament voted … the parliament's decision", "the court").
   */
  private static final Set<String> REFERRED_SECTORS =
      Set.of("REB", "UAF", "INS", "OPP", "LEG", "JUD");

  /** Verbs of freeing: the freed may be the state's own prisoners. */
  private static final Set<String> RELEASE_WORDS =
      Set.of("free", "frees", "freed", "freeing", "release", "releases", "released", "releasing");

  /** Words of pardon and amnesty: a state pardons only those its own courts sentenced. */
  private static final Set<String> PARDON_WORDS =
      Set.of(
          "pardon",
          "pardons",
          "pardoned",
          "pardoning",
          "amnesty",
          "amnestied",
          "amnesties",
          "clemency");

  /**
   * Those who hold prisoners: the state itself (no sector), its government, leaders, courts and
   * police.
   */
  private static final Set<String> KEEPERS = Set.of("", "GOV", "ELI", "JUD", "COP");

  /** Sectors of bare people a state pardons: its subjects, and its own officers and soldiers. */
  private static final Set<String> PARDONED =
      Set.of("CVL", "OPP", "REB", "CRM", "REL", "LAB", "EDU", "HLH", "MED", "MIL", "COP");

  /**
   * Words for people held in custody: freed hostages, sailors or tourists are often foreigners the
   * sentence does not name, freed prisoners and detainees the state's own.
   */
  private static final Set<String> HELD =
      Set.of(
          "prisoners",
          "detainees",
          "inmates",
          "convicts",
          "dissidents",
          "people",
          "protesters",
          "demonstrators",
          "activists");

  /**
   * "Cuba freed about 200 prisoners", "President X pardoned 277 officers": a state or its leader
   * frees or pardons the people its own prisons hold, so bare prisoners shortly after a verb of
   * freeing (bare officers and soldiers too after a pardon) take the country of the state, leader,
   * court or police named right before the verb, when the sentence is located nowhere and no other
   * country stands between the verb and them.
   */
  private Optional<String> freedBy(Bare b) {
    if (!located.isEmpty()) {
      return Optional.empty();
    }
    for (int i = b.from() - 1; i >= 0 && i >= b.from() - 6; i--) {
      String key = tokens.get(i).key();
      boolean pardon = PARDON_WORDS.contains(key);
      if (!pardon && !RELEASE_WORDS.contains(key)) {
        continue;
      }
      boolean fits =
          pardon
              ? PARDONED.contains(b.roles().sector())
              : SUBJECTS.contains(b.roles().sector())
                  && HELD.contains(tokens.get(b.to() - 1).key());
      if (!fits) {
        return Optional.empty();
      }
      int verbStart = tokens.get(i).start();
      int bareStart = tokens.get(b.from()).start();
      ActorMention keeper = null;
      for (ActorMention m : mentions) {
        if (!m.actor().country().isEmpty()
            && m.end() <= verbStart
            && (keeper == null || m.end() > keeper.end())) {
          keeper = m;
        }
      }
      if (keeper == null || !KEEPERS.contains(keeper.actor().sector())) {
        return Optional.empty();
      }
      String country = keeper.actor().country();
      // "freed two Britons and 40 detainees": another country after the verb may own them.
      boolean other =
          mentions.stream()
              .anyMatch(
                  m ->
                      m.start() >= verbStart
                          && m.start() < bareStart
                          && !m.actor().country().isEmpty()
                          && !m.actor().country().equals(country));
      return other ? Optional.empty() : Optional.of(country);
    }
    return Optional.empty();
  }

  /** Sectors that act on their own country's people: police, courts, the government. */
  private static final Set<String> AUTHORITIES = Set.of("COP", "JUD", "GOV");

  /** Sectors of the people a country's authorities act on at home. */
  private static final Set<String> SUBJECTS =
      // Not rebels: "Israeli police arrested militants" does not make the militants Israeli.
      Set.of("CVL", "OPP", "CRM", "REL", "LAB", "EDU", "HLH", "MED", "ELI");

  /**
   * The one country a sentence with no place names, when it names it through one of {@code sectors}
   * ("Chilean police", "Cuban authorities"); soldiers are never an authority here, as they act
   * abroad.
   */
  private Optional<String> oneCountryThrough(Set<String> sectors) {
    return oneCountryThrough(sectors, Integer.MAX_VALUE);
  }

  /**
   * The same, counting only the actors that start before character {@code before}: the state that
   * acts on the people after it ("Turkish police arrested two people smugglers after the deaths of
   * Syrian migrants": the migrants do not make the smugglers foreign).
   */
  private Optional<String> oneCountryThrough(Set<String> sectors, int before) {
    Set<String> countries = new java.util.HashSet<>();
    boolean authority = false;
    for (ActorMention m : mentions) {
      if (m.start() >= before || !placesTheStory(m)) {
        continue;
      }
      String c = m.actor().country();
      if (!c.isEmpty()) {
        countries.add(c);
        authority |= sectors.contains(m.actor().sector());
      }
    }
    // "Police in Harare detained two journalists": a place of that same country changes nothing.
    return countries.size() == 1 && authority && countries.containsAll(located)
        ? Optional.of(countries.iterator().next())
        : Optional.empty();
  }

  /**
   * "the president", "the government", "the federal government", "the administration": one office
   * or body, whose country is the one the article is about.
   */
  private boolean theOneGovernment(Bare b) {
    if (b.from() == 0 || !tokens.get(b.from() - 1).key().equals("the")) {
      return false;
    }
    StringBuilder words = new StringBuilder();
    for (int k = b.from(); k < b.to(); k++) {
      words.append(k > b.from() ? " " : "").append(tokens.get(k).key());
    }
    return THE_GOVERNMENT.contains(words.toString())
        || (b.roles().sector().equals("GOV")
            && ONE_BODY.contains(tokens.get(b.to() - 1).key())
            && !travels(b));
  }

  /** Heads of a government role phrase that name one body: "the interim government". */
  private static final Set<String> ONE_BODY =
      Set.of("government", "administration", "presidency", "cabinet", "regime", "junta");

  /** Whether a bare government phrase names people who act abroad ("diplomats", "envoys"). */
  private boolean travels(Bare b) {
    if (!b.roles().sector().equals("GOV")) {
      return false;
    }
    for (int k = b.from(); k < b.to(); k++) {
      String key = tokens.get(k).key();
      // "an interior ministry spokesman", "a government spokeswoman": a body before the speaker
      // says whose voice it is, and the body stays home.
      if (TRAVELLERS.contains(key) && !(SPEAKERS.contains(key) && k > b.from())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Missions named by where they are posted, not by whose they are: "opened an embassy in Abu
   * Dhabi" is another state's embassy in the Emirates, "diplomats in Moscow" anyone's.
   */
  private static final Set<String> POSTED =
      Set.of("embassy", "embassies", "consulate", "consulates", "diplomats", "diplomat", "envoys");

  private static final Set<String> SPEAKERS =
      Set.of("spokesman", "spokesmen", "spokeswoman", "spokesperson");

  private static final Set<String> THE_GOVERNMENT =
      Set.of(
          "president",
          "prime minister",
          "premier",
          "chancellor",
          "government",
          "administration",
          "presidency",
          "cabinet",
          "regime",
          "authorities",
          "local authorities",
          "junta",
          "military junta",
          "interim government",
          "transitional government",
          "military government");

  /** Country + sector, named after the country's own entry when there is one. */
  private void addAgent(int from, int to, String country, String sector, ActorEntry fallback) {
    from = tiedFrom.getOrDefault(from, from);
    if (BODY_SECTORS.contains(sector)) {
      int named = namedBody(from, to);
      if (named != from) {
        // The closing comma joins the phrase, as a described person's does, so that the verb
        // after it finds its subject.
        from = named;
        to = to + 1;
      }
    }
    if (sector.equals("CVL") || sector.equals("CRM")) {
      from = withAge(from);
    }
    // A private person ("a man") keeps the role entry, which marks the mention for the coder.
    ActorEntry entry =
        isPrivatePerson(fallback) ? fallback : matcher.country(country).orElse(fallback);
    agentsByEnd.put(to, new String[] {Integer.toString(from), country, sector});
    add(from, to, entry, new Actor(country + sector, country, sector, entry.name(), entry.kind()));
  }

  /**
   * "a 34-year-old man", "two 19-year-old students": the age before a private person belongs to its
   * phrase, so that the slot of an event starts there. Returns the new start of the phrase.
   */
  private int withAge(int from) {
    int k = from;
    if (k >= 1 && AGE_ADJECTIVES.contains(tokens.get(k - 1).key())) {
      k--;
    }
    // "34 - year - old" (hyphenated) or "34 year old".
    int h = k;
    if (h >= 1 && tokens.get(h - 1).key().equals("old")) {
      h--;
      if (h >= 1 && tokens.get(h - 1).key().equals("-")) {
        h--;
      }
      if (h >= 1
          && (tokens.get(h - 1).key().equals("year") || tokens.get(h - 1).key().equals("years"))) {
        h--;
        if (h >= 1 && tokens.get(h - 1).key().equals("-")) {
          h--;
        }
        if (h >= 1 && Character.isDigit(tokens.get(h - 1).form().charAt(0))) {
          return h - 1;
        }
      }
    }
    return k;
  }

  /** Words of age or state before a private person: "an elderly woman", "an unarmed man". */
  private static final Set<String> AGE_ADJECTIVES =
      Set.of("young", "elderly", "unarmed", "teenage", "homeless", "pregnant", "disabled");

  /**
   * "KAMPALA, Uganda (AP) -": an article that opens with a place in capitals, then a dash within a
   * few words, is datelined there.
   */
  private void dateline() {
    if (tokens.isEmpty()) {
      return;
    }
    String form = tokens.get(0).form();
    if (form.length() < 2 || !form.equals(form.toUpperCase(java.util.Locale.ROOT))) {
      return;
    }
    for (int k = 1; k < Math.min(tokens.size(), 10); k++) {
      if (tokens.get(k).form().equals("-")) {
        for (int j = 0; j < k; j++) {
          AliasTrie.Hit hit = trie.longest(tokens, j, TERRITORY, date);
          if (hit != null) {
            memory.dateline(hit.entry().actorOn(date).country());
            return;
          }
        }
        return;
      }
    }
  }

  /**
   * "condemned far-right demonstrators", "accused neighbouring Rwanda": up to two modifiers right
   * before a mention belong to its phrase, so that a pattern finds the actor where the phrase
   * starts. A modifier is a lower-case hyphenated word that is no past participle, or one of a few
   * adjectives news puts before actors.
   */
  private int withModifiers(int from) {
    int k = from;
    int free = mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end();
    while (k > 0
        && from - k < 2
        && isModifier(tokens.get(k - 1))
        && tokens.get(k - 1).start() >= free) {
      k--;
    }
    return k;
  }

  /**
   * "the Islamist movement Hamas", "the rebel group M23": a common noun that says what kind of body
   * a name is, with up to two words before it, after "the", belongs to the name's phrase, so that a
   * coordination before it ("between Israel and the Islamist movement Hamas") reaches the name.
   */
  private int withDescriptor(int from) {
    if (from < 2 || !DESCRIPTORS.contains(tokens.get(from - 1).key())) {
      return from;
    }
    int free = mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end();
    for (int k = from - 2; k >= Math.max(0, from - 4); k--) {
      Token t = tokens.get(k);
      if (t.start() < free) {
        return from;
      }
      if (t.key().equals("the")) {
        return k + 1;
      }
      if (!t.form().chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        return from;
      }
    }
    return from;
  }

  private static final Set<String> DESCRIPTORS =
      Set.of(
          "movement",
          "group",
          "organisation",
          "organization",
          "militia",
          "faction",
          "network",
          "party",
          "alliance",
          "coalition");

  /**
   * "Saudi Arabia and its Gulf allies launched …": the allies of an actor, named only as such,
   * belong to its phrase, so that the verb finds its subject. Returns the new end.
   */
  private int withAllies(int to) {
    int k = to;
    if (k + 2 >= tokens.size()
        || !tokens.get(k).key().equals("and")
        || !POSSESSIVE_OWNERS.contains(tokens.get(k + 1).key())) {
      return to;
    }
    int head = k + 2;
    if (!ALLIES.contains(tokens.get(head).key()) && head + 1 < tokens.size()) {
      head++; // one word between: "its Gulf allies", "its Western partners"
    }
    return ALLIES.contains(tokens.get(head).key()) ? head + 1 : to;
  }

  private static final Set<String> POSSESSIVE_OWNERS = Set.of("its", "their", "his", "her");

  private static final Set<String> ALLIES = Set.of("allies", "partners", "backers", "proxies");

  private static boolean isModifier(Token t) {
    String form = t.form();
    if (form.isEmpty() || !Character.isLowerCase(form.charAt(0))) {
      return false;
    }
    if (MODIFIERS.contains(t.key())) {
      return true;
    }
    int hyphen = form.indexOf('-');
    return hyphen > 0
        && hyphen < form.length() - 1
        && !form.endsWith("ed")
        && form.chars().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  /** Adjectives news puts before actors ("angry protesters", "neighbouring Rwanda"). */
  private static final Set<String> MODIFIERS =
      Set.of(
          "neighbouring",
          "neighboring",
          "angry",
          "masked",
          "unarmed",
          "peaceful",
          "young",
          "local",
          "rival",
          "hardline",
          "radical",
          "striking",
          "disgruntled",
          "furious",
          "other");

  /**
   * A listed person named by a full name from token {@code name} (after any title from {@code
   * from}): the article goes on to call them by surname ("Foreign Minister Sigmar Gabriel …", then
   * "Gabriel has called on …"), which the dictionary does not list alone, so the surname is
   * remembered for the rest of the article, as for an unlisted person.
   */
  private void addListed(int from, int name, AliasTrie.Hit person, Actor actor) {
    add(from, person.end(), person.entry(), actor);
    if (person.end() - name >= 2 && PersonNames.isNameWord(tokens.get(person.end() - 1))) {
      memory.remember(tokens.subList(name, person.end()), person.entry(), actor);
    }
  }

  private void add(int from, int to, ActorEntry entry, Actor actor) {
    from = withModifiers(from);
    if (entry.kind() != ActorKind.ROLE && entry.kind() != ActorKind.TITLE) {
      from = withDescriptor(from);
      to = withAllies(to);
    }
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    mentions.add(new ActorMention(sentence.substring(start, end), start, end, entry, actor));
    memory.named(actor.country());
    memory.sector(actor.sector(), actor.country());
  }
}
