package dev.dyad.core.coding.mentions;

import dev.dyad.core.actors.ActorKind;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The actors each sentence of one document mentions, named or referred to, read in sentence order.
 * A referring phrase, once resolved, is a mention of what it stands for, so references chain: a
 * label "South Korea and Japan:", then "Both nations …", then "They …". Headings are read like any
 * sentence.
 *
 * <p>Reads sentences only when a reference asks for them; one instance per document, not shared
 * between threads.
 */
public final class DocumentMentions {
  /** How many sentences before a reference are searched for recent actors. */
  private static final int CONTEXT_SENTENCES = 2;

  private final List<Sentence> sentences;
  private final IntFunction<List<Token>> tokens;
  private final IntFunction<SentenceActors> actors;
  private final Supplier<SentenceActors> title;
  private final List<List<Coreference.Antecedent>> mentions = new ArrayList<>();
  private final List<List<SlotFill>> references = new ArrayList<>();

  /** The title's actors, then those of every sentence read so far, oldest first. */
  private final List<Coreference.Antecedent> document = new ArrayList<>();

  /** The referring phrases of each sentence, found once: null until asked for. */
  private final List<List<Coreference.Phrase>> phrases;

  public DocumentMentions(
      List<Sentence> sentences,
      IntFunction<List<Token>> tokens,
      IntFunction<SentenceActors> actors,
      Supplier<SentenceActors> title) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.actors = actors;
    this.title = title;
    this.phrases = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
  }

  /**
   * Whether sentence {@code i} holds a referring phrase ("they", "the two countries") or a first
   * person inside a quotation ("'We reject …,' X said").
   */
  public boolean refers(int i) {
    return !phrases(i).isEmpty() || quotesFirstPerson(i);
  }

  private boolean quotesFirstPerson(int i) {
    String text = sentences.get(i).text();
    if (text.indexOf('"') < 0 && text.indexOf('“') < 0) {
      return false;
    }
    for (Token t : tokens.apply(i)) {
      if (t.key().equals("we") || t.key().equals("i")) {
        return true;
      }
    }
    return false;
  }

  private List<Coreference.Phrase> phrases(int j) {
    List<Coreference.Phrase> found = phrases.get(j);
    if (found == null) {
      found = Coreference.find(tokens.apply(j));
      phrases.set(j, found);
    }
    return found;
  }

  /** The referring phrases of sentence {@code i} that could be resolved, as slot fills. */
  public List<SlotFill> references(int i) {
    readThrough(i);
    return references.get(i);
  }

  /**
   * The {@code n} states the document mentioned most before token {@code before} of sentence {@code
   * i} (ties to the more recent), leaving out {@code except}, as bare states named by {@code
   * words}; fewer when fewer were named.
   */
  public List<Party> salientStates(
      int i, int before, int n, java.util.Set<String> except, String words) {
    readThrough(i);
    List<Coreference.Antecedent> seen = new ArrayList<>(title.get().antecedents());
    for (int j = 0; j < i; j++) {
      seen.addAll(mentions.get(j));
    }
    for (Coreference.Antecedent a : mentions.get(i)) {
      if (a.last() < before) {
        seen.add(a);
      }
    }
    List<Party> top = new ArrayList<>();
    for (Party p :
        Salience.top(seen, n + except.size(), p -> p.isState() && !except.contains(p.country()))) {
      if (top.size() < n) {
        top.add(p.asCountry(words));
      }
    }
    return top;
  }

  private void readThrough(int i) {
    if (mentions.isEmpty() && i >= 0) {
      document.addAll(title.get().antecedents());
    }
    while (mentions.size() <= i) {
      read(mentions.size());
    }
  }

  private void read(int j) {
    List<Token> toks = tokens.apply(j);
    SentenceActors own = actors.apply(j);
    String text = sentences.get(j).text();
    List<SlotFill> fills = new ArrayList<>();
    List<Coreference.Antecedent> resolved = new ArrayList<>();
    int group = j * 1000 + 500; // SentenceActors numbers its coordinations from j * 1000
    for (Coreference.Phrase phrase : phrases(j)) {
      if (overlapsMention(phrase, own.fills())) {
        continue;
      }
      String words =
          text.substring(toks.get(phrase.first()).start(), toks.get(phrase.last()).end());
      Optional<SlotFill> fill =
          Coreference.resolve(phrase, words, context(j, own, resolved, phrase.first()));
      if (fill.isEmpty()) {
        continue;
      }
      SlotFill f = fill.get();
      fills.add(f);
      // "It" and "he" resolve to ranked guesses, which the coder settles per event; counting the
      // first guess as a mention would inflate whichever state was named last. A "he" or "she"
      // that opens its sentence is the exception: the person the story follows, still its
      // subject in the sentences after ("He urged … He also accused … Police arrested him").
      if (f.oneOf()) {
        if (phrase.kind() == Coreference.Kind.PERSON && opensSentence(toks, phrase.first())) {
          resolved.add(new Coreference.Antecedent(f.parties().get(0), -1, f.last(), true));
        }
        continue;
      }
      int g = f.parties().size() > 1 ? group++ : -1;
      for (Party p : f.parties()) {
        resolved.add(new Coreference.Antecedent(p, g, f.last()));
      }
    }
    List<Coreference.Antecedent> all =
        asSubject(inTokenOrder(own.antecedents(), resolved, Integer.MAX_VALUE));
    if (quotesFirstPerson(j)) {
      // "He said: '…'" names its speaker by a pronoun: its best guess counts as a speaker here.
      List<Coreference.Antecedent> speakers = new ArrayList<>(all);
      for (SlotFill f : fills) {
        if (f.oneOf() && !f.parties().isEmpty()) {
          speakers.add(new Coreference.Antecedent(f.parties().get(0), -1, f.last()));
        }
      }
      for (SlotFill f : QuotedSpeech.fills(text, toks, speakers)) {
        if (!overlapsMention(f, own.fills()) && !overlapsMention(f, fills)) {
          fills.add(f);
        }
      }
    }
    mentions.add(List.copyOf(all));
    references.add(List.copyOf(fills));
    document.addAll(all);
  }

  /** The first actor a sentence names is, most often, its subject. */
  private static List<Coreference.Antecedent> asSubject(List<Coreference.Antecedent> all) {
    if (all.isEmpty() || all.get(0).subject()) {
      return all;
    }
    List<Coreference.Antecedent> marked = new ArrayList<>(all);
    marked.set(0, all.get(0).asSubject());
    return marked;
  }

  /** Whether token {@code at} opens the sentence, or its clause after a fronted adverbial. */
  private static boolean opensSentence(List<Token> toks, int at) {
    return at == 0 || toks.get(at - 1).key().equals(",") && at < 8;
  }

  /** What a phrase at token {@code before} of sentence {@code j} can refer to. */
  private Coreference.Context context(
      int j, SentenceActors own, List<Coreference.Antecedent> resolved, int before) {
    List<Coreference.Antecedent> ownBefore = inTokenOrder(own.antecedents(), resolved, before);
    List<Coreference.Antecedent> recent = new ArrayList<>(title.get().antecedents());
    // The nearest heading above counts, however far: "Both nations…" under a heading naming
    // them.
    int from = Math.max(0, j - CONTEXT_SENTENCES);
    for (int h = from - 1; h >= 0; h--) {
      if (sentences.get(h).kind() == Block.Kind.HEADING) {
        recent.addAll(mentions.get(h));
        break;
      }
    }
    for (int k = from; k < j; k++) {
      recent.addAll(mentions.get(k));
    }
    recent.addAll(ownBefore);
    // A view, not a copy: copying the whole document for every phrase made long documents
    // quadratic. Nothing changes document while the phrase is resolved.
    List<Coreference.Antecedent> whole = concatenation(document, ownBefore);
    List<Coreference.Antecedent> compound = onlyCoordination(ownBefore);
    if (compound.isEmpty() && j > 0) {
      compound = onlyCoordination(mentions.get(j - 1));
    }
    return new Coreference.Context(recent, whole, compound, ownBefore.size());
  }

  /** {@code a} then {@code b}, read-only, without copying either. */
  private static <T> List<T> concatenation(List<T> a, List<T> b) {
    return new java.util.AbstractList<T>() {
      @Override
      public T get(int index) {
        return index < a.size() ? a.get(index) : b.get(index - a.size());
      }

      @Override
      public int size() {
        return a.size() + b.size();
      }
    };
  }

  /**
   * The members of a coordination when it names every state of {@code list} ("South Korea and
   * Japan:"), or none: a sentence that also names other states ("A and B condemned the trade
   * between C and D") is no clear sign, and salience decides.
   */
  private static List<Coreference.Antecedent> onlyCoordination(List<Coreference.Antecedent> list) {
    int group = -1;
    for (Coreference.Antecedent a : list) {
      if (a.group() >= 0) {
        group = a.group();
      }
    }
    if (group < 0) {
      return List.of(); // no coordination: no members, whatever the states
    }
    java.util.Set<String> states = new java.util.HashSet<>();
    List<Coreference.Antecedent> members = new ArrayList<>();
    java.util.Set<String> covered = new java.util.HashSet<>();
    int first = Integer.MAX_VALUE;
    for (Coreference.Antecedent a : list) {
      if (a.group() == group) {
        first = Math.min(first, a.last());
      }
    }
    for (Coreference.Antecedent a : list) {
      // A person named before the coordination is its broker, not a third state: "Carter
      // mediated between Israel and Egypt … the two nations".
      boolean broker = a.party().kind() == ActorKind.PERSON && a.last() < first;
      if (a.party().isState() && !broker) {
        states.add(a.party().country());
      }
      if (a.group() == group) {
        members.add(a);
        covered.add(a.party().country());
      }
    }
    return covered.equals(states) ? members : List.of();
  }

  /** Named and resolved mentions that end before token {@code before}, in token order. */
  private static List<Coreference.Antecedent> inTokenOrder(
      List<Coreference.Antecedent> named, List<Coreference.Antecedent> resolved, int before) {
    List<Coreference.Antecedent> out = new ArrayList<>();
    for (Coreference.Antecedent a : named) {
      if (a.last() < before) {
        out.add(a);
      }
    }
    for (Coreference.Antecedent a : resolved) {
      if (a.last() < before) {
        out.add(a);
      }
    }
    // Stable: a coordination keeps its members' order.
    out.sort(java.util.Comparator.comparingInt(Coreference.Antecedent::last));
    return out;
  }

  private static boolean overlapsMention(Coreference.Phrase phrase, List<SlotFill> fills) {
    for (SlotFill f : fills) {
      if (f.first() <= phrase.last() && phrase.first() <= f.last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsMention(SlotFill fill, List<SlotFill> fills) {
    for (SlotFill f : fills) {
      if (f.first() <= fill.last() && fill.first() <= f.last()) {
        return true;
      }
    }
    return false;
  }
}
