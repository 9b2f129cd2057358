package dev.dyad.core.coding;

import dev.dyad.core.actors.ActorKind;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.mentions.DocumentMentions;
import dev.dyad.core.coding.mentions.Party;
import dev.dyad.core.coding.mentions.QuotedSpeech;
import dev.dyad.core.coding.mentions.SentenceActors;
import dev.dyad.core.coding.mentions.SlotFill;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.modality.ModalityDetector;
import dev.dyad.core.coding.modality.ModalityReading;
import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.coding.patterns.ActReference;
import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.Fillers;
import dev.dyad.core.coding.patterns.PatternBook;
import dev.dyad.core.coding.patterns.PatternMatcher;
import dev.dyad.core.coding.patterns.SentenceDiscards;
import dev.dyad.core.coding.patterns.SentenceWords;
import dev.dyad.core.coding.patterns.SlotTable;
import dev.dyad.core.coding.patterns.TriggerSenses;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.EventDate;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.text.PartOfSpeech;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import dev.dyad.core.text.WordClass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Codes the sentences of a cleaned document into dyadic events with the built-in patterns.
 *
 * <p>Per sentence: the tokens are looked up in the trigger index (a sentence with no trigger costs
 * one hash lookup per token); only then are actors found, and a sentence with neither an actor nor
 * a referring phrase is dropped. Each pattern is matched around each trigger; compound slots give
 * one event per actor, symmetric patterns both directions. The modality comes from the {@link
 * ModalityDetector}, the date from the {@link EventDater}. When several patterns code the same
 * (source, target, type) in one sentence, the longest match is kept, so a sentence never gives two
 * events with the same source, target, type, mode and modality.
 *
 * <p>Instances hold no mutable state: one coder serves many threads.
 */
public final class EventCoder {
  private static final double GAP_PENALTY = 0.97;
  private static final double REFERENCE_PENALTY = 0.85;
  private static final int POS_WINDOW = 5;

  /** Words that name a natural disaster or an epidemic. */
  private static final Set<String> DISASTERS =
      Set.of(
          "hurricane",
          "hurricanes",
          "storm",
          "storms",
          "tropical",
          "typhoon",
          "typhoons",
          "cyclone",
          "cyclones",
          "tornado",
          "tornadoes",
          "flood",
          "floods",
          "flooding",
          "wildfire",
          "wildfires",
          "bushfire",
          "bushfires",
          "earthquake",
          "earthquakes",
          "quake",
          "tsunami",
          "eruption",
          "volcano",
          "drought",
          "blizzard",
          "snowstorm",
          "heatwave",
          "landslide",
          "landslides",
          "pandemic",
          "epidemic",
          "virus",
          "coronavirus",
          "covid-19",
          "covid",
          "outbreak");

  /**
   * Words between "part of" or "party to" and the agreement it names ("part of a new trade pact").
   */
  private static final Set<String> MEMBERSHIP_SKIPPED =
      Set.of(
          "a",
          "an",
          "the",
          "this",
          "that",
          "its",
          "their",
          "new",
          "trade",
          "free",
          "defence",
          "defense",
          "security",
          "military",
          "regional",
          "bilateral",
          "multilateral");

  private static final Set<String> MEMBERSHIP_OF = Set.of("part", "member", "members", "parts");

  private static final Set<String> MEMBERSHIP_TO =
      Set.of("party", "parties", "signatory", "signatories", "bound");

  /**
   * Verb forms before a protest noun that make the protest someone else's ("suppress protests").
   */
  private static final Set<String> REPRESSION_VERBS =
      Set.of(
          "suppress",
          "suppressed",
          "suppressing",
          "suppresses",
          "quell",
          "quelled",
          "quelling",
          "crush",
          "crushed",
          "crushing",
          "disperse",
          "dispersed",
          "dispersing",
          "ban",
          "banned",
          "banning",
          "bans",
          "prohibit",
          "prohibited",
          "outlaw",
          "outlawed",
          "forbid",
          "forbade",
          "prevent",
          "prevented",
          "block",
          "blocked",
          "repress",
          "repressed",
          "stifle",
          "stifled");

  /** "(left)", "(center)": a person placed in a photograph. */
  private static final Set<String> PICTURE_PLACES =
      Set.of("left", "right", "center", "centre", "middle", "pictured", "front", "rear", "top");

  private final ActorMatcher actors;
  private final ModalityDetector modality;
  private final EventDater dater;
  private final PatternBook book;
  private final EventOntology ontology;
  private final TriggerSenses senses = TriggerSenses.builtIn();
  private final SentenceDiscards discards;
  private final Commitments commitments = Commitments.builtIn();
  private final PartOfSpeech partOfSpeech = PartOfSpeech.english();

  /** A coder with the built-in patterns and ontology. */
  public EventCoder(ActorMatcher actors, ModalityDetector modality, EventDater dater) {
    this(actors, modality, dater, PatternBook.builtIn());
  }

  EventCoder(ActorMatcher actors, ModalityDetector modality, EventDater dater, PatternBook book) {
    this(actors, modality, dater, book, SentenceDiscards.builtIn());
  }

  /**
   * A coder with another set of patterns and discards (a dictionary set of {@code
   * dev.dyad.core.dictionaries}); the actors come with {@code actors}.
   */
  public EventCoder(
      ActorMatcher actors,
      ModalityDetector modality,
      EventDater dater,
      PatternBook book,
      SentenceDiscards discards) {
    this.actors = Objects.requireNonNull(actors, "actors");
    this.modality = Objects.requireNonNull(modality, "modality");
    this.dater = Objects.requireNonNull(dater, "dater");
    this.book = Objects.requireNonNull(book, "book");
    this.discards = Objects.requireNonNull(discards, "discards");
    this.ontology = EventOntology.builtIn();
  }

  /** The events of every sentence of {@code doc}, in sentence order. */
  public List<Event> code(Document doc) {
    return new Run(doc).events();
  }

  /** The events of each document in turn; lazy, so it can run over a large stream. */
  public Stream<Event> code(Stream<Document> docs) {
    return docs.flatMap(doc -> code(doc).stream());
  }

  /** The state of coding one document: actor lookups cached per sentence. */
  private final class Run {
    final Document doc;
    final List<Sentence> sentences;
    final Optional<LocalDate> date;
    final SentenceActors[] cache;
    final List<List<Token>> tokenCache;
    final DocumentMentions mentions;

    /** The actors the sentence being coded names (the place of an act told with no agent). */
    List<SlotFill> sentenceFills = List.of();

    /** The same, with the phrases that refer to actors named before ("they", "the group"). */
    List<SlotFill> referringFills = List.of();

    /** The events coded so far, in sentence order. */
    final List<Event> coded = new ArrayList<>();

