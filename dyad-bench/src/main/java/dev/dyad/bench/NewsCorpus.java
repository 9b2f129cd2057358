package dev.dyad.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An invented news corpus for the store benchmark, as JSON Lines ({@code id}, {@code url}, {@code
 * title}, {@code published}, {@code text}): short wire reports about states the actor dictionary
 * knows, each with a few event sentences the coder recognises (aid, talks, sanctions, drills,
 * strikes…) under varied modality (said, reportedly, plans to, could, denied, if…), filler
 * sentences made of randomly drawn parts so that independent reports share few word shingles, now
 * and then a forecast ("could fuel an arms race"), and dates spread over two years. About one
 * document in ten is a syndicated near-copy of a recent report (a tagline, a rewritten sentence,
 * truncation, boilerplate). Everything follows from the seed: the same seed and count give the same
 * bytes.
 *
 * <p>Texts are generated one at a time from the document's number, never kept: a copy regenerates
 * its original.
 */
final class NewsCorpus {
  static final long DEFAULT_SEED = 20260401L;
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final int DAYS = 730;

  /**
   * A copy picks its original among this many most recent originals, published at most {@link
   * #COPY_DAYS} days before it (else the latest): syndication is quick.
   */
  private static final int COPY_WINDOW = 500;

  /**
   * Within a week, well inside the source families' window (dyad-core FamilyOptions): a small
   * corpus over two years would otherwise copy reports months old. A corpus of 100,000 documents
   * over two years has 137 a day, so its 500 most recent originals are four days' news and this
   * bound changes none of its copies.
   */
  static final int COPY_DAYS = 7;

  /** One state: its code (for the reader of this file), name, capital and an adjective. */
  private record State(String code, String name, String capital, String adjective) {}

  /**
   * Ordered roughly by how often this kind of news names them; rank r is drawn with weight 1/(r+1).
   */
  private static final State[] STATES = {
    new State("RUS", "Russia", "Moscow", "Russian"),
    new State("USA", "the United States", "Washington", "American"),
    new State("PRK", "North Korea", "Pyongyang", "North Korean"),
    new State("CHN", "China", "Beijing", "Chinese"),
    new State("UKR", "Ukraine", "Kyiv", "Ukrainian"),
    new State("KOR", "South Korea", "Seoul", "South Korean"),
    new State("JPN", "Japan", "Tokyo", "Japanese"),
    new State("IRN", "Iran", "Tehran", "Iranian"),
    new State("GBR", "Britain", "London", "British"),
    new State("FRA", "France", "Paris", "French"),
    new State("DEU", "Germany", "Berlin", "German"),
    new State("IND", "India", "New Delhi", "Indian"),
    new State("TUR", "Turkey", "Ankara", "Turkish"),
    new State("POL", "Poland", "Warsaw", "Polish"),
    new State("TWN", "Taiwan", "Taipei", "Taiwanese"),
    new State("BLR", "Belarus", "Minsk", "Belarusian"),
    new State("ISR", "Israel", "Jerusalem", "Israeli"),
    new State("PAK", "Pakistan", "Islamabad", "Pakistani"),
    new State("SYR", "Syria", "Damascus", "Syrian"),
    new State("AUS", "Australia", "Canberra", "Australian"),
    new State("PHL", "the Philippines", "Manila", "Philippine"),
    new State("VNM", "Vietnam", "Hanoi", "Vietnamese"),
    new State("EGY", "Egypt", "Cairo", "Egyptian"),
    new State("BRA", "Brazil", "Brasilia", "Brazilian"),
  };

  private static final double[] STATE_CDF = Zipf.cdf(STATES.length);

  /**
   * An event clause in the past and in the base form, with {@code S} and {@code T} for the parties,
   * {@code M} where a modal or an adverb goes ("reportedly", "could") and {@code O} for a drawn
   * object, and its denial; each follows a pattern of the coder's pattern book.
   */
  private record Act(String past, String base, String denial, String[] objects) {}

  private static final String[] WEAPONS = {
    "artillery shells",
    "ballistic missiles",
    "drones",
    "rocket launchers",
    "air-defence systems",
    "tanks",
    "ammunition",
    "cruise missiles"
  };
  private static final String[] RELIEF = {"humanitarian aid", "food", "medicine", "wheat"};
  private static final String[] FUEL = {"oil", "fuel", "natural gas"};
  private static final String[] ISSUES = {
    "the missile tests",
    "the border incident",
    "the arms shipments",
    "the naval blockade",
    "the cyber attacks",
    "the detention of its diplomats",
    "the airspace violations",
    "the nuclear programme",
    "the sanctions",
    "the trade dispute"
  };
  private static final String[] DEALS = {
    "a defence pact",
    "a trade agreement",
    "a security agreement",
    "an energy deal",
    "a military cooperation agreement",
    "a memorandum on grain exports"
  };

  private static final Act[] ACTS = {
    new Act("S M sent O to T", "S M send O to T", "S denied sending O to T", WEAPONS),
    new Act("S M supplied T with O", "S M supply T with O", "S denied supplying T with O", WEAPONS),
    new Act("S M shipped O to T", "S M ship O to T", "S denied shipping O to T", FUEL),
    new Act(
        "S M delivered O to T", "S M deliver O to T", "S denied that it delivered O to T", RELIEF),
    new Act(
        "S M held talks with T on O",
        "S M hold talks with T on O",
        "S denied holding talks with T",
        ISSUES),
    new Act(
        "S M condemned T over O", "S M condemn T over O", "S denied that it condemned T", ISSUES),
    new Act("S M warned T against O", "S M warn T against O", "S denied that it warned T", ISSUES),
    new Act(
        "S M imposed new sanctions on T over O",
        "S M impose new sanctions on T over O",
        "S denied imposing new sanctions on T",
        ISSUES),
    new Act(
        "S and T M held joint naval drills",
        "S and T M hold joint naval drills",
        "S denied holding naval drills with T",
        null),
    new Act("S M signed O with T", "S M sign O with T", "S denied that it signed O with T", DEALS),
    new Act(
        "S M fired missiles into T",
        "S M fire missiles into T",
        "S denied firing missiles into T",
        null),
    new Act(
        "S M deployed troops along its border with T",
        "S M deploy troops along its border with T",
        "S denied deploying troops along its border with T",
        null),
    new Act(
        "S M urged T to end O", "S M urge T to end O", "S denied that it urged T to end O", ISSUES),
    new Act(
        "S M rejected T's proposal on O",
        "S M reject T's proposal on O",
        "S denied rejecting T's proposal on O",
        ISSUES),
  };
  private static final double[] ACT_CDF = Zipf.cdf(ACTS.length);

  private static final String[] WHEN = {
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "last week",
    "this month",
    "over the weekend",
    "earlier this year",
    ""
  };
  private static final String[] SAYERS = {
    "officials in {C} said",
    "the defence ministry in {C} said",
    "state media in {C} reported",
    "a senior official in {C} told reporters",
    "diplomats in {C} said",
    "according to officials in {C}"
  };

  /**
   * Forecasts the assessment extractor reads: a cue ("could", "may", "would") and a topic trigger.
   */
  private static final String[] FORECASTS = {
    "Analysts in {C} said the move could fuel an arms race in the region.",
    "Experts warned that the deal may undermine regional stability.",
    "The shipments could help {A} evade sanctions, a researcher at the {N} Institute said.",
    "Observers fear the drills could escalate tensions along the border.",
    "Such cooperation might complicate peace talks, diplomats in {C} said.",
    "The transfers would strengthen the military capabilities of {A}, analysts said.",
    "The crisis could worsen humanitarian conditions for refugees, aid groups warned.",
  };