    /**
     * Matches whose verb follows "and" after the sentence's subject reported something ("Trudeau
     * said the pipeline was vital and urged …"): the report is the subject's, and the second verb
     * is the subject's own act, not part of what was reported. Cleared with each sentence.
     */
    final Set<PatternMatcher.Match> afterAReport =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * Matches whose verb follows "and" and shares the subject of a coded verb before it ("… accused
     * Russia of organising the unrest and ordered the expulsion of …"), with the first verb's
     * trigger and the "and": the second verb is the first one's sibling, not part of its
     * complement, so cues from the first verb up to "and" never hedge it. Cleared with each
     * sentence.
     */
    final java.util.Map<PatternMatcher.Match, int[]> siblings = new java.util.IdentityHashMap<>();

    /**
     * The events coded as reactions to an act named by a noun ({@code act=} patterns): a reaction
     * is never itself the act a later noun names ("the verdict" is the court's, not the critic's).
     */
    final Set<Event> reactions =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    SentenceActors title;
    dev.dyad.core.actors.ArticleActors article;

    Run(Document doc) {
      this.doc = doc;
      this.sentences = doc.sentences();
      this.date = doc.published().date();
      this.cache = new SentenceActors[sentences.size()];
      this.tokenCache = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
      this.mentions =
          new DocumentMentions(sentences, this::tokens, this::actorsOf, this::titleActors);
    }

    List<Event> events() {
      if (discards.hasStoryPhrases()) {
        for (int i = 0; i < sentences.size(); i++) {
          if (discards.discardsStory(tokens(i))) {
            return coded; // a story discard: nothing in the document is coded
          }
        }
      }
      for (int i = 0; i < sentences.size(); i++) {
        code(i, coded);
      }
      return coded;
    }

    List<Token> tokens(int i) {
      if (tokenCache.get(i) == null) {
        tokenCache.set(i, Tokenizer.tokenize(sentences.get(i).text()));
      }
      return tokenCache.get(i);
    }

    SentenceActors actorsOf(int i) {
      if (cache[i] == null) {
        // The article reader reads sentences in order, so a person named with a title earlier
        // ("Defence Minister Ana Ruiz") is known by surname here ("Ruiz said").
        if (article == null) {
          article =
              actors
                  .article(sentences.stream().map(Sentence::text).toList(), this::tokens, date)
                  .title(doc.title());
        }
        cache[i] = SentenceActors.of(tokens(i), article.mentions(i), i * 1000);
      }
      return cache[i];
    }

    SentenceActors titleActors() {
      if (title == null) {
        title =
            doc.title()
                .map(t -> SentenceActors.of(Tokenizer.tokenize(t), actors.find(t, date), -1000))
                .orElse(SentenceActors.NONE);
      }
      return title;
    }

    void code(int i, List<Event> out) {
      // Headings are read for references but never coded: a headline names a topic
      // ("North Korea-Russia ties: what we know"), it does not report an act.
      if (sentences.get(i).kind() == Block.Kind.HEADING) {
        return;
      }
      List<Token> tokens = tokens(i);
      if (isQuestion(tokens) || discards.discards(tokens) || isPictureCaption(tokens)) {
        return;
      }
      boolean triggered = false;
      for (int k = 0; k < tokens.size() && !triggered; k++) {
        triggered = !book.triggeredBy(tokens.get(k).key()).isEmpty();
      }
      if (!triggered) {
        return;
      }
      SentenceActors own = actorsOf(i);
      boolean refers = mentions.refers(i);
      if (own.fills().isEmpty() && !refers) {
        return;
      }
      sentenceFills = own.fills();
      afterAReport.clear();
      siblings.clear();
      List<SlotFill> fills = new ArrayList<>(own.fills());
      if (refers) {
        fills.addAll(mentions.references(i));
      }
      if (fills.isEmpty()) {
        return;
      }
      referringFills = fills;
      SlotTable slots = new SlotTable(tokens, fills);
      List<PatternMatcher.Match> matches = new ArrayList<>();
      SentenceWords words = book.wordsOf(tokens);
      for (int k = 0; k < tokens.size(); k++) {
        for (EventPattern p : book.triggeredBy(tokens.get(k).key())) {
          if (book.viable(p, words)) {
            PatternMatcher.match(p, tokens, slots, k).ifPresent(matches::add);
          }
        }
      }
      // Words read in another sense or as nouns are dropped before a verb after "and" looks for
      // the verb whose subject it shares ("accused the government of sending poorly trained
      // police … and demanded": "trained" is no verb to share with).
      dropOtherReadings(tokens, matches);
      List<PatternMatcher.Match> shared = sharedSubjectMatches(tokens, fills, matches);
      dropOtherReadings(tokens, shared);
      matches.addAll(shared);
      for (PatternMatcher.Match m : List.copyOf(matches)) {
        Warnings.threat(tokens, fills, m).ifPresent(matches::add);
      }
      actsOfTheAccusedBefore(tokens, matches);
      onePatternPerVerb(matches);
      partiesYieldToATarget(matches);
      ImpliedAgents.yieldToNamedAgents(tokens, matches);
      Map<String, Candidate> best = new LinkedHashMap<>();
      // Every reading of every match, also those a better match of the same type replaces: any of
      // them may be the reading of the words that another type competes for.
      List<Candidate> readings = new ArrayList<>();
      // Commitments stand beside the act they commit to, never in its place.
      Map<String, Candidate> commits = new LinkedHashMap<>();
      for (PatternMatcher.Match m : List.copyOf(matches)) {
        if (triggerIsAnotherObject(m, matches)
            || isUncodedComplement(m, matches, tokens)
            || isUnmatchedRequestsComplement(m, tokens)
            || isWantedOrRefusedAct(m, tokens)
            || inAFailedResolution(m, tokens)) {
          continue;
        }
        if (!m.pattern().silent()
            && !m.pattern().targetless()
            && m.pattern().impliedAgent().isEmpty()) {
          commitments.commitment(tokens, m).ifPresent(c -> collect(c, tokens, commits, null));
        }
        if (m.pattern().salientPair()) {
          withSalientPair(i, m, matches).ifPresent(t -> collect(t, tokens, best, readings));
        } else {
          collect(m, tokens, best, readings);
        }
      }
      best.values().removeIf(c -> !privatePersonAllowed(c) || civiliansOnTheMove(c));
      commits.values().removeIf(c -> !privatePersonAllowed(c));
      int first = out.size();
      readings.removeIf(c -> !privatePersonAllowed(c) || civiliansOnTheMove(c));
      for (Candidate c :
          dropPlacesOfNamedVictims(
              tokens, oneReadingPerDyad(yieldToDyads(best.values()), readings))) {
        // A silent pattern (a dictionary's null code) wins over the general pattern it overrides,
        // and codes nothing.
        if (!c.match().pattern().silent()) {
          Event e = event(i, tokens, c);
          if (c.match().pattern().actReference().isPresent()) {
            reactions.add(e);
          }
          // An implied agent is supplied for news, never for background the dater flags
          // ("he had been jailed in 1996").
          if (c.match().pattern().impliedAgent().isEmpty() || !e.historical()) {
            out.add(e);
          }
        }
      }
      for (Map.Entry<String, Candidate> c : commits.entrySet()) {
        if (!best.containsKey(c.getKey())) {
          out.add(event(i, tokens, c.getValue()));
        }
      }
      dropCountryReadingsOfSpecificTargets(out.subList(first, out.size()));
    }

    /**
     * "Iran launched missiles targeting US troops": two patterns read the same words as the country
     * ("US", USA) and as its troops ("US troops", USAMIL). The country reading is dropped when an
     * event of the same sentence has the same source, type, mode and modality, and a target of the
     * same country whose words contain the country reading's words.
     */
    private static void dropCountryReadingsOfSpecificTargets(List<Event> events) {
      if (events.size() < 2) {
        return;
      }
      List<Event> drop = new ArrayList<>();
      for (Event e : events) {
        if (e.target().isEmpty()) {
          continue;
        }
        EventActor t = e.target().get();
        for (Event o : events) {
          if (o != e
              && o.target().isPresent()
              && o.source().code().equals(e.source().code())
              && o.eventType() == e.eventType()
              && (o.mode().equals(e.mode()) || placeOfTheAct(e))
              && o.modality() == e.modality()
              && t.code().length() == 3
              && o.target().get().code().length() > 3
              && o.target().get().code().startsWith(t.code())
              && (o.target().get().text().contains(t.text()) || placeOfTheAct(e))) {
            drop.add(e);
            break;
          }
        }
      }
      events.removeAll(drop);
    }

    /**
     * A pattern that takes the place where people were killed or held as its target ("killed five
     * villagers in Alta Verapaz", "was arrested in Iran"): when the same act names its victims as
     * an actor of that country ("killed five police officers … in northern Nigeria"), the place is
     * only where it happened.
     */
    private static boolean placeOfTheAct(Event e) {
      return e.pattern().endsWith(".in");
    }

    /**
     * Readings the sentence's context rules out: a state of emergency declared for a storm, a flood
     * or a pandemic (the sentence or the document's title names the disaster) is not repression;
     * "protests" that the subject suppresses, bans or disperses are not its protest; and a photo
     * caption's "stands with" (no closing full stop, or "(left)") is a pose, not support.
     */
    private boolean outOfContext(List<Token> tokens, PatternMatcher.Match m) {
      EventPattern p = m.pattern();
      String trigger = tokens.get(m.trigger()).key();
      if (p.mode().filter("emergency"::equals).isPresent()) {
        return namesDisaster(tokens)
            || doc.title().map(t -> namesDisaster(Tokenizer.tokenize(t))).orElse(false);
      }
      if (p.type() == EventType.PROTEST && m.trigger() > 0) {
        String before = tokens.get(m.trigger() - 1).key();
        return REPRESSION_VERBS.contains(before);
      }
      if (p.type() == EventType.SUPPORT && trigger.startsWith("stand")) {
        return isCaption(tokens);
      }
      if (p.type() == EventType.SUPPORT && p.mode().filter("sign"::equals).isPresent()) {
        return membershipOf(tokens, Math.min(m.first(), m.trigger()));
      }
      return false;
    }

    /**
     * "Brazil is part of a pact between the EU and Mercosur", "a party to the treaty between …": an
     * agreement named as something one belongs to is a standing arrangement, not its signing.
     */
    private static boolean membershipOf(List<Token> tokens, int start) {
      int i = start - 1;
      while (i >= 0 && MEMBERSHIP_SKIPPED.contains(tokens.get(i).key())) {
        i--;
      }
      if (i < 1) {
        return false;
      }
      String link = tokens.get(i).key();
      String head = tokens.get(i - 1).key();
      return ("of".equals(link) && MEMBERSHIP_OF.contains(head))
          || ("to".equals(link) && MEMBERSHIP_TO.contains(head));
    }

    private static boolean namesDisaster(List<Token> tokens) {
      for (Token t : tokens) {
        if (DISASTERS.contains(t.key())) {
          return true;
        }
      }
      return false;
    }

    /** No closing punctuation, or a "(left)" that places a person in a picture. */
    private static boolean isCaption(List<Token> tokens) {
      return !closed(tokens) || placesInAPicture(tokens);
    }

    /**
     * "The government condemned the attack and promised aid to the villages": a verb after "and"
     * shares the subject of the verb before it. A verb dictionary's pattern on the second verb
     * finds no subject of its own (a gap never crosses "and" towards the subject), so the "and"
     * stands for the first verb's subject and the patterns of the second verb are matched again.
     * Only verb-dictionary patterns are tried, and only when the first verb was matched by one.
     */
    List<PatternMatcher.Match> sharedSubjectMatches(
        List<Token> tokens, List<SlotFill> fills, List<PatternMatcher.Match> matches) {
      List<PatternMatcher.Match> found = new ArrayList<>();
      found.addAll(participleMatches(tokens, fills, matches));
      found.addAll(relativeClauseMatches(tokens, fills));
      for (int a = 1; a + 1 < tokens.size(); a++) {
        // "… and urged", "… but withdrew before the primaries": a second verb after either.
        if (!tokens.get(a).key().equals("and") && !tokens.get(a).key().equals("but")) {
          continue;
        }
        PatternMatcher.Match before = nearestVerbMatchBefore(tokens, matches, a);
        boolean dictionary = before != null;
        if (before == null) {
          before = nearestSubjectMatchBefore(tokens, matches, a);
        }
        // "Trudeau said the pipeline was vital and urged the protesters to …": with no coded verb
        // before "and", the actor that opens the sentence is the subject of both its verbs.
        SlotFill subject =
            before != null ? before.source() : sentenceSubject(tokens, fills, a, true);
        if (subject == null) {
          continue;
        }
        boolean ownWords = before == null;
        int firstVerb = before == null ? -1 : before.trigger();
        SlotFill shared =
            new SlotFill(a, a, subject.parties(), subject.oneOf(), subject.reference());
        List<SlotFill> augmented = new ArrayList<>(fills);
        augmented.add(shared);
        SlotTable slots = new SlotTable(tokens, augmented);
        // "… and ordered the expulsion of three diplomats": a noun's pattern after a verb of
        // doing or ordering that opens the second clause shares the subject too. Not after any
        // verb: "… and welcomed the expulsion of …" is someone else's act.
        boolean pastVerbAfter = !dictionary && DOING.contains(tokens.get(a + 1).form());
        int until = pastVerbAfter ? a + 5 : a + 3;
        for (int k = a + 1; k < Math.min(tokens.size(), until); k++) {
          for (EventPattern p : book.triggeredBy(tokens.get(k).key())) {
            if (dictionary
                ? p.verb()
                : k < a + 3 && sharesAfterAnd(p, tokens, k)
                    || (pastVerbAfter && k > a + 1 && !p.verbal())) {
              PatternMatcher.match(p, tokens, slots, k)
                  .filter(m -> m.source() == shared)
                  .filter(m -> dictionary || m.first() == shared.first())
                  .ifPresent(
                      m -> {
                        found.add(m);
                        if (ownWords) {
                          afterAReport.add(m);
                        } else {
                          siblings.put(m, new int[] {firstVerb, shared.first()});
                        }
                      });
            }
          }
        }
      }
      return found;
    }

    /**
     * A built-in pattern whose subject stands right before its verb ("… and condemned the
     * invasion", "… and threatened to pursue them"): a verb in a past form, lower-case, after
     * "and".
     */
    private static boolean sharesAfterAnd(EventPattern p, List<Token> tokens, int k) {
      return p.verbal() && pastVerb(tokens.get(k));
    }

    /** Verbs whose object noun names the subject's own act: "… and ordered the expulsion of". */
    private static final Set<String> DOING =
        Set.of(
            "ordered",
            "announced",
            "launched",
            "began",
            "started",
            "staged",
            "imposed",
            "filed",
            "lodged",
            "issued",
            "made",
            "carried",
            "conducted",
            "declared",
            "approved",
            "authorised",
            "authorized");

    /** A lower-case word in a past form: "ordered", "told". */
    private static boolean pastVerb(Token t) {
      return Character.isLowerCase(t.form().charAt(0))
          && (t.key().endsWith("ed") || IRREGULAR_PASTS.contains(t.key()));
    }

    /** Past forms not in -ed that a second verb of news often takes ("… and told London to"). */
    private static final Set<String> IRREGULAR_PASTS =
        Set.of(
            "told",
            "met",
            "held",
            "sent",
            "gave",
            "took",
            "struck",
            "fought",
            "began",
            "made",
            "sought",
            "led",
            "brought",
            "drew",
            "threw",
            "shot",
            "cut",
            "kept",
            "withdrew",
            "broke",
            "froze",
            "spoke",
            "hit",
            "set",
            "put",
            "won",
            "stood",
            "swore",
            "overthrew",
            "beat",
            "upheld",
            "withheld",
            "forbade",
            "bade",
            "slew",
            "stole",
            "seized",
            "laid",
            "paid");

    /**
     * "Sharif, who met the army chief on Saturday, …", "protesters who attacked police": the actor
     * right before "who" or "which" (a comma between at most) is the subject of the relative
     * clause's verb. A gap never crosses "who" towards the subject, so the relative pronoun stands
     * for that actor and the patterns of a verb within three words after it are matched again. Only
     * matches whose subject is the pronoun are kept.
     */
    private List<PatternMatcher.Match> relativeClauseMatches(
        List<Token> tokens, List<SlotFill> fills) {
      List<PatternMatcher.Match> found = new ArrayList<>();
      for (int at = 1; at + 1 < tokens.size(); at++) {
        final int w = at;
        String key = tokens.get(w).key();
        if (!key.equals("who") && !key.equals("which")) {
          continue;
        }
        int end = tokens.get(w - 1).key().equals(",") ? w - 2 : w - 1;
        SlotFill antecedent = null;
        for (SlotFill f : fills) {
          if (f.last() == end
              && !f.reference()
              && (antecedent == null || f.length() > antecedent.length())) {
            antecedent = f;
          }
        }
        if (antecedent == null) {
          continue;
        }
        SlotFill shared =
            new SlotFill(w, w, antecedent.parties(), antecedent.oneOf(), antecedent.reference());
        List<SlotFill> augmented = new ArrayList<>(fills);
        augmented.add(shared);
        SlotTable slots = new SlotTable(tokens, augmented);
        for (int k = w + 1; k < Math.min(tokens.size(), w + 4); k++) {
          if (PatternMatcher.BOUNDARIES.contains(tokens.get(k).key())) {
            break;
          }
          for (EventPattern p : book.triggeredBy(tokens.get(k).key())) {
            if (p.verbal()) {
              PatternMatcher.match(p, tokens, slots, k)
                  .filter(m -> m.source() == shared && m.first() == w)
                  .ifPresent(found::add);
            }
          }
        }
      }
      return found;
    }

    /**
     * "Israel expelled four activists, accusing them of …", "Turkish jets bombed bases in Iraq,
     * drawing a protest from Baghdad": a participle after a comma shares the subject of the main
     * verb before it. A gap never crosses a comma towards the subject, so the comma stands for the
     * subject of the nearest verbal match before it (a subject before its trigger, no clause
     * boundary but commas between), and the patterns whose first word is the participle are matched
     * again. Only matches that use the shared subject are kept.
     */
    private List<PatternMatcher.Match> participleMatches(
        List<Token> tokens, List<SlotFill> fills, List<PatternMatcher.Match> matches) {
      List<PatternMatcher.Match> found = new ArrayList<>();
      for (int c = 1; c + 2 < tokens.size(); c++) {
        final int a = c;
        Token next = tokens.get(a + 1);
        if (!tokens.get(a).key().equals(",")
            || !next.key().endsWith("ing")
            || next.key().length() < 6
            || !Character.isLowerCase(next.form().charAt(0))) {
          continue;
        }
        PatternMatcher.Match before = nearestSubjectMatchBefore(tokens, matches, a);
        SlotFill subject =
            before != null ? before.source() : sentenceSubject(tokens, fills, a, false);
        if (subject == null) {
          continue;
        }
        SlotFill shared =
            new SlotFill(a, a, subject.parties(), subject.oneOf(), subject.reference());
        List<SlotFill> augmented = new ArrayList<>(fills);
        augmented.add(shared);
        SlotTable slots = new SlotTable(tokens, augmented);
        for (int k = a + 1; k < Math.min(tokens.size(), a + 6); k++) {
          String key = tokens.get(k).key();
          if (k > a + 1 && PatternMatcher.BOUNDARIES.contains(key)) {
            break;
          }
          for (EventPattern p : book.triggeredBy(key)) {
            PatternMatcher.match(p, tokens, slots, k)
                .filter(
                    m ->
                        m.first() == a
                            && (m.trigger() == a + 1 || m.pattern().names(next.key()))
                            && (m.source() == shared || m.target() == shared))
                .ifPresent(found::add);
          }
        }
      }
      return found;
    }

    /**
     * The verbal match whose trigger is nearest before the comma at {@code a}, with a subject of
     * its own before its trigger and no clause boundary but commas between.
     */
    private static PatternMatcher.Match nearestSubjectMatchBefore(
        List<Token> tokens, List<PatternMatcher.Match> matches, int a) {
      return nearestMatchBefore(tokens, matches, a, EventPattern::verbal);
    }

    /**
     * The match of a pattern {@code kind} accepts whose trigger is nearest before {@code a}, with a
     * subject of its own before its trigger and no clause boundary but commas between.
     */
    private static PatternMatcher.Match nearestMatchBefore(
        List<Token> tokens,
        List<PatternMatcher.Match> matches,
        int a,
        java.util.function.Predicate<EventPattern> kind) {
      PatternMatcher.Match best = null;
      for (PatternMatcher.Match m : matches) {
        if (kind.test(m.pattern())
            && m.source() != null
            && m.source().last() < m.trigger()
            && m.trigger() < a
            && (best == null || m.trigger() > best.trigger())) {
          best = m;
        }
      }
      return best != null && onlyCommasBetween(tokens, best.trigger() + 1, a) ? best : null;
    }

    /**
     * Whether no clause boundary but commas and quotation marks ("condemned the verdict as \"a
     * travesty\" and called on …") stands between {@code from} and {@code to}.
     */
    private static boolean onlyCommasBetween(List<Token> tokens, int from, int to) {
      return onlyCommasBetween(tokens, from, to, false);
    }

    /**
     * The same; with {@code speech}, also a verb of saying and the "that" after it ("X said that
     * the law was vital and urged …": the report is X's, and so is the second verb).
     */
    private static boolean onlyCommasBetween(List<Token> tokens, int from, int to, boolean speech) {
      for (int k = from; k < to; k++) {
        String key = tokens.get(k).key();
        if (key.equals(",")
            || QUOTES.contains(key)
            || (key.equals("as") && k + 1 < to && judgement(tokens.get(k + 1)))) {
          continue; // "condemned the verdict as \"a travesty\" and called on …"
        }
        if (speech && (SAYING.contains(key) || key.equals("that") && saidBefore(tokens, from, k))) {
          continue; // "said that …", "told the crowd that …"
        }
        if (PatternMatcher.BOUNDARIES.contains(key)) {
          return false;
        }
      }
      return true;
    }

    /** Whether a verb of saying stands within four words before the "that" at {@code k}. */
    private static boolean saidBefore(List<Token> tokens, int from, int k) {
      for (int j = Math.max(from, k - 4); j < k; j++) {
        if (SAYING.contains(tokens.get(j).key())) {
          return true;
        }
      }
      return false;
    }

    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");

    /**
     * What "as" introduces after a verb of judging ("condemned the arrest as politically
     * motivated", "as a travesty", "as \"a farce\""): a quotation, an article, or an adverb or
     * adjective by its ending. "as police arrived" opens a clause.
     */
    private static boolean judgement(Token t) {
      String k = t.key();
      if (QUOTES.contains(k) || k.equals("a") || k.equals("an")) {
        return true;
      }
      if (!Character.isLowerCase(t.form().codePointAt(0))) {
        return false;
      }
      for (String ending : JUDGEMENT_ENDINGS) {
        if (k.endsWith(ending)) {
          return true;
        }
      }
      return false;
    }

    private static final List<String> JUDGEMENT_ENDINGS =
        List.of("ly", "ous", "able", "ible", "al", "ive", "ic", "ful", "ent", "ant", "ed");

    private static final Set<String> SAYING =
        Set.of(
            "said",
            "says",
            "say",
            "told",
            "denied",
            "denies",
            "insisted",
            "insists",
            "argued",
            "argues",
            "claimed",
            "claims",
            "added",
            "stressed",
            "warned",
            "warns",
            "announced",
            "declared",
            "maintained",
            "acknowledged",
            "admitted");

    /**
     * When no verb before the comma at {@code a} was coded ("Ghana's opposition parties boycotted
     * the elections, accusing …"), the actor that opens the sentence (after an article at most) and
     * is followed by a lower-case word, with no clause boundary but commas up to {@code a}.
     */
    private static SlotFill sentenceSubject(
        List<Token> tokens, List<SlotFill> fills, int a, boolean speech) {
      int opens = afterOpeningAdverbial(tokens);
      SlotFill subject = null;
      for (SlotFill f : fills) {
        if (f.first() >= opens
            && f.first() <= opens + 1
            && (subject == null || f.last() > subject.last())) {
          subject = f;
        }
      }
      if (subject == null
          || (subject.reference() && !personalPronoun(tokens, subject))
          || (subject.first() == opens + 1 && !ARTICLES.contains(tokens.get(opens).key()))) {
        return null;
      }
      int verb = afterApposition(tokens, subject.last() + 1);
      if (verb >= a || !Character.isLowerCase(tokens.get(verb).form().charAt(0))) {
        return null;
      }
      return onlyCommasBetween(tokens, verb, a, speech) ? subject : null;
    }

    /**
     * "He defended his record and criticized the opposition": a personal pronoun that opens the
     * sentence, resolved to one actor, is the subject of both verbs as a name would be. Not "it" or
     * other references ("the two countries"), which name a subject less surely.
     */
    private static boolean personalPronoun(List<Token> tokens, SlotFill subject) {
      return subject.first() == subject.last()
          && subject.parties().size() == 1
          && PERSONAL_PRONOUNS.contains(tokens.get(subject.first()).key());
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    /**
     * "In a joint statement, the leaders of France, Germany and Britain said …": the token after a
     * short adverbial that opens the sentence and ends at a comma, else 0.
     */
    private static int afterOpeningAdverbial(List<Token> tokens) {
      if (tokens.isEmpty() || !OPENERS.contains(tokens.get(0).key())) {
        return 0;
      }
      for (int k = 1; k < Math.min(tokens.size(), 9); k++) {
        String key = tokens.get(k).key();
        if (key.equals(",")) {
          return k + 1;
        }
        if (PatternMatcher.BOUNDARIES.contains(key)) {
          return 0;
        }
      }
      return 0;
    }

    /** Words that open an adverbial before the subject: "In a statement,", "On Monday,". */
    private static final Set<String> OPENERS =
        Set.of(
            "in",
            "on",
            "at",
            "earlier",
            "later",
            "separately",
            "meanwhile",
            "yesterday",
            "today",
            "last",
            "speaking",
            "elsewhere",
            "also",
            "however",
            "overnight",
            "late");

    /**
     * "Sudan, which lies between the other two, said …": the token after an apposition or relative
     * clause that opens at {@code at}, else {@code at}.
     */
    private static int afterApposition(List<Token> tokens, int at) {
      if (at >= tokens.size() || !tokens.get(at).key().equals(",")) {
        return at;
      }
      for (int c = at + 1; c < tokens.size(); c++) {
        if (tokens.get(c).key().equals(",")) {
          return Fillers.appositionBefore(tokens, c) == c - at + 1 ? c + 1 : at;
        }
      }
      return at;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /**
     * The verb-dictionary match whose trigger is nearest before "and" at {@code a}, with a subject
     * of its own before its trigger and no clause boundary but a comma between.
     */
    private PatternMatcher.Match nearestVerbMatchBefore(
        List<Token> tokens, List<PatternMatcher.Match> matches, int a) {
      return nearestMatchBefore(tokens, matches, a, EventPattern::verb);
    }

    /**
     * "Iran, which Saudi Arabia accuses of arming the Houthis": when the accused stands before the
     * accuser (an accusation whose target comes first), the act it is accused of, right after "of",
     * is the accused's, not the accuser's whose name stands nearer.
     */
    private static void actsOfTheAccusedBefore(
        List<Token> tokens, List<PatternMatcher.Match> matches) {
      for (PatternMatcher.Match o : List.copyOf(matches)) {
        if (o.pattern().type() != EventType.ACCUSE
            || o.source() == null
            || o.target() == null
            || o.target().last() >= o.source().first()) {
          continue;
        }
        // "Government forces were accused by Human Rights Watch of executing civilians": in the
        // passive, "of" follows the accuser.
        int of = (o.source().first() > o.trigger() ? o.source().last() : o.trigger()) + 1;
        if (of >= tokens.size() || !tokens.get(of).key().equals("of")) {
          continue;
        }
        matches.replaceAll(
            m ->
                m != o && m.source() == o.source() && m.trigger() > of && m.trigger() <= of + 2
                    ? new PatternMatcher.Match(
                        m.pattern(),
                        m.trigger(),
                        m.first(),
                        m.last(),
                        o.target(),
                        m.target(),
                        m.parties(),
                        m.gaps(),
                        m.object(),
                        m.objectFirst(),
                        m.objectLast())
                    : m);
      }
    }

    /**
     * Drops matches whose trigger has another sense here ("struck a deal"), is out of context, or
     * is no verb ({@link #dropNounTriggers}).
     */
    private void dropOtherReadings(List<Token> tokens, List<PatternMatcher.Match> matches) {
      matches.removeIf(
          m -> {
            int other = senses.objectOfOtherSense(tokens, m.trigger());
            return other >= 0
                && !m.objectCovers(other)
                && !(other <= m.last() && m.pattern().names(tokens.get(other).key()));
          });
      matches.removeIf(m -> outOfContext(tokens, m));
      dropNounTriggers(tokens, matches);
    }

    /**
     * Drops the matches of verb patterns whose trigger the tagger reads as a noun here ("the EU's
     * hit list", "in March"). Only a window around each such trigger is tagged, and only in
     * sentences that matched, so the tagger costs little.
     */
    void dropNounTriggers(List<Token> tokens, List<PatternMatcher.Match> matches) {
      // The window depends on the trigger alone: matches of several patterns on one trigger are
      // tagged once.
      WordClass[][] tagged = new WordClass[tokens.size()][];
      matches.removeIf(
          m -> {
            // Quirk: the tagger reads many gerunds as nouns ("continued shelling Azerbaijan"); a
            // gerund after a determiner is caught by NounForms already, so -ing forms stay verbs.
            if (!m.pattern().verbal() || tokens.get(m.trigger()).key().endsWith("ing")) {
              return false;
            }
            int from = Math.max(0, m.trigger() - POS_WINDOW);
            int to = Math.min(tokens.size(), m.trigger() + POS_WINDOW + 1);
            WordClass[] classes = tagged[m.trigger()];
            if (classes == null) {
              classes = partOfSpeech.classes(tokens.subList(from, to));
              tagged[m.trigger()] = classes;
            }
            int at = m.trigger() - from;
            if (adjectivalParticiple(tokens, m.trigger(), classes, at)) {
              return true;
            }
            if (m.pattern().verb()) {
              int span = Math.max(1, m.pattern().triggerLength(tokens, m.trigger()));
              for (int k = at; k < Math.min(classes.length, at + span); k++) {
                if (classes[k] == WordClass.VERB) {
                  return false; // "wire tapped": the verb of a multi-word trigger
                }
              }
              return !afterAuxiliary(tokens, m.trigger())
                  && !readsAsVerb(tokens.get(m.trigger()), classes, at);
            }
            if (classes[at] != WordClass.NOUN && classes[at] != WordClass.PROPER_NOUN) {
              return false;
            }
            // Quirk: the tagger reads "struck" as a noun in "Israeli jets struck targets in
            // Syria"; an irregular past form is never one.
            if (pastFormOnly(tokens.get(m.trigger()))) {
              return false;
            }
            // Quirk: after a name the tagger often reads a present-tense verb as a noun ("Armenia
            // shells Azerbaijan"); a noun reading is trusted after a function word ("in March",
            // "the EU's hit list") or before another noun ("hit list").
            // "to" after a verb, before a lower-case word, is the infinitive ("agreed to resume
            // direct flights"), whatever the tagger says of the word; after a noun it is the
            // noun's ("Russia's offer to mediate" stays an offer).
            // An adverbial may stand before the "to" ("pledged on Monday to supply").
            int beforeTo = at - 2;
            if (beforeTo >= 0) {
              beforeTo -= Fillers.adverbialsEndingAt(tokens, m.trigger() - 2);
            }
            boolean infinitive =
                beforeTo >= 0
                    && tokens.get(m.trigger() - 1).key().equals("to")
                    && classes[beforeTo] != WordClass.NOUN
                    && classes[beforeTo] != WordClass.PROPER_NOUN
                    && !(m.trigger() >= 3 && tokens.get(m.trigger() - 3).possessive())
                    && Character.isLowerCase(tokens.get(m.trigger()).form().charAt(0));
            if (infinitive) {
              return false;
            }
            boolean afterFunctionWord = at > 0 && classes[at - 1] == WordClass.OTHER;
            boolean beforeNoun = at + 1 < classes.length && classes[at + 1] == WordClass.NOUN;
            // "investigate abuses by Iranian security forces": an -s form before "by" is a plural
            // noun; a verb before "by" is a passive participle.
            String key = tokens.get(m.trigger()).key();
            boolean pluralBeforeBy =
                key.endsWith("s")
                    && !key.endsWith("ss")
                    && m.trigger() + 1 < tokens.size()
                    && tokens.get(m.trigger() + 1).key().equals("by");
            return afterFunctionWord || beforeNoun || pluralBeforeBy;
          });
    }

    /**
     * Whether an auxiliary or "to" stands right before {@code k}, past "not" and adverbs: "will
     * bargain", "will not wire tap", "did not ever clash". What follows one is a verb, whatever the
     * tagger says of an odd sentence.
     */
    private static boolean afterAuxiliary(List<Token> tokens, int k) {
      int j = k - 1;
      while (j >= 0 && j > k - 4 && SKIPPED_BEFORE_VERB.contains(tokens.get(j).key())
          || j >= 0 && j > k - 4 && tokens.get(j).key().endsWith("ly")) {
        j--;
      }
      return j >= 0 && VERB_AUXILIARIES.contains(tokens.get(j).key());
    }

    /**
     * Whether the trigger of a verb-dictionary pattern can read as a verb here, the tagger having
     * said it does not. Such a dictionary codes verbs only (PETRARCH asks its parser), so an
     * adverb, preposition or adjective reading of a bare word is trusted ("marched very close to
     * the border"), not of a form with a verb's ending ("was heavily criticized"). Quirk: the
     * tagger often reads a verb as a noun on short or odd sentences ("soldiers fire", "Armenia
     * shells"), so a noun reading is trusted only inside a noun phrase: after a determiner,
     * preposition, adjective or possessive, or a base form after a name.
     */
    private static boolean readsAsVerb(Token token, WordClass[] classes, int at) {
      String form = token.key();
      WordClass c = classes[at];
      if (c == WordClass.NOUN || c == WordClass.PROPER_NOUN) {
        WordClass before = at > 0 ? classes[at - 1] : WordClass.VERB;
        // After a name only a present-tense form reads as a verb ("Armenia shells"); "an
        // anti-Gondor parade" is a noun.
        // Quirk: after a long name the tagger reads even an irregular past form as part of it
        // ("President Martin Vizcarra met Chilean officials"); such a form is never a noun.
        return before == WordClass.VERB
            || before == WordClass.NOUN
            || before == WordClass.PROPER_NOUN && form.endsWith("s")
            || pastFormOnly(token);
      }
      // Quirk: the tagger gives rare past forms odd readings ("guards bestowed a grant"); a form
      // with a verb's ending stays a verb, a bare word read as an adverb or adjective does not.
      return c == WordClass.VERB
          || form.endsWith("ed")
          || form.endsWith("en")
          || form.endsWith("ing")
          || pastFormOnly(token);
    }

    /**
     * A lower-case irregular past form that is no noun ("struck", "met"); capitalised inside a
     * sentence it may be a name ("the Met Police").
     */
    private static boolean pastFormOnly(Token token) {
      return !token.form().isEmpty()
          && Character.isLowerCase(token.form().charAt(0))
          && PAST_FORMS.onlyAPastForm(token.key());
    }

    /** Adverbs of degree that stand before a participle used as an adjective: "poorly trained". */
    private static final Set<String> DEGREE_ADVERBS =
        Set.of(
            "poorly",
            "well",
            "highly",
            "badly",
            "lightly",
            "heavily",
            "newly",
            "specially",
            "properly",
            "inadequately",
            "hastily",
            "recently",
            "freshly",
            "fully");

    /** Prepositions after which an "-ed" word before a noun is an adjective. */
    private static final Set<String> PREPOSITIONS_BEFORE_ADJECTIVE =
        Set.of("with", "of", "for", "against", "among", "about", "including", "from");

    /**
     * Quirk: a participle right after an infinitive or a modal's verb, before a noun, describes
     * that noun ("allowed China to extradite accused criminals", "would free detained activists"):
     * it is no act of the subject. Auxiliaries ("to have accused", "will be attacked") keep the
     * participle a verb.
     */
    private boolean adjectivalParticiple(
        List<Token> tokens, int trigger, WordClass[] classes, int at) {
      String form = tokens.get(trigger).key();
      // Quirk: "sending poorly trained police", "the well armed rebels": an adverb of degree
      // between a verb, article or preposition and the participle makes the participle describe
      // the noun after it. After a subject ("Russia heavily bombed Aleppo") it stays the verb.
      if (form.endsWith("ed")
          && trigger >= 2
          && at + 1 < classes.length
          && DEGREE_ADVERBS.contains(tokens.get(trigger - 1).key())
          && (ARTICLES.contains(tokens.get(trigger - 2).key())
              || PREPOSITIONS_BEFORE_ADJECTIVE.contains(tokens.get(trigger - 2).key())
              || tokens.get(trigger - 2).key().endsWith("ing"))
          && (classes[at + 1] == WordClass.NOUN || classes[at + 1] == WordClass.ADJECTIVE)) {
        return true;
      }
      // After an article or a preposition, a participle before a noun describes it as well: "PKK
      // is a banned militant organization", "working with banned opposition groups", "the release
      // of detained activists".
      if (form.endsWith("ed")
          && trigger >= 1
          && at + 1 < classes.length
          && (ARTICLES.contains(tokens.get(trigger - 1).key())
              || PREPOSITIONS_BEFORE_ADJECTIVE.contains(tokens.get(trigger - 1).key()))
          && (classes[at + 1] == WordClass.NOUN
              || classes[at + 1] == WordClass.PROPER_NOUN
              || classes[at + 1] == WordClass.ADJECTIVE)) {
        return true;
      }
      // Right after another verb's past form, before a noun: "evacuated wounded civilians",
      // "treated injured soldiers".
      if (form.endsWith("ed")
          && at > 0
          && at + 1 < classes.length
          && classes[at - 1] == WordClass.VERB
          && tokens.get(trigger - 1).key().endsWith("ed")
          && classes[at + 1] == WordClass.NOUN) {
        return true;
      }
      return form.endsWith("ed")
          && trigger >= 2
          && at > 0
          && at + 1 < classes.length
          && classes[at - 1] == WordClass.VERB
          && INFINITIVE_MARKERS.contains(tokens.get(trigger - 2).key())
          && !AUXILIARIES.contains(tokens.get(trigger - 1).key())
          && classes[at + 1] != WordClass.OTHER
          && classes[at + 1] != WordClass.VERB;
    }

    /**
     * A match of a pair pattern ("The U.S. condemned the cooperation") with its target: the two
     * states the document is about, other than the source. Empty when another pattern matched the
     * same trigger with a named target ("condemned the transfers between A and B"), or when the
     * document names fewer than two other states.
     */
    Optional<PatternMatcher.Match> withSalientPair(
        int i, PatternMatcher.Match m, List<PatternMatcher.Match> all) {
      for (PatternMatcher.Match o : all) {
        if (o.trigger() == m.trigger() && !o.pattern().salientPair()) {
          return Optional.empty();
        }
      }
      java.util.Set<String> except = new java.util.HashSet<>();
      m.source().parties().forEach(p -> except.add(p.country()));
      int at = m.objectFirst() >= 0 ? m.objectFirst() : m.last();
      String words = m.object().orElse("it");
      List<Party> pair = m.pattern().agentFirst() ? lastTransferAgent(i, except, words) : List.of();
      if (m.pattern().actReference().isPresent()) {
        pair = sameSentenceAgent(m, all, m.pattern().actReference().get(), words);
        if (pair.isEmpty()) {
          pair = actAgent(i, m, m.pattern().actReference().get());
        }
        if (pair.isEmpty()) {
          return Optional.empty();
        }
      } else if (pair.isEmpty()) {
        pair = mentions.salientStates(i, at, 2, except, words);
        if (pair.size() < 2) {
          return Optional.empty();
        }
      }
      SlotFill target = new SlotFill(at, Math.max(at, m.objectLast()), pair, false, true);
      return Optional.of(
          new PatternMatcher.Match(
              m.pattern(),
              m.trigger(),
              m.first(),
              m.last(),
              m.source(),
              target,
              null,
              m.gaps(),
              m.object(),
              m.objectFirst(),
              m.objectLast()));
    }

    /**
     * "Israeli jets struck Gaza, and Egypt condemned the strikes": the act a noun names, told
     * earlier in the same sentence by a verb of the kind the noun names, done by someone other than
     * the speaker; its source, as named there. Empty when there is none.
     */
    private static List<Party> sameSentenceAgent(
        PatternMatcher.Match m, List<PatternMatcher.Match> all, ActReference ref, String words) {
      java.util.Set<String> speakers = new java.util.HashSet<>();
      m.source().parties().forEach(p -> speakers.add(p.code()));
      PatternMatcher.Match act = null;
      for (PatternMatcher.Match o : all) {
        if (o.last() < m.first()
            && o.source() != null
            && o.target() != null
            && o.pattern().verbal()
            && o.pattern().actReference().isEmpty()
            && !o.pattern().salientPair()
            && ref.names(o.pattern().type())
            && o.source().parties().stream().noneMatch(p -> speakers.contains(p.code()))
            && (act == null || o.trigger() > act.trigger())) {
          act = o;
        }
      }
      if (act == null || act.source().oneOf()) {
        return List.of();
      }
      List<Party> doers = new ArrayList<>();
      for (Party p : act.source().parties()) {
        doers.add(new Party(p.code(), p.country(), words, p.kind(), p.historical(), false));
      }
      return List.copyOf(doers);
    }

    /** How many sentences before an act's noun are searched for the act it names. */
    private static final int ACT_SENTENCES = 2;

    /**
     * "condemned the arrest" after "Police detained the artist": who did the act a bare noun names
     * (an {@code act=} pattern), as the target. The source of the last event of a type the noun can
     * name, coded in this sentence or the {@link #ACT_SENTENCES} before it, unless the source
     * itself did it; else the pattern's fallback sector of the country the article is about; else
     * nobody. The noun must end its phrase or be followed by a word that does not make it a
     * modifier ("the ruling party" names a party, not a ruling).
     */
    private static Party doer(Event e, String words) {
      String code = e.source().code();
      boolean body = code.startsWith("IGO") || code.startsWith("NGO");
      String country = body ? code : code.substring(0, Math.min(3, code.length()));
      return new Party(
          code,
          country,
          words,
          code.length() == 3
              ? dev.dyad.core.actors.ActorKind.COUNTRY
              : dev.dyad.core.actors.ActorKind.ROLE,
          e.historical(),
          false);
    }

    private List<Party> actAgent(int i, PatternMatcher.Match m, ActReference ref) {
      List<Token> tokens = tokens(i);
      // Only a pattern that ends at the act's noun can be fooled by a noun it modifies; one that
      // goes on ("called the arrests an act of war") has already read what follows.
      int nounLast = m.objectLast() >= 0 ? m.objectLast() : m.last();
      int after = nounLast + 1;
      if (nounLast == m.last()
          && after < tokens.size()
          && !ACT_FOLLOWERS.contains(tokens.get(after).key())) {
        String form = tokens.get(after).form();
        if (!form.isEmpty() && Character.isLetterOrDigit(form.codePointAt(0))) {
          return List.of();
        }
      }
      java.util.Set<String> speakers = new java.util.HashSet<>();
      m.source().parties().forEach(p -> speakers.add(p.code()));
      String words = m.object().orElse(tokens.get(nounLast).form());
      for (int k = coded.size() - 1; k >= 0; k--) {
        Event e = coded.get(k);
        if (e.sentenceIndex() < i - ACT_SENTENCES) {
          break;
        }
        if (ref.names(e.eventType())
            && !reactions.contains(e)
            && !speakers.contains(e.source().code())) {
          // "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar … Qatar called the
          // decision unjustified": an act done together is done by every one of its sources.
          List<Party> doers = new ArrayList<>();
          for (int j = 0; j <= k; j++) {
            Event o = coded.get(j);
            if (o.sentenceIndex() == e.sentenceIndex()
                && o.pattern().equals(e.pattern())
                && o.target().equals(e.target())
                && !reactions.contains(o)
                && !speakers.contains(o.source().code())
                && doers.stream().noneMatch(d -> d.code().equals(o.source().code()))) {
              doers.add(doer(o, words));
            }
          }
          return List.copyOf(doers);
        }
      }
      if (ref.fallback().isEmpty() || article == null) {
        return List.of();
      }
      return article
          .country()
          .filter(c -> !speakers.contains(c + ref.fallback().get()))
          .map(
              c ->
                  List.of(
                      new Party(
                          c + ref.fallback().get(),
                          c,
                          words,
                          dev.dyad.core.actors.ActorKind.ROLE,
                          false,
                          false)))
          .orElse(List.of());
    }

    /**
     * "Seoul condemned the transfer" after "North Korea shipped missiles to Russia": the agent of
     * the last transfer (AID) the document coded before, as its bare state (gold convention:
     * condemning a transfer targets who made it). Reactions often come paragraphs after the lede
     * that reports the transfer, so the whole document counts.
     */
    private List<Party> lastTransferAgent(int i, java.util.Set<String> except, String words) {
      for (int k = coded.size() - 1; k >= 0; k--) {
        Event e = coded.get(k);
        if (e.eventType() == EventType.AID && e.sentenceIndex() < i) {
          String country = e.source().code().substring(0, Math.min(3, e.source().code().length()));
          return except.contains(country)
              ? List.of()
              : List.of(
                  new Party(
                      country,
                      country,
                      words,
                      dev.dyad.core.actors.ActorKind.COUNTRY,
                      e.historical(),
                      false));
        }
      }
      return List.of();
    }

    /**
     * Collects the candidates of {@code m} into {@code best}, and every reading, also those a
     * better match of the same type and dyad replaces, to {@code readings}.
     */
    void collect(
        PatternMatcher.Match m,
        List<Token> tokens,
        Map<String, Candidate> best,
        List<Candidate> readings) {
      EventPattern p = m.pattern();
      List<Party[]> pairs = new ArrayList<>();
      if (p.targetless()) {
        // A source and no target ("Thousands of protesters marched through Kiev"): one event per
        // source; the target stays empty.
        for (Party s : choose(m.source(), null)) {
          Party source = p.sourceAsState() ? s.asCountry(s.text()) : s;
          pairs.add(
              new Party[] {
                peopleOfPlace(p, m, source, tokens) ? source.asCivilians() : source, null
              });
        }
      } else if (p.impliedAgent().isPresent()) {
        // An agentless passive ("a man was arrested in Lahore"): the state's sector that does such
        // acts, of the place of the act, is the source (ImpliedAgents).
        for (Party t : choose(m.target(), null)) {
          ImpliedAgents.agent(p, m, t, tokens, sentenceFills, article.country())
              .ifPresent(s -> pairs.add(new Party[] {s, t}));
        }
      } else if (m.parties() != null) {
        List<Party> ps = m.parties().parties();
        Party hub = hubOf(m.parties(), tokens);
        for (Party a : ps) {
          for (Party b : ps) {
            if (!sameSide(a, b) && (hub == null || a == hub || b == hub)) {
              pairs.add(new Party[] {a, b});
            }
          }
        }
      } else {
        for (Party chosen : choose(m.source(), m.target())) {
          Party s = p.sourceAsState() ? chosen.asCountry(chosen.text()) : chosen;
          for (Party chosenTarget : choose(m.target(), m.source())) {
            // "banned protests in central Kathmandu": a gathering banned in a place of the
            // banning state's own country is its people's.
            Party t =
                restrictsPeopleOfPlace(p, m, s, chosenTarget, tokens)
                    ? chosenTarget.asCivilians()
                    : chosenTarget;
            if ((!sameSide(s, t) || armedOnItsCapital(p, s, t)) && !talksToThePress(p, s, t)) {
              // "Israelis protested against Netanyahu": at home, a state's people are civilians.
              Party acting = peopleAtHome(s, t) ? s.asCivilians() : s;
              Party actedOn = peopleAtHome(t, s) ? t.asCivilians() : t;
              pairs.add(new Party[] {acting, actedOn});
              if (p.symmetric()) {
                pairs.add(new Party[] {actedOn, acting});
              }
            }
          }
        }
      }
      boolean reference =
          (m.source() != null && m.source().reference())
              || (m.target() != null && m.target().reference())
              || (m.parties() != null && m.parties().reference());
      double confidence =
          p.confidence() * Math.pow(GAP_PENALTY, m.gaps()) * (reference ? REFERENCE_PENALTY : 1.0);
      int length = m.last() - m.first() + 1;
      for (Party[] pair : pairs) {
        if (!p.limits().allows(pair[0].code(), pair[1] == null ? null : pair[1].code())) {
          continue;
        }
        String key =
            pair[0].code() + ">" + (pair[1] == null ? "" : pair[1].code()) + ">" + p.type();
        Candidate c = new Candidate(m, pair[0], pair[1], confidence, length);
        best.merge(key, c, (old, neu) -> neu.better(old) ? neu : old);
        if (readings != null) {
          readings.add(c);
        }
      }
    }

    /**
     * "Bosnian Serb forces shelled Sarajevo": a capital is its state's name, but armed men who
     * strike their own state's capital strike a city, as they would a town that is only a place.
     */
    private boolean armedOnItsCapital(EventPattern p, Party source, Party target) {
      return p.type() == EventType.ASSAULT
          && target.kind() == ActorKind.COUNTRY
          && target.code().equals(target.country())
          && source.country().equals(target.country())
          && armed(source)
          && !actors.namesTheStateItself(target.country(), target.text());
    }

    /**
     * CAMEO codes speaking to reporters or giving an interview as a statement (010), not a
     * consultation: "the foreign minister spoke to reporters in Tehran" consults nobody.
     */
    private static boolean talksToThePress(EventPattern p, Party source, Party target) {
      return p.type() == EventType.CONSULT
          && (source.code().endsWith("MED") || target.code().endsWith("MED"));
    }

    private static boolean restrictsPeopleOfPlace(
        EventPattern p, PatternMatcher.Match m, Party source, Party target, List<Token> tokens) {
      return p.type() == EventType.COERCE
          && target.country().equals(source.country())
          && target.country().length() == 3
          && (target.kind() == dev.dyad.core.actors.ActorKind.PLACE
              || target.kind() == ActorKind.COUNTRY && target.code().equals(target.country()))
          && locatedBy(tokens, m.target().first());
    }

    /**
     * Whether a targetless protest's source is a place standing for its people: a city or region
     * ("riots erupted in Kenosha", "police violence in Lagos sparked protests"), or a state named
     * after the protest ("protests broke out in Chile"). Its civilians protest (PLOVER: protesters
     * are the people of the place), not its state.
     */
    private static boolean peopleOfPlace(
        EventPattern p, PatternMatcher.Match m, Party source, List<Token> tokens) {
      if (p.type() != EventType.PROTEST || source.country().length() != 3) {
        return false;
      }
      // A person named there stands for the place too ("the arrest of X sparked protests",
      // "supporters of X protested"); role words keep their own sector (police who protest).
      // Before the verb, a sector the words name stays ("thousands of opposition supporters
      // rallied": the opposition's, not the place's people).
      int first = m.source().first();
      boolean named =
          source.kind() == dev.dyad.core.actors.ActorKind.COUNTRY
              && !source.code().equals(source.country())
              && first >= 2
              && tokens.get(first - 1).key().equals("of")
              && CROWD_SIZES.contains(tokens.get(first - 2).key());
      return source.kind() == dev.dyad.core.actors.ActorKind.PLACE
          || ((source.kind() == dev.dyad.core.actors.ActorKind.COUNTRY
                  || source.kind() == ActorKind.PERSON)
              && (m.source().first() > m.trigger()
                  || !named && locatedBy(tokens, m.source().first())));
    }

    /** Words of a crowd's size before "of": "thousands of opposition supporters". */
    private static final Set<String> CROWD_SIZES =
        Set.of("thousands", "hundreds", "dozens", "scores", "tens", "millions", "crowds");

    private static final Set<String> LOCATING =
        Set.of("in", "across", "throughout", "of", "through", "around");

    /** Whether the word before {@code first} places what follows ("in Tehran"). */
    private static boolean locatedBy(List<Token> tokens, int first) {
      int k = first - 1;
      // "in central Kathmandu", "across northern Nigeria".
      if (k > 0 && PARTS_OF_A_PLACE.contains(tokens.get(k).key())) {
        k--;
      }
      return k >= 0 && LOCATING.contains(tokens.get(k).key());
    }

    private static final Set<String> PARTS_OF_A_PLACE =
        Set.of(
            "central",
            "northern",
            "southern",
            "eastern",
            "western",
            "north",
            "south",
            "east",
            "west",
            "downtown",
            "northeastern",
            "northwestern",
            "southeastern",
            "southwestern");

    /**
     * The parties of a fill; for a pronoun, the first candidate that is not the other side: the
     * same actor, or the same state where either is the bare state ("Russia said it would …"). Two
     * sectors of one state may meet (domestic events: "Warren said she endorsed Biden").
     */
    private List<Party> choose(SlotFill fill, SlotFill other) {
      if (!fill.oneOf()) {
        return fill.parties();
      }
      for (Party p : fill.parties()) {
        boolean clash = false;
        if (other != null) {
          for (Party q : other.parties()) {
            clash |=
                q.code().equals(p.code())
                    || q.country().equals(p.country())
                        && (q.code().equals(q.country()) || p.code().equals(p.country()));
          }
        }
        if (!clash) {
          return List.of(p);
        }
      }
      return List.of();
    }

    Event event(int i, List<Token> tokens, Candidate c) {
      PatternMatcher.Match m = c.match();
      EventPattern p = m.pattern();
      String sentence = sentences.get(i).text();
      EventSpan span = new EventSpan(m.trigger(), m.first(), m.last());
      ModalityReading reading =
          leadIn(i)
              .filter(lead -> weaker(lead, modalityOf(sentence, tokens, m, p, span)))
              .orElseGet(() -> modalityOf(sentence, tokens, m, p, span));
      EventDate when = dater.date(tokens, span, sentence, doc.published());
      EventType type = p.type();
      Optional<String> mode = p.mode();
      String patternId = p.id();
      Optional<String> object = m.object();
      Party visitor = c.source();
      if (isTroopsHosted(p, visitor)) {
        // Quirk: "had received North Korean troops" matches the visit pattern, but a military unit
        // hosted by another state is a deployment: military aid from the unit's state.
        type = EventType.AID;
        mode = Optional.of("military");
        patternId = p.id() + ".troops";
        object = Optional.of("troops");
      }
      if (isArmedRiot(p, visitor)) {
        // PLOVER: a riot is civilians' violent dissent; gunmen, rebels or soldiers who storm or
        // torch a place ("Gunmen stormed a hotel in Mogadishu") attack it.
        type = EventType.ASSAULT;
        mode = Optional.empty();
        patternId = p.id() + ".armed";
      } else if (isStateRiot(p, visitor)) {
        // "Ecuadorian police stormed the Mexican embassy": a state's police or government that
        // storms a place seizes it (COERCE); PLOVER keeps riots for civilians.
        type = EventType.COERCE;
        mode = Optional.of("seize");
        patternId = p.id() + ".state";
      }
      if (type == EventType.SUPPORT
          && mode.filter("sign"::equals).isPresent()
          && reading.modality() == Modality.PLANNED) {
        // PLOVER: a signing still to come ("will sign", "agreed to sign") is a promise, AGREE, and
        // one event, not SUPPORT in the future.
        type = EventType.AGREE;
        mode = Optional.empty();
      }
      EventKind kind = ontology.kind(type, mode);
      int start = tokens.get(m.first()).start();
      int end = tokens.get(m.last()).end();
      String source = SuccessorStates.asOf(atTheAct(c.source(), when), when);
      Optional<EventActor> target =
          Optional.ofNullable(c.target())
              .map(t -> new EventActor(SuccessorStates.asOf(atTheAct(t, when), when), t.text()));
      // An event with no target hashes an empty target: dyadic ids are what they always were.
      String id =
          eventId(doc.id(), i, start, end, p.id(), source, target.map(EventActor::code).orElse(""));
      return new Event(
          id,
          doc.id(),
          doc.uri(),
          date,
          i,
          sentence,
          new Event.Span(start, end),
          new EventActor(source, c.source().text()),
          target,
          type,
          mode,
          // A dictionary's own code stands, unless a quirk above changed the type.
          type == p.type() ? p.code().orElse(kind.cameo()) : kind.cameo(),
          kind.quadClass(),
          kind.intensity(),
          reading.modality(),
          reading.cue(),
          when.date(),
          when.basis(),
          when.historical() || pastState(c.source()) || pastState(c.target()),
          patternId,
          Math.min(1.0, c.confidence()),
          object);
    }

    /**
     * Whether {@code party} is a state that had ceased to exist five or more years before the
     * article was published (the rule for dates): "Soviet troops" in a 1987 dispatch are news, in a
     * 2024 article background. With no publication date the state's end stands for the past.
     */
    private boolean pastState(Party party) {
      if (party == null || !party.historical()) {
        return false;
      }
      java.util.OptionalInt last = actors.lastYearOf(party.country());
      return date.isEmpty() || last.isEmpty() || date.get().getYear() - last.getAsInt() >= 5;
    }

    private ModalityReading modalityOf(
        String sentence,
        List<Token> tokens,
        PatternMatcher.Match m,
        EventPattern p,
        EventSpan span) {
      Optional<QuotedSpeech.Quote> quote = spokenByTheQuoted(sentence, tokens, m);
      if (quote.isPresent() && SPEECH_ACTS.contains(p.type())) {
        // The gold README: a statement quoted in the speaker's own words is made, so it is
        // asserted; the "said" around the quotation reports the words, not the act. Only what the
        // quotation itself says ("We may reject …") hedges it, up to the act's trigger.
        int from = quote.get().first();
        int trigger = m.trigger() - from;
        return modality.detect(
            tokens.subList(from, m.trigger() + 1),
            new EventSpan(trigger, Math.max(0, Math.min(m.first() - from, trigger)), trigger));
      }
      if (afterAReport.contains(m) && SPEECH_ACTS.contains(p.type())) {
        // A speech act the subject makes after reporting something is made, as a quoted one is:
        // only what stands between "and" and its verb hedges it.
        int from = m.first();
        int trigger = m.trigger() - from;
        return modality.detect(
            tokens.subList(from, m.trigger() + 1), new EventSpan(trigger, 0, trigger));
      }
      int[] sibling = siblings.get(m);
      if (SPEECH_ACTS.contains(p.type())
          && ownStatement(tokens, sibling == null ? m.trigger() : sibling[0])) {
        // "The leaders said they regretted the decision and urged …": what a speaker says of
        // their own present stance is the stance taken, as a quotation in their words is; only
        // what stands after the pronoun ("said it did not support") may hedge it.
        int from = sibling == null ? Math.max(0, m.trigger() - 1) : m.first();
        while (sibling == null
            && from > 0
            && OWN_STATEMENT_FILLERS.contains(tokens.get(from).key())) {
          from--;
        }
        int trigger = m.trigger() - from;
        return modality.detect(
            tokens.subList(from, m.trigger() + 1), new EventSpan(trigger, 0, trigger));
      }
      ModalityReading reading =
          sibling == null
              ? unquotedModalityOf(tokens, m.trigger(), m.first(), p, span)
              : siblingModalityOf(tokens, m, p, span, sibling[0], sibling[1]);
      if (isPurpose(tokens, m) && reading.modality().ordinal() < Modality.PLANNED.ordinal()) {
        // "paid bounties to the Taliban to kill American soldiers": the killing is what the
        // payment is for, not something the text says happened.
        return ModalityReading.of(Modality.PLANNED, "purpose");
      }
      // Any other act the speaker tells of in their own words ("'We have been working with the
      // government,' X commented") is reported: the text vouches only for the words.
      return quote.isPresent() && reading.modality() == Modality.ASSERTED
          ? ModalityReading.of(Modality.REPORTED, "quotation")
          : reading;
    }

    /**
     * Whether the verb at {@code trigger} is a speaker's statement of their own stance: a pronoun
     * right after a verb of saying ("said they regretted", "said that it condemned"), with at most
     * a few adverbs or "did not" between it and the verb, standing for an actor named before the
     * saying. Not "said they had condemned" (a report of an earlier act) nor "said it would".
     */
    private boolean ownStatement(List<Token> tokens, int trigger) {
      int k = trigger - 1;
      while (k >= 0 && OWN_STATEMENT_FILLERS.contains(tokens.get(k).key())) {
        k--;
      }
      if (k < 2 || !SPEAKER_PRONOUNS.contains(tokens.get(k).key())) {
        return false;
      }
      int pronoun = k;
      int say = tokens.get(pronoun - 1).key().equals("that") ? pronoun - 2 : pronoun - 1;
      if (say < 1 || !SAYING_FORMS.contains(tokens.get(say).key())) {
        return false;
      }
      for (SlotFill f : referringFills) {
        if (f.first() <= pronoun && f.last() >= pronoun) {
          for (SlotFill g : referringFills) {
            if (g.last() < say && sameActor(g, f)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private static boolean sameActor(SlotFill a, SlotFill b) {
      for (Party x : a.parties()) {
        for (Party y : b.parties()) {
          if (x.code().equals(y.code())) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether the act is the purpose of something done to its source: the source stands right
     * before "to" and the act's verb ("sent troops to attack", "paid the Taliban to kill"), and a
     * verb of paying, sending, arming or training, or the "to" of its recipient, stands right
     * before the source.
     */
    private static boolean isPurpose(List<Token> tokens, PatternMatcher.Match m) {
      SlotFill source = m.source();
      if (source == null
          || source.last() + 2 != m.trigger()
          || !tokens.get(source.last() + 1).key().equals("to")
          || source.first() == 0) {
        return false;
      }
      String before = tokens.get(source.first() - 1).key();
      return before.equals("to") || PURPOSE_VERBS.contains(before);
    }

    /**
     * The modality of a second verb after "and": read on the sentence with the words from the first
     * verb's trigger through "and" left out, so that what hedges the shared subject ("Officials
     * said X …", "X denied that its troops attacked … and killed …") still does, and the first verb
     * itself ("accused … of") does not.
     */
    private ModalityReading siblingModalityOf(
        List<Token> tokens,
        PatternMatcher.Match m,
        EventPattern p,
        EventSpan span,
        int firstVerb,
        int and) {
      if (firstVerb < 0 || firstVerb >= and || span.first() < and) {
        return unquotedModalityOf(tokens, m.trigger(), m.first(), p, span);
      }
      List<Token> spliced = new ArrayList<>(tokens.subList(0, firstVerb));
      spliced.addAll(tokens.subList(and + 1, tokens.size()));
      int shift = and + 1 - firstVerb;
      EventSpan moved =
          new EventSpan(
              span.trigger() - shift,
              Math.max(0, Math.min(span.trigger() - shift, Math.max(firstVerb - 1, 0))),
              span.last() - shift);
      return unquotedModalityOf(spliced, m.trigger() - shift, moved.first(), p, moved);
    }

    private ModalityReading unquotedModalityOf(
        List<Token> tokens, int trigger, int first, EventPattern p, EventSpan span) {
      return p.id().equals(Commitments.PATTERN_ID)
          // The commitment is a fact; only what stands before its word can hedge it ("Officials
          // said Jordan agreed to …" is reported), never the "agreed to" that makes it.
          ? modality.detect(
              tokens.subList(0, trigger + 1),
              new EventSpan(trigger, Math.min(first, trigger), trigger))
          // PLOVER: a commitment or a threat ("agreed to hold drills", "pledged aid to", "vowed to
          // retaliate against") is itself an act, so its modality is read up to its trigger; the
          // promised or threatened act after it is planned or not coded at all.
          // A request is an act too: "called for G7 action" asked, whatever the call asks for.
          // So is support: "campaigned for Biden" supported him, whatever the campaign is for.
          : p.type() == EventType.AGREE
                  || p.type() == EventType.THREATEN
                  || p.type() == EventType.REQUEST
                  || p.type() == EventType.SUPPORT
              ? modality.detect(tokens, new EventSpan(trigger, first, trigger))
              : modality.detect(tokens, span);
    }

    /**
     * The quotation a speech act is made in, when its source is the quotation's "I" or "we" ("'We
     * reject the new measures,' the minister said") and its words lie inside it.
     */
    private Optional<QuotedSpeech.Quote> spokenByTheQuoted(
        String sentence, List<Token> tokens, PatternMatcher.Match m) {
      SlotFill source = m.source();
      if (sentence.isEmpty()
          || source == null
          || source.first() != source.last()
          || !QuotedSpeech.firstPerson(tokens.get(source.first()))) {
        return Optional.empty();
      }
      for (QuotedSpeech.Quote q : QuotedSpeech.quotes(sentence, tokens)) {
        if (q.first() <= source.first()
            && m.trigger() <= q.last()
            && m.first() >= q.first()
            && m.trigger() >= q.first()) {
          return Optional.of(q);
        }
      }
      return Optional.empty();
    }

    /**
     * The modality of a hedged lead-in to the list that sentence {@code i} belongs to ("Key issues
     * likely include:" before its items): its items inherit it. Empty for a sentence that is not a
     * list item, or whose lead-in states facts.
     */
    Optional<ModalityReading> leadIn(int i) {
      if (sentences.get(i).kind() != Block.Kind.LIST_ITEM) {
        return Optional.empty();
      }
      int k = i - 1;
      while (k >= 0 && sentences.get(k).kind() == Block.Kind.LIST_ITEM) {
        k--;
      }
      if (k < 0 || !sentences.get(k).text().stripTrailing().endsWith(":")) {
        return Optional.empty();
      }
      List<Token> lead = tokens(k);
      int last = lead.size() - 1;
      if (last > 0 && lead.get(last).key().equals(":")) {
        last--;
      }
      if (last < 1) {
        return Optional.empty();
      }
      // The colon stands for the items: read the cues that cover it as they would an event there.
      ModalityReading reading = modality.detect(lead, new EventSpan(last, last, last));
      return reading.modality().isFactual() ? Optional.empty() : Optional.of(reading);
    }

    /** Whether {@code lead}'s modality is less certain than {@code own}'s (it then wins). */
    private static boolean weaker(ModalityReading lead, ModalityReading own) {
      return lead.modality().ordinal() > own.modality().ordinal();
    }

    /**
     * A listed person as they were on the day of the act, when the sentence dates the act before
     * the article: "Thursday, US forces killed Qasem Soleimani" in a Sunday's article is the
     * serving general's killing, and "May stepped down on July 24" a prime minister's resignation,
     * though both hold no office on the article's date. Only a person the dictionary alone coded
     * (no title or article memory changed the code) is coded again, by the first day of the act's
     * date ("in 2007": 1 January 2007).
     */
    private String atTheAct(Party p, EventDate when) {
      if (p.kind() != ActorKind.PERSON
          || when.basis() != EventDate.Basis.TEXT
          || when.date().isEmpty()
          || date.isEmpty()
          || !byTheCalendar(when.evidence())) {
        return p.code();
      }
      Optional<LocalDate> day = firstDay(when.date().get());
      if (day.isEmpty() || !day.get().isBefore(date.get())) {
        return p.code();
      }
      List<dev.dyad.core.actors.ActorMention> now = actors.find(p.text(), date);
      List<dev.dyad.core.actors.ActorMention> then = actors.find(p.text(), day);
      if (now.size() == 1
          && then.size() == 1
          && now.get(0).entry().kind() == ActorKind.PERSON
          && now.get(0).actor().code().equals(p.code())
          && then.get(0).entry().equals(now.get(0).entry())) {
        return then.get(0).actor().code();
      }
      return p.code();
    }

    /**
     * Whether a date was read from the calendar ("in 2007", "on July 24", "Thursday"), not from an
     * era ("during the World War I Battle of Belleau Wood" dates a battle, not the act told).
     */
    private static boolean byTheCalendar(String evidence) {
      for (String word : evidence.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
        if (word.chars().anyMatch(Character::isDigit)
            || dev.dyad.core.time.CalendarWords.WEEKDAYS.contains(word)
            || dev.dyad.core.time.CalendarWords.MONTH_NAMES.contains(word)
            || word.equals("yesterday")) {
          return true;
        }
      }
      return false;
    }

    /** The first day of an event date written "2007", "2019-07" or "2019-07-24". */
    private static Optional<LocalDate> firstDay(String written) {
      try {
        return switch (written.length()) {
          case 4 -> Optional.of(LocalDate.of(Integer.parseInt(written), 1, 1));
          case 7 -> Optional.of(LocalDate.parse(written + "-01"));
          case 10 -> Optional.of(LocalDate.parse(written));
          default -> Optional.empty();
        };
      } catch (java.time.DateTimeException | NumberFormatException e) {
        return Optional.empty();
      }
    }

    /** Whether an actor is a sector that takes and strikes places: soldiers, rebels, gunmen. */
    private static boolean armed(Party p) {
      return p.code().length() == 6 && ARMED.contains(p.code().substring(3));
    }

    private static final dev.dyad.core.coding.morphology.Inflections PAST_FORMS =
        dev.dyad.core.coding.morphology.Inflections.english();

    private static boolean isStateRiot(EventPattern p, Party source) {
      String code = source.code();
      return p.type() == EventType.PROTEST
          && p.mode().filter("riot"::equals).isPresent()
          && code.length() == 6
          && STATE_FORCE.contains(code.substring(3));
    }

    private static final Set<String> STATE_FORCE = Set.of("COP", "GOV", "SPY", "JUD");

    private static boolean isArmedRiot(EventPattern p, Party source) {
      return p.type() == EventType.PROTEST
          && p.mode().filter("riot"::equals).isPresent()
          && armed(source);
    }

    /** A visit whose visitor is a state's military (not a named person): troops being hosted. */
    private static boolean isTroopsHosted(EventPattern p, Party visitor) {
      return p.type() == EventType.CONSULT
          && p.mode().filter("visit"::equals).isPresent()
          && visitor.code().endsWith("MIL")
          // "Sudan's army chief visited Cairo": one officer is a visitor, not a deployment.
          && visitor.plural()
          && visitor.kind() != ActorKind.PERSON;
    }
  }

  /**
   * A verb dictionary gives each verb one code (PETRARCH and TABARI code the most specific pattern
   * that matches, else the verb's own): of the matches of verb-dictionary patterns on one trigger,
   * only those of the most specific pattern stay, the longest first among equals. Dyad's own
   * patterns are left alone.
   */
  static void onePatternPerVerb(List<PatternMatcher.Match> matches) {
    Map<Integer, PatternMatcher.Match> best = new LinkedHashMap<>();
    for (PatternMatcher.Match m : matches) {
      if (m.pattern().verb()) {
        best.merge(m.trigger(), m, (a, b) -> moreSpecific(b, a) ? b : a);
      }
    }
    if (best.isEmpty()) {
      return;
    }
    matches.removeIf(
        m ->
            m.pattern().verb()
                && best.get(m.trigger()).pattern() != m.pattern()
                && !pairedWith(best.get(m.trigger()).pattern(), m.pattern()));
  }

  /**
   * "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar": a symmetric reading among the
   * subjects ({@code {P}}) yields to a match of the same type and trigger that names a target; the
   * subjects acted together against it, not against one another. Meetings, cooperation and signings
   * are shared by all, and keep both readings.
   */
  static void partiesYieldToATarget(List<PatternMatcher.Match> matches) {
    matches.removeIf(
        m ->
            m.parties() != null
                // Those who meet, cooperate or sign with a third do so with one another too:
                // "Seoul and Tokyo plan a trilateral meeting with Washington".
                && !TOGETHER.contains(m.pattern().type())
                && matches.stream()
                    .anyMatch(
                        o ->
                            o.parties() == null
                                && o.target() != null
                                && o.source() != null
                                && o.trigger() == m.trigger()
                                && o.pattern().type() == m.pattern().type()
                                && o.source().first() >= m.parties().first()
                                && o.source().last() <= m.parties().last()));
  }

  private static final Set<EventType> TOGETHER =
      Set.of(EventType.CONSULT, EventType.COOPERATE, EventType.AGREE, EventType.SUPPORT);

  /** Whether {@code a} beats {@code b}: more words of its own, then a longer match. */
  private static boolean moreSpecific(PatternMatcher.Match a, PatternMatcher.Match b) {
    int sa = a.pattern().specificity();
    int sb = b.pattern().specificity();
    if (sa != sb) {
      return sa > sb;
    }
    return a.last() - a.first() > b.last() - b.first();
  }

  /**
   * The two patterns of one {@code [X:Y]} pair: the second codes the same match back, and its id is
   * the first's with {@value #BACK} added.
   */
  private static boolean pairedWith(EventPattern kept, EventPattern other) {
    return other.id().equals(kept.id() + BACK) || kept.id().equals(other.id() + BACK);
  }

  /** The suffix of the id of the pattern that codes a pair's second event. */
  public static final String BACK = "/back";

  /**
   * Whether the sentence is a question ("What drives Russia's cooperation with Iran?"): a question
   * asks about an act, it does not report one. Closing quotes after the mark count.
   */
  static boolean isQuestion(List<Token> tokens) {
    for (int k = tokens.size() - 1; k >= 0; k--) {
      String key = tokens.get(k).key();
      if (!QUOTES.contains(key)) {
        return key.equals("?");
      }
    }
    return false;
  }

  private static final java.util.Set<String> QUOTES =
      java.util.Set.of("\"", "'", "\u201d", "\u2019", ")");

  /**
   * "Workers marched in Lima demanding that the president resign": the march is a protest against
   * him and the demand a request to him, two events on the same words (the gold conventions).
   */
  private static boolean protestAndItsDemand(Candidate a, Candidate b) {
    EventType x = a.match().pattern().type();
    EventType y = b.match().pattern().type();
    return (x == EventType.PROTEST && y == EventType.REQUEST)
        || (x == EventType.REQUEST && y == EventType.PROTEST);
  }

  /**
   * One reading of the same words per dyad: when two types code the same ordered pair from
   * overlapping spans ("released a detained soldier", "fired water cannon at"), the match with the
   * earlier trigger (the main verb) wins, then the more specific pattern, then the longer.
   */
  private static List<Candidate> oneReadingPerDyad(
      java.util.Collection<Candidate> all, java.util.Collection<Candidate> readings) {
    List<Candidate> kept = new ArrayList<>();
    List<Candidate> rivals = new ArrayList<>(all);
    // A reading that lost to a longer match of its own type still reads these words: "attacked
    // Biden for …, accusing him of …" keeps the accusation and is no armed attack.
    rivals.addAll(readings);
    for (Candidate c : all) {
      boolean beaten = false;
      for (Candidate o : rivals) {
        if (o != c
            && sameDyad(o, c)
            && o.match().pattern().type() != c.match().pattern().type()
            && !commitmentAndItsAct(o, c)
            && !protestAndItsDemand(o, c)
            && !contactAndWhatItConveys(o, c)
            && !doneInProtest(o, c)
            && o.match().first() <= c.match().last()
            && c.match().first() <= o.match().last()
            && o.preferredTo(c)) {
          beaten = true;
          break;
        }
      }
      if (!beaten) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * Whether two readings name the same pair: the same source and target, or, when one of them is
   * symmetric, the same two actors either way round ("suspended peace talks with the ELN" is no
   * meeting of the ELN with the government either).
   */
  private static boolean sameDyad(Candidate o, Candidate c) {
    if (o.source().code().equals(c.source().code())
        && Objects.equals(o.targetCode(), c.targetCode())) {
      return true;
    }
    return (o.match().pattern().symmetric() || c.match().pattern().symmetric())
        && o.targetCode() != null
        && o.source().code().equals(c.targetCode())
        && o.targetCode().equals(c.source().code());
  }

  /**
   * "Chirac telephoned Zeroual to express France's condolences": the call (CONSULT) and the
   * sympathy or support it conveys (SUPPORT) are two events on the same words.
   */
  private static boolean contactAndWhatItConveys(Candidate a, Candidate b) {
    EventType x = a.match().pattern().type();
    EventType y = b.match().pattern().type();
    return (x == EventType.CONSULT && y == EventType.SUPPORT)
        || (x == EventType.SUPPORT && y == EventType.CONSULT);
  }

  /**
   * "Jordan recalled its ambassador to Israel in protest at Israel's escalation": the act and the
   * complaint it is made in (ACCUSE) are two events on the same words.
   */
  private static boolean doneInProtest(Candidate a, Candidate b) {
    return a.match().pattern().id().startsWith(IN_PROTEST)
        || b.match().pattern().id().startsWith(IN_PROTEST);
  }

  /** The patterns of a complaint an act is made in ("in protest at"). */
  private static final String IN_PROTEST = "accuse.in.protest";

  /**
   * A commitment (AGREE) and the act it promises are two events (PLOVER): "pledged to send aid to
   * X" is AGREE, asserted, and AID, planned; neither is another reading of the other. Signing an
   * agreement is not a commitment in this sense: "signed an agreement to build a road link" stays
   * one reading, the signing.
   */
  private static boolean commitmentAndItsAct(Candidate a, Candidate b) {
    if (isSigning(a.match().pattern()) || isSigning(b.match().pattern())) {
      // "Agreed to sign a treaty": PLOVER codes the promise to sign as one AGREE.
      return false;
    }
    return isCommitment(a.match().pattern()) || isCommitment(b.match().pattern());
  }

  private static boolean isSigning(EventPattern p) {
    return p.mode().filter("sign"::equals).isPresent();
  }

  private static boolean isCommitment(EventPattern p) {
    return p.type() == EventType.AGREE && !p.mode().filter("sign"::equals).isPresent();
  }

  /**
   * Whether {@code m} is what a request or threat asks for or threatens, when the request's own
   * pattern found no actor to code it with: "Iran issued warrants and demanded that Interpol arrest
   * him" (the demand's subject is across "and") still does not assert the arrest. A word is a
   * request or threat when it triggers a REQUEST or THREATEN pattern in the book.
   */
  private boolean isUnmatchedRequestsComplement(PatternMatcher.Match m, List<Token> tokens) {
    EventType type = m.pattern().type();
    if (type == EventType.REJECT || coordinatedPast(tokens, m.trigger())) {
      return false;
    }
    // "called on the President to demand that Turkey stop …": a demand or threat someone is asked
    // to make is not made, even when the one asked is no actor the coder knows.
    boolean asksOrThreatens = type == EventType.REQUEST || type == EventType.THREATEN;
    if (asksOrThreatens && (m.trigger() == 0 || !tokens.get(m.trigger() - 1).key().equals("to"))) {
      return false;
    }
    for (int k = Math.max(0, m.trigger() - 24); k < m.trigger(); k++) {
      if (!withinReach(tokens, k, m.trigger())) {
        continue;
      }
      String key = tokens.get(k).key();
      // Quirk: "told reporters that Russia attacked" reports; only a demand governs its clause.
      if ((asksOrThreatens(key) || WISHES.contains(key))
          && (askedSomeoneTo(tokens, k + 1, m.trigger())
              || DEMANDS.contains(key) && governsClause(tokens, k, m.trigger()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code m}, an act with no target, is what a threat, demand or refusal governs: "Unions
   * threatened to strike", "urged workers to strike", "refused to surrender". The threat has no
   * target to be coded with, and the act itself did not happen, so neither is coded. Also true of a
   * capitalised trigger inside a sentence (a name).
   */
  private boolean isWantedOrRefusedAct(PatternMatcher.Match m, List<Token> tokens) {
    if (!m.pattern().targetless()) {
      return false;
    }
    // Quirk: a capitalised trigger inside a sentence is part of a name ("Capitol Hill Organized
    // Protest"), not an act; dyadic patterns have their target to vouch for them, these do not.
    if (m.trigger() > 0 && Character.isUpperCase(tokens.get(m.trigger()).form().codePointAt(0))) {
      return true;
    }
    // "Vietnam summoned China's ambassador to protest against …": an infinitive after the object
    // of another verb is the subject's purpose, not an act of that object.
    if (m.source() != null
        && m.trigger() > 0
        && tokens.get(m.trigger() - 1).key().equals("to")
        && objectOfAVerb(tokens, m.source().first())) {
      return true;
    }
    for (int k = Math.max(0, m.trigger() - 24); k < m.trigger(); k++) {
      if (!withinReach(tokens, k, m.trigger())) {
        continue;
      }
      String key = tokens.get(k).key();
      // A demand governs its clause with or without "that": "requested Trump declare …".
      if ((asksThreatensOrRefuses(key) || WISHES.contains(key))
          && (infinitiveOnly(tokens, k + 1, m.trigger())
              || DEMANDS.contains(key) && noBoundary(tokens, k + 1, m.trigger()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Russia vetoed a Security Council resolution condemning the Bosnian Serbs": what a vetoed,
   * rejected or voted-down text would have said is not said. The trigger follows "resolution" (or
   * "draft", "motion") right after its source, and a verb of defeat stands before the source.
   */
  private static boolean inAFailedResolution(PatternMatcher.Match m, List<Token> tokens) {
    if (m.source() == null || m.trigger() <= m.source().last()) {
      return false;
    }
    int between = m.trigger() - m.source().last() - 1;
    if (between < 1 || between > 2 || !TEXTS_VOTED_ON.contains(tokens.get(m.trigger() - 1).key())) {
      return false;
    }
    for (int k = Math.max(0, m.source().first() - 6); k < m.source().first(); k++) {
      if (DEFEATS.contains(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TEXTS_VOTED_ON =
      Set.of("resolution", "resolutions", "draft", "motion", "text", "statement");

  private static final Set<String> DEFEATS =
      Set.of(
          "veto",
          "vetoed",
          "vetoes",
          "vetoing",
          "blocked",
          "blocks",
          "block",
          "rejected",
          "rejects",
          "defeated",
          "killed",
          "down");

  private static boolean noBoundary(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (PatternMatcher.BOUNDARIES.contains(tokens.get(k).key())
          && !tokens.get(k).key().equals("that")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a verb of diplomatic contact stands right before the phrase at {@code first}. */
  private static boolean objectOfAVerb(List<Token> tokens, int first) {
    int k = first - 1;
    if (k >= 0 && (tokens.get(k).key().equals("the") || tokens.get(k).key().equals("a"))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    return HOSTING.contains(tokens.get(k).form());
  }

  /** Verbs of diplomatic contact whose object does not act after "to": "summoned X to protest". */
  private static final Set<String> HOSTING =
      Set.of("summoned", "met", "visited", "hosted", "received", "invited", "recalled");

  private boolean asksThreatensOrRefuses(String key) {
    for (EventPattern p : book.triggeredBy(key)) {
      if (p.type() == EventType.REQUEST
          || p.type() == EventType.THREATEN
          || p.type() == EventType.REJECT) {
        return true;
      }
    }
    return false;
  }

  /**
   * "urged Kenya to", "asked the UN to", "called on them to": someone is asked, then "to". A bare
   * "pressed ahead to attack" names no one asked, and the attack stands.
   */
  private static boolean askedSomeoneTo(List<Token> tokens, int from, int to) {
    boolean someone = false;
    for (int k = from; k < to; k++) {
      // "pledged on Monday to": a time or place names no one asked.
      int adverbial = Fillers.adverbialsAt(tokens, k);
      if (adverbial > 0) {
        k += adverbial - 1;
        continue;
      }
      Token t = tokens.get(k);
      String key = t.key();
      if (key.equals("to")) {
        return someone && infinitiveOnly(tokens, k, to);
      }
      // "asked Carrie Lam, who is supported by Beijing, to resign": the one asked, described.
      int relative = someone ? relativeClauseAt(tokens, k, to) : 0;
      if (relative > 0) {
        k += relative - 1;
        continue;
      }
      if (PatternMatcher.BOUNDARIES.contains(key)) {
        return false;
      }
      someone |= Character.isUpperCase(t.form().codePointAt(0)) || ASKED.contains(key);
    }
    return false;
  }

  /**
   * The length of ", who … ," (or "which", "whose", "whom") starting at the comma {@code k}, both
   * commas included, when it closes before {@code to}; else 0.
   */
  private static int relativeClauseAt(List<Token> tokens, int k, int to) {
    if (!tokens.get(k).key().equals(",")
        || k + 1 >= to
        || !RELATIVES.contains(tokens.get(k + 1).key())) {
      return 0;
    }
    for (int j = k + 2; j < to && j <= k + 20; j++) {
      if (tokens.get(j).key().equals(",")) {
        return j - k + 1;
      }
    }
    return 0;
  }

  /**
   * Whether a request or refusal word at {@code k} is near enough to govern the act at {@code
   * trigger}: ten words, not counting a relative clause that describes the one asked between them.
   */
  private static boolean withinReach(List<Token> tokens, int k, int trigger) {
    int distance = trigger - k;
    for (int j = k + 1; j < trigger && distance > 10; j++) {
      int relative = relativeClauseAt(tokens, j, trigger);
      if (relative > 0) {
        distance -= relative;
        j += relative - 1;
      }
    }
    return distance <= 10;
  }

  private static final java.util.Set<String> RELATIVES =
      java.util.Set.of("who", "which", "whose", "whom");

  private static final java.util.Set<String> ASKED =
      java.util.Set.of(
          "the", "a", "an", "him", "her", "them", "it", "us", "all", "both", "its", "their", "his",
          "other", "others", "each");

  /**
   * Verbs of wishing: what someone wants another to do is not done ("staff want him to resign",
   * "Moscow wanted Kyiv to surrender"), though nobody was asked.
   */
  private static final java.util.Set<String> WISHES =
      java.util.Set.of(
          "want",
          "wants",
          "wanted",
          "wanting",
          "wish",
          "wishes",
          "wished",
          "wishing",
          "prefer",
          "prefers",
          "preferred",
          "expect",
          "expects",
          "expected",
          "expecting");

  private static final java.util.Set<String> DEMANDS =
      java.util.Set.of(
          "demand",
          "demands",
          "demanded",
          "demanding",
          "urge",
          "urges",
          "urged",
          "urging",
          "request",
          "requests",
          "requested",
          "requesting");

  private boolean asksOrThreatens(String key) {
    for (EventPattern p : book.triggeredBy(key)) {
      if (p.type() == EventType.REQUEST || p.type() == EventType.THREATEN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code m} is what another act asks for or refuses, which is not coded: "called on China
   * to stop supplying …", "refused to send arms …" (the REJECT is coded instead). A demand or
   * threat also governs a that-clause ("demanded Friday that Serbia withdraw …") and what follows
   * "must"/"should" ("said Serbia must withdraw …").
   */
  private static boolean isUncodedComplement(
      PatternMatcher.Match m, List<PatternMatcher.Match> all, List<Token> tokens) {
    EventType type = m.pattern().type();
    boolean speechAct =
        type == EventType.REQUEST || type == EventType.REJECT || type == EventType.THREATEN;
    for (PatternMatcher.Match o : all) {
      EventType t = o.pattern().type();
      if (speechAct) {
        // A demand or threat someone is asked to make is not made: "called on the President to
        // demand that Turkey stop …" is one request, to the President.
        if (t == EventType.REQUEST
            && o.trigger() < m.trigger()
            && m.trigger() - o.trigger() <= 10
            && infinitiveOnly(tokens, o.trigger() + 1, m.trigger())) {
          return true;
        }
        continue;
      }
      if ((t == EventType.REQUEST || t == EventType.REJECT || t == EventType.THREATEN)
          && o.trigger() < m.trigger()
          && m.trigger() - o.trigger() <= 10
          && !coordinatedPast(tokens, m.trigger())
          && (hasInfinitive(tokens, o.trigger() + 1, m.trigger())
              || t != EventType.REJECT && governsClause(tokens, o.trigger(), m.trigger()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A that-clause after the demand or threat ("demanded that X …", "warned that it would …"), or
   * the demand's own modal ("X must withdraw"), reaching the act with no other boundary.
   */
  private static boolean governsClause(List<Token> tokens, int trigger, int act) {
    boolean opened = MODALS.contains(tokens.get(trigger).key());
    for (int k = trigger + 1; k < act; k++) {
      String key = tokens.get(k).key();
      if (key.equals("that") && !opened) {
        opened = true;
      } else if (PatternMatcher.BOUNDARIES.contains(key)) {
        return false;
      }
    }
    return opened;
  }

  private static final java.util.Set<String> MODALS = java.util.Set.of("must", "should");

  /**
   * Quirk: pages keep their photo and map captions as text ("The two presidents (left) sign the
   * accord", "██ Area held by rebels"). A caption describes a picture, not an act the article
   * reports: it has no closing full stop, and places a person in the picture or opens with a
   * legend's symbol.
   */
  static boolean isPictureCaption(List<Token> tokens) {
    if (tokens.isEmpty() || closed(tokens)) {
      return false;
    }
    String first = tokens.get(0).form();
    boolean legend =
        !first.isEmpty()
            && (Character.getType(first.codePointAt(0)) == Character.OTHER_SYMBOL
                || (first.charAt(0) >= '\u2580' && first.charAt(0) <= '\u259F'));
    return legend || placesInAPicture(tokens);
  }

  private static boolean closed(List<Token> tokens) {
    String last = tokens.get(tokens.size() - 1).key();
    return Set.of(".", "!", "?", "\"", "'", "\u201d", "\u2019", ")").contains(last);
  }

  private static boolean placesInAPicture(List<Token> tokens) {
    for (int k = 1; k + 1 < tokens.size(); k++) {
      if (tokens.get(k - 1).key().equals("(")
          && tokens.get(k + 1).key().equals(")")
          && PICTURE_PLACES.contains(tokens.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose object is given a purpose: "trained rebels to fight", "paid militants to kill". */
  private static final java.util.Set<String> PURPOSE_VERBS =
      dev.dyad.core.coding.morphology.Inflections.english()
          .verbForms(
              "pay",
              "send",
              "arm",
              "train",
              "hire",
              "fund",
              "finance",
              "bribe",
              "recruit",
              "equip",
              "deploy",
              "dispatch");

  /** Pronouns a speaker refers to themselves by in reported speech. */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "he", "she", "we");

  /** Verbs of saying before a speaker's own statement. */
  private static final Set<String> SAYING_FORMS = Set.of("said", "says", "say");

  /** Words between such a pronoun and its verb that keep the statement the speaker's own. */
  private static final Set<String> OWN_STATEMENT_FILLERS =
      Set.of(
          "also",
          "strongly",
          "deeply",
          "firmly",
          "fully",
          "still",
          "again",
          "did",
          "not",
          "do",
          "does",
          "totally",
          "completely",
          "utterly",
          "categorically",
          "unequivocally");

  /** Acts made by saying them: quoted in the speaker's own words, they are made. */
  private static final java.util.Set<EventType> SPEECH_ACTS =
      java.util.EnumSet.of(
          EventType.ACCUSE,
          EventType.REJECT,
          EventType.REQUEST,
          EventType.SUPPORT,
          EventType.AGREE,
          EventType.THREATEN,
          EventType.CONCEDE);

  /** Words after which a verb's base form follows: "will bargain", "to clash", "did not". */
  private static final java.util.Set<String> VERB_AUXILIARIES =
      java.util.Set.of(
          "will", "would", "can", "could", "may", "might", "shall", "should", "must", "to", "did",
          "does", "do", "has", "have", "had", "wo", "ca", "won't", "can't", "didn't", "doesn't",
          "don't", "cannot");

  private static final java.util.Set<String> SKIPPED_BEFORE_VERB =
      java.util.Set.of("not", "n't", "never", "ever", "also", "again", "still", "even", "now");

  /** Words before the verb of an infinitive or a modal phrase: "to extradite", "would free". */
  private static final java.util.Set<String> INFINITIVE_MARKERS =
      java.util.Set.of(
          "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall");

  /** Verbs that make a participle after them part of the verb ("had accused", "got arrested"). */
  private static final java.util.Set<String> AUXILIARIES =
      java.util.Set.of(
          "be",
          "is",
          "are",
          "was",
          "were",
          "been",
          "being",
          "am",
          "have",
          "has",
          "had",
          "having",
          "get",
          "gets",
          "got",
          "gotten",
          "getting",
          "become",
          "became",
          "becomes",
          "remain",
          "remained",
          "remains",
          "stay",
          "stayed",
          "seem",
          "seemed",
          "appear",
          "appeared",
          "feel",
          "felt",
          "left");

  /**
   * Whether a complement starts between the two triggers: "urged X <b>to</b> stop", "demanded
   * Friday <b>that</b> Serbia withdraw", "said Iran <b>must</b> halt", "warned Iran <b>against</b>
   * attacking".
   */
  /**
   * Whether the act is a past tense right after "and" ("urged the envoy to think again and met
   * Pompeo"): the subject's next act, which no infinitive of the request can continue.
   */
  private static boolean coordinatedPast(List<Token> tokens, int trigger) {
    return trigger >= 2
        && tokens.get(trigger - 1).key().equals("and")
        && Run.pastVerb(tokens.get(trigger));
  }

  private static boolean hasInfinitive(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String key = tokens.get(k).key();
      if (COMPLEMENTS.contains(key)) {
        return true;
      }
      if (PatternMatcher.BOUNDARIES.contains(key)) {
        return false;
      }
    }
    return false;
  }

  /** Whether "to" comes between the two triggers with no boundary before it: "urged X to". */
  private static boolean infinitiveOnly(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String key = tokens.get(k).key();
      if (key.equals("to")) {
        return k + 1 == to || !PatternMatcher.BOUNDARIES.contains(tokens.get(k + 1).key());
      }
      int relative = k > from ? relativeClauseAt(tokens, k, to) : 0;
      if (relative > 0) {
        k += relative - 1;
        continue;
      }
      if (PatternMatcher.BOUNDARIES.contains(key)) {
        return false;
      }
    }
    return false;
  }

  /** "warned Iran <b>against</b> attacking": what is warned against is not done either. */
  private static final java.util.Set<String> COMPLEMENTS =
      java.util.Set.of("to", "that", "must", "should", "against");

  /**
   * Whether the trigger of {@code m} is a word another match took as its object: "shells" in
   * "shipped shells to Russia" is a weapon, not the verb "to shell".
   */
  private static boolean triggerIsAnotherObject(
      PatternMatcher.Match m, List<PatternMatcher.Match> all) {
    for (PatternMatcher.Match other : all) {
      if (other != m && other.objectCovers(m.trigger()) && !other.objectCovers(other.trigger())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of three or more parties joined by "and" alone ("between Israel and the United Arab
   * Emirates and Bahrain"): the phrase groups the rest against it, so it pairs with each of them
   * and they not with one another. Null for any other coordination ("between A, B and C" is every
   * pair).
   */
  private static Party hubOf(SlotFill fill, List<Token> tokens) {
    List<Party> ps = fill.parties();
    if (ps.size() < 3 || fill.reference()) {
      return null;
    }
    int ands = 0;
    for (int i = fill.first(); i <= fill.last() && i < tokens.size(); i++) {
      String k = tokens.get(i).key();
      if (k.equals(",")) {
        return null;
      }
      if (k.equals("and")) {
        ands++;
      }
    }
    return ands == ps.size() - 1 ? ps.get(0) : null;
  }

  /**
   * Whether two actors are one side: the same state, or a state and one of its own organs ("Russia"
   * and "the Kremlin"). Actors of one country in other sectors (rebels and the army, police and
   * citizens) can still act on each other.
   */
  static boolean sameSide(Party a, Party b) {
    if (a.code().equals(b.code())) {
      // Two different people of one sector are two sides: "Obama endorsed Biden" (both USAELI).
      return !twoNamedSides(a, b) && !NamedPrivatePeople.twoSides(a, b);
    }
    if (!a.country().equals(b.country())) {
      return false;
    }
    // Domestic events are events (police against protesters, a government against its army);
    // only a state and its own organs are one side ("Russia" and "the Kremlin").
    String sa = a.code().substring(Math.min(a.code().length(), a.country().length()));
    String sb = b.code().substring(Math.min(b.code().length(), b.country().length()));
    // "Israelis protested against Netanyahu": a state's people named by their plural demonym are
    // not its government.
    if (peopleByDemonym(a, sa) && !sb.isEmpty() || peopleByDemonym(b, sb) && !sa.isEmpty()) {
      return false;
    }
    // A city or region of the actor's own country is where it acted, not whom it acted on: "the
    // police killing of a man in Atlanta", "the senator visited Kenosha". Armed men are the
    // exception: rebels who capture Goma or an army that shells Homs act on the place.
    // The army's MIL sector is also a state organ, so the place test comes first: "Syrian troops
    // shelled Homs" acts on Syria's city, while "Syrian troops" and "Syria" stay one side.
    if (isPlace(a, sa) && ARMED.contains(sb) || isPlace(b, sb) && ARMED.contains(sa)) {
      return false;
    }
    boolean placeA = isPlace(a, sa) && !ARMED.contains(sb);
    boolean placeB = isPlace(b, sb) && !ARMED.contains(sa);
    return (sa.isEmpty() && STATE.contains(sb))
        || (sb.isEmpty() && STATE.contains(sa))
        || placeA
        || placeB;
  }

  /** Whether {@code p} is a state's people by demonym and {@code other} an organ of that state. */
  private static boolean peopleAtHome(Party p, Party other) {
    return peopleByDemonym(p, "")
        && p.country().equals(other.country())
        && !other.code().equals(other.country());
  }

  /** A state named by the plural of its demonym ("Israelis"): its people (Party#plural). */
  private static boolean peopleByDemonym(Party p, String sector) {
    return sector.isEmpty()
        && p.kind() == ActorKind.COUNTRY
        && p.plural()
        && !p.privatePerson()
        && p.code().equals(p.country())
        && Character.isUpperCase(p.text().codePointAt(0))
        && p.text().indexOf(' ') < 0;
  }

  /** Words that name a person without telling who: a person so named is never a second side. */
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its");

  /**
   * Whether {@code a} and {@code b} are people (or parties) named by names that cannot be the same
   * one: both capitalised names, neither's words all among the other's ("Biden" is "Joe Biden",
   * "Kim" is "Kim Jong Un", "President Trump" is "Trump").
   */
  static boolean twoNamedSides(Party a, Party b) {
    // Two parties named by their names are two sides too: "the Labor Party accused the Liberal
    // Party" (both AUSPTY).
    boolean parties = a.code().endsWith("PTY") && b.code().endsWith("PTY");
    if (!parties && (a.kind() != ActorKind.PERSON || b.kind() != ActorKind.PERSON)) {
      return false;
    }
    Set<String> wa = nameWords(a.text());
    Set<String> wb = nameWords(b.text());
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    // Quirk: one surname is one person however the words before it run ("Russia Putin" after a
    // garbled "North Korea Putin").
    return !wa.containsAll(wb)
        && !wb.containsAll(wa)
        && !lastWord(a.text()).equals(lastWord(b.text()));
  }

  private static String lastWord(String text) {
    String[] words = text.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The capitalised words of a name, lower-cased; empty when a pronoun or a lower-case word names
   * it.
   */
  private static Set<String> nameWords(String text) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : text.split("[\\s\\u00a0]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (PRONOUNS.contains(lower) || !Character.isUpperCase(w.codePointAt(0))) {
        return Set.of();
      }
      words.add(lower);
    }
    return words;
  }

  private static boolean isPlace(Party p, String sector) {
    return p.kind() == dev.dyad.core.actors.ActorKind.PLACE && sector.isEmpty();
  }

  /** Sectors that take and strike places of their own country. */
  private static final java.util.Set<String> ARMED = java.util.Set.of("REB", "UAF", "CRM", "MIL");

  private static final java.util.Set<String> STATE = java.util.Set.of("", "GOV", "MIL", "LEG");

  /**
   * Words that may follow an act's noun without making it a modifier of another noun: "the arrest
   * of the artist", "the ruling as unconstitutional", "the decision on Monday".
   */
  private static final java.util.Set<String> ACT_FOLLOWERS =
      java.util.Set.of(
          "of",
          "as",
          "by",
          "in",
          "on",
          "and",
          "against",
          "last",
          "this",
          "over",
          "at",
          "for",
          "which",
          "that",
          "to",
          "from",
          "after",
          "saying",
          "calling",
          "but",
          "earlier",
          "who",
          "said",
          "says",
          "while",
          "because",
          "despite",
          "outright",
          "immediately",
          "yesterday",
          "today",
          "with");

  /**
   * The candidates without an attack on a place named after "in" when the sentence names whom the
   * same attacker's attack hit: in "he was killed by a US airstrike in Iraq" and "paid bounties to
   * kill American soldiers in Afghanistan" the place is where the victims were, not a second
   * victim. With no victim named ("airstrikes in Syria") the place stays the target.
   */
  private static List<Candidate> dropPlacesOfNamedVictims(List<Token> tokens, List<Candidate> all) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      boolean where = false;
      SlotFill t = c.match().target();
      if (c.match().pattern().type() == EventType.ASSAULT
          && c.target() != null
          && c.target().code().length() == 3
          && t != null
          && t.first() > 0
          && tokens.get(t.first() - 1).key().equals("in")) {
        for (Candidate o : all) {
          if (o != c
              && o.match().pattern().type() == EventType.ASSAULT
              && o.target() != null
              // Victims of a state ("American soldiers", "he"); an armed group's targets
              // in a state ("Islamic State targets in Libya") leave the state a target too.
              && o.target().country().length() == 3
              && !o.target().country().equals(c.target().country())
              && o.source().country().equals(c.source().country())) {
            where = true;
            break;
          }
        }
      }
      if (!where) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * The candidates without the events with no target that read the act a dyadic candidate reads:
   * "Protesters marched on the embassy of France" is one protest, against France, not also a march
   * with no target. A targetless candidate yields when a dyadic one has its trigger, or when the
   * dyadic trigger lies within the targetless match and both have one source country.
   */
  private static List<Candidate> yieldToDyads(java.util.Collection<Candidate> all) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : all) {
      boolean yields = false;
      if (c.target() == null) {
        PatternMatcher.Match m = c.match();
        for (Candidate o : all) {
          if (o.target() == null) {
            continue;
          }
          int t = o.match().trigger();
          if (t == m.trigger()
              || (m.first() <= t
                  && t <= m.last()
                  && o.source().country().equals(c.source().country()))) {
            yields = true;
            break;
          }
        }
      }
      if (!yields) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * Civilians who cross, pour or move into a place are refugees or migrants, not an invading force
   * ("Hundreds of Sudanese refugees have crossed into Chad"); crowds that occupy a square or block
   * roads protest (targetless.txt: "French farmers blocked roads around Paris"). So an occupation
   * or blockade by civilians is no ASSAULT.
   */
  static boolean civiliansOnTheMove(Candidate c) {
    EventPattern p = c.match().pattern();
    String code = c.source().code();
    return p.type() == EventType.ASSAULT
        && p.mode().filter(m -> m.equals("occupy") || m.equals("blockade")).isPresent()
        && (c.source().privatePerson() || code.length() == 6 && code.endsWith("CVL"));
  }

  /** Acts a private person ("a man", "the driver") may suffer: coercion and violence. */
  private static final Set<EventType> PRIVATE_PERSON_ACTS =
      Set.of(EventType.COERCE, EventType.ASSAULT);

  /** Sectors of the state's coercive arms and of armed groups. */
  private static final Set<String> FORCE_SECTORS =
      Set.of("COP", "MIL", "GOV", "JUD", "SPY", "REB", "UAF");

  /**
   * A private person named by a common noun is only ever the target of a coercive or violent act by
   * a state, its police, soldiers, government or courts, or by an armed group ("Police arrested a
   * man in Lahore"); never a source ("a man said", "a woman met the mayor").
   */
  static boolean privatePersonAllowed(Candidate c) {
    EventType type = c.match().pattern().type();
    if (!NamedPrivatePeople.allowed(type, c.source(), c.target())) {
      return false;
    }
    if (NamedPrivatePeople.attacksPrivatePerson(type, c.source(), c.target())) {
      return true;
    }
    if (c.source().privatePerson()) {
      // A private person who attacks the state's agents is their assailant: "a man stabbed two
      // police officers" (the country's civilians against its police). Nothing else they do codes.
      String target = c.targetCode();
      return c.match().pattern().type() == EventType.ASSAULT
          && target != null
          && !c.target().privatePerson()
          && target.length() == 6
          && ASSAILED_SECTORS.contains(target.substring(3));
    }
    if (c.target() == null || !c.target().privatePerson()) {
      return true;
    }
    String code = c.source().code();
    boolean force =
        code.startsWith("IMG")
            || code.length() == 3 // a state itself: "Iran arrested a British man"
            || (code.length() == 6 && FORCE_SECTORS.contains(code.substring(3)))
            || (code.length() > 3 && code.length() != 6 && code.endsWith("REB"));
    if (!force) {
      return false;
    }
    EventPattern p = c.match().pattern();
    if (PRIVATE_PERSON_ACTS.contains(p.type())) {
      return true;
    }
    // Charging, indicting or suing someone (PLOVER ACCUSE) is done by the state's legal arms:
    // "Prosecutors charged a man with murder"; a man accused or criticised by anyone is not coded.
    return p.type() == EventType.ACCUSE
        && (LEGAL_ACTIONS.contains(p.id()) || p.impliedAgent().isPresent())
        && (code.length() == 3
            || (code.length() == 6 && LEGAL_SECTORS.contains(code.substring(3))));
  }

  /**
   * ACCUSE patterns that are legal action (charges, trials, lawsuits), not mere accusation. Not
   * accuse.charge.with, whose charge names no crime ("charged the man with the task of …").
   */
  private static final Set<String> LEGAL_ACTIONS =
      Set.of(
          "accuse.charge",
          "accuse.charge.crime",
          "accuse.charge.passive",
          "accuse.charge.passive.more",
          "accuse.charged.in",
          "accuse.charges.against",
          "accuse.put.on.trial",
          "accuse.prosecution.nominal",
          "accuse.prosecution.possessive",
          "accuse.pursue.prosecution",
          "accuse.sue",
          "accuse.file.suit",
          "accuse.take.to.court");

  /** The state's agents a private person may be coded as attacking. */
  private static final Set<String> ASSAILED_SECTORS = Set.of("COP", "MIL", "GOV", "JUD", "LEG");

  /** Sectors that bring charges: courts and prosecutors, police, the government. */
  private static final Set<String> LEGAL_SECTORS = Set.of("JUD", "COP", "GOV");

  /**
   * One event waiting for deduplication; {@code target} is null for an event with no target
   * (targetless.txt).
   */
  private record Candidate(
      PatternMatcher.Match match, Party source, Party target, double confidence, int length) {
    String targetCode() {
      return target == null ? null : target.code();
    }

    boolean preferredTo(Candidate other) {
      if (match.trigger() != other.match.trigger()) {
        return match.trigger() < other.match.trigger();
      }
      int a = match.pattern().specificity();
      int b = other.match.pattern().specificity();
      return a != b ? a > b : better(other);
    }

    boolean better(Candidate other) {
      if (length != other.length) {
        return length > other.length;
      }
      return confidence > other.confidence;
    }
  }

  static String eventId(
      String docId,
      int sentence,
      int start,
      int end,
      String pattern,
      String source,
      String target) {
    String key =
        docId + '\u0000' + sentence + '\u0000' + start + '\u0000' + end + '\u0000' + pattern
            + '\u0000' + source + '\u0000' + target;
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