  // Filler: every few words a drawn part, so that two reports rarely share five words in a row.
  private static final String[] F_SUBJECTS = {
    "The council",
    "A local court",
    "The port authority",
    "The transport ministry",
    "A regional governor",
    "The central bank",
    "A consortium of builders",
    "The water utility",
    "Farmers",
    "Teachers' unions",
    "The statistics office",
    "A group of residents",
    "The city's mayor",
    "Hospital staff"
  };
  private static final String[] F_VERBS = {
    "approved",
    "postponed",
    "reviewed",
    "announced",
    "criticised",
    "welcomed",
    "questioned",
    "extended",
    "scrapped",
    "published",
    "defended",
    "revised"
  };
  private static final String[] F_OBJECTS = {
    "a plan to rebuild",
    "new rules for",
    "the budget for",
    "a study of",
    "a tender for",
    "repairs to",
    "a survey of",
    "the timetable for",
    "a loan for",
    "fees for"
  };
  private static final String[] F_THINGS = {
    "the northern bridge",
    "rural bus lines",
    "two grain silos",
    "the old harbour",
    "school buildings",
    "the ring road",
    "flood barriers",
    "the main hospital",
    "the fish market",
    "a coal plant",
    "the airport terminal",
    "housing blocks",
    "the tram network"
  };
  private static final String[] F_TAILS = {
    "after months of delays",
    "despite objections from traders",
    "ahead of the winter",
    "at a cost of about N million",
    "following heavy rain",
    "in a close vote",
    "citing rising prices",
    "amid a shortage of workers",
    "for the first time since N",
    "with support from donors"
  };
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ven", "tor", "sa", "bel", "dun", "ri", "os", "mar", "ne", "gal", "te",
    "vik", "an", "zo", "pel", "ur", "is", "hal", "do", "fen"
  };

  private final long seed;
  private final int documents;

  /** Days the publication dates spread over, from {@link #FIRST_DAY}. */
  private final int days;

  /** {@code original[i]}: the original that document {@code i} copies, or {@code i}. */
  private final int[] original;

  NewsCorpus(long seed, int documents) {
    this(seed, documents, DAYS);
  }

  /**
   * A corpus whose dates spread over {@code days}; a longer span at the same number of documents a
   * quarter is how a store grows under a steady stream.
   */
  NewsCorpus(long seed, int documents, int days) {
    if (documents < 1) {
      throw new IllegalArgumentException("documents must be positive: " + documents);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be positive: " + days);
    }
    this.seed = seed;
    this.documents = documents;
    this.days = days;
    this.original = plan(seed, documents, days);
  }

  /** One generated document. */
  record Article(
      String id, String url, String title, LocalDate published, String text, boolean copy) {}

  int documents() {
    return documents;
  }

  /** The document that document {@code i} copies, or {@code i} for an original. */
  int originalOf(int i) {
    return original[i];
  }

  /** Document {@code i}, the same on every call. */
  Article article(int i) {
    LocalDate published = FIRST_DAY.plusDays(dayOf(i, documents, days));
    Story story = story(original[i]);
    List<String> sentences = story.sentences();
    String title = story.title();
    boolean copy = original[i] != i;
    if (copy) {
      SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
      sentences = edit(sentences, r);
      title = r.nextBoolean() ? title : title + " - " + outlet(r);
    }
    String id = String.format("news-%07d", i);
    String url = "https://news.example/" + published + "/" + id;
    return new Article(id, url, title, published, paragraphs(sentences), copy);
  }

  /** Writes every document as one JSON line. */
  void write(Writer out) throws IOException {
    for (int i = 0; i < documents; i++) {
      Article a = article(i);
      out.write(
          "{\"id\":"
              + json(a.id())
              + ",\"url\":"
              + json(a.url())
              + ",\"title\":"
              + json(a.title())
              + ",\"published\":"
              + json(a.published().toString())
              + ",\"text\":"
              + json(a.text())
              + "}\n");
    }
  }

  private static int[] plan(long seed, int documents, int days) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] source = new int[documents];
    List<Integer> originals = new ArrayList<>(documents);
    // originals.get(recent) is the first original at most COPY_DAYS before document i.
    int recent = 0;
    for (int i = 0; i < documents; i++) {
      boolean copy = i > 0 && r.nextInt(10) == 0;
      if (copy) {
        long day = dayOf(i, documents, days);
        while (recent < originals.size() - 1
            && dayOf(originals.get(recent), documents, days) < day - COPY_DAYS) {
          recent++;
        }
        int window = Math.min(COPY_WINDOW, originals.size() - recent);
        source[i] = originals.get(originals.size() - 1 - r.nextInt(window));
      } else {
        source[i] = i;
        originals.add(i);
      }
    }
    return source;
  }

  /** Document {@code i}'s day after {@link #FIRST_DAY}: the corpus spreads evenly. */
  private static long dayOf(int i, int documents, int days) {
    return (long) i * days / documents;
  }

  private record Story(String title, List<String> sentences) {}

  private Story story(int n) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
    State s = state(r);
    State t = other(r, s);
    List<String> out = new ArrayList<>();
    Act lead = ACTS[Zipf.draw(r, ACT_CDF)];
    String leadObject = object(r, lead);
    out.add(dateline(r, t) + event(r, lead, s, t, leadObject));
    int fillers = 8 + r.nextInt(12);
    int events = 1 + r.nextInt(4);
    for (int k = 0; k < fillers + events; k++) {
      if (r.nextInt(fillers + events) < events) {
        // Half the further events are about the same two states: repeated reports make claims.
        State a = r.nextBoolean() ? s : state(r);
        State b = r.nextBoolean() ? t : other(r, a);
        if (a == b) {
          b = other(r, a);
        }
        Act act = ACTS[Zipf.draw(r, ACT_CDF)];
        out.add(event(r, act, a, b, object(r, act)));
      } else {
        out.add(filler(r));
      }
    }
    if (r.nextInt(100) < 12) {
      out.add(1 + r.nextInt(out.size()), denial(r, lead, s, t, leadObject));
    }
    if (r.nextInt(100) < 18) {
      out.add(
          1 + r.nextInt(out.size()),
          FORECASTS[r.nextInt(FORECASTS.length)]
              .replace("{C}", pick(r, STATES).capital())
              .replace("{A}", r.nextBoolean() ? s.name() : s.capital())
              .replace("{N}", name(r)));
    }
    String title = capitalise(s.name()) + " " + headline(lead) + " " + t.name();
    return new Story(title, out);
  }

  /** "SEOUL —" on half the leads. */
  private static String dateline(SplittableRandom r, State place) {
    return r.nextBoolean() ? place.capital().toUpperCase(java.util.Locale.ROOT) + " — " : "";
  }

  private static String event(SplittableRandom r, Act act, State s, State t, String object) {
    String sName = name(r, s);
    String tName = name(r, t);
    String when = WHEN[r.nextInt(WHEN.length)];
    String at = when.isEmpty() ? "" : " " + when;
    int modality = r.nextInt(100);
    String sentence;
    if (modality < 35) {
      sentence = fill(act.past(), sName, tName, object, "") + at + ".";
    } else if (modality < 60) {
      String sayer = SAYERS[r.nextInt(SAYERS.length)].replace("{C}", pick(r, STATES).capital());
      sentence =
          sayer.startsWith("according")
              ? capitalise(sayer) + ", " + fill(act.past(), sName, tName, object, "") + at + "."
              : fill(act.past(), sName, tName, object, "") + at + ", " + sayer + ".";
    } else if (modality < 70) {
      sentence = fill(act.past(), sName, tName, object, "reportedly") + at + ".";
    } else if (modality < 80) {
      sentence =
          fill(act.base(), sName, tName, object, r.nextBoolean() ? "will" : "is set to")
              + " next month.";
    } else if (modality < 88) {
      sentence =
          fill(act.base(), sName, tName, object, r.nextBoolean() ? "could" : "may")
              + " soon, analysts said.";
    } else if (modality < 95) {
      sentence = fill(act.base(), sName, tName, object, "did not") + at + ".";
    } else {
      sentence = "If talks fail, " + fill(act.base(), sName, tName, object, "would") + ".";
    }
    return capitalise(sentence);
  }

  private static String denial(SplittableRandom r, Act act, State s, State t, String object) {
    return capitalise(fill(act.denial(), name(r, s), name(r, t), object, "") + ".");
  }

  private static String fill(String template, String s, String t, String object, String modal) {
    // Placeholders are whole words, so an "S" inside a name is never touched.
    StringBuilder b = new StringBuilder();
    for (String word : template.split(" ")) {
      String w =
          switch (word) {
            case "S" -> s;
            case "T" -> t;
            case "T's" -> t + "'s";
            case "O" -> object;
            case "M" -> modal;
            default -> word;
          };
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(w);
      }
    }
    return b.toString();
  }

  private static String object(SplittableRandom r, Act act) {
    return act.objects() == null ? "" : act.objects()[r.nextInt(act.objects().length)];
  }

  private static String headline(Act act) {
    String verb = act.past().split(" ")[2];
    return verb.equals("T") ? "drills with" : verb;
  }

  private static String filler(SplittableRandom r) {
    String tail =
        F_TAILS[r.nextInt(F_TAILS.length)]
            .replace("N million", (2 + r.nextInt(900)) + " million")
            .replace("since N", "since " + (1990 + r.nextInt(34)));
    return pick(r, F_SUBJECTS)
        + " of "
        + name(r)
        + " "
        + pick(r, F_VERBS)
        + " "
        + pick(r, F_OBJECTS)
        + " "
        + pick(r, F_THINGS)
        + " "
        + tail
        + ", "
        + name(r)
        + " "
        + name(r)
        + " said.";
  }

  /** A copy: what syndication does to a wire story. */
  private static List<String> edit(List<String> body, SplittableRandom r) {
    List<String> out = new ArrayList<>(body);
    switch (r.nextInt(4)) {
      case 0 ->
          out.add(
              "This report was first published by a partner agency and is republished with permission.");
      case 1 -> out.set(1 + r.nextInt(out.size() - 1), filler(r));
      case 2 -> out.subList(Math.max(2, (int) (out.size() * 0.7)), out.size()).clear();
      default -> {
        out.add("Follow us for live updates and read more of today's most read stories.");
        out.add(0, "Sign up for our newsletter to get the day's top stories every morning.");
      }
    }
    return out;
  }

  private static String paragraphs(List<String> sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) {
        b.append(i % 3 == 0 ? "\n\n" : " ");
      }
      b.append(sentences.get(i));
    }
    return b.toString();
  }

  private static String outlet(SplittableRandom r) {
    return capitalise(name(r)) + " " + (r.nextBoolean() ? "Herald" : "Wire");
  }

  /** An invented proper name: two or three syllables. */
  private static String name(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    for (int k = 2 + r.nextInt(2); k > 0; k--) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return capitalise(b.toString());
  }

  /** The state's name, or its capital as the news uses it ("Moscow said"). */
  private static String name(SplittableRandom r, State s) {
    return r.nextInt(10) < 7 ? s.name() : s.capital();
  }

  private static State state(SplittableRandom r) {
    return STATES[Zipf.draw(r, STATE_CDF)];
  }

  private static State other(SplittableRandom r, State not) {
    State t = state(r);
    while (t == not) {
      t = state(r);
    }
    return t;
  }

  private static <T> T pick(SplittableRandom r, T[] from) {
    return from[r.nextInt(from.length)];
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A JSON string literal. */
  static String json(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
