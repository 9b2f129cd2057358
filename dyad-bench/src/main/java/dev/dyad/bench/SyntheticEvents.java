package dev.dyad.bench;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventActor;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Synthetic coded events for the benchmark corpus, as the coder would emit them. About 15% of
 * sentences carry an event. Actors are 60 states drawn from a Zipf(1) distribution (the United
 * States about a fifth of all mentions), sometimes as a sector code ({@code RUSGOV}); types from a
 * Zipf over the 16 PLOVER types, so a few dyad+type keys dominate; modes from the ontology;
 * modality mostly asserted or reported; dates over two years, mostly to the day. A near-copy
 * repeats the events of its original's sentences that survive its edit. Fixed seed: the events of a
 * document are the same on every call.
 */
final class SyntheticEvents {
  static final double EVENT_RATE = 0.15;
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  static final int DAYS = 730;

  /** Ordered roughly by how often news names them; rank r is drawn with weight 1/(r+1). */
  static final String[] STATES = {
    "USA", "RUS", "CHN", "UKR", "ISR", "IRN", "PRK", "KOR", "JPN", "GBR", "FRA", "DEU", "IND",
    "PAK", "TUR", "SAU", "SYR", "IRQ", "AFG", "EGY", "PSE", "LBN", "YEM", "QAT", "ARE", "JOR",
    "POL", "BLR", "TWN", "PHL", "VNM", "AUS", "CAN", "MEX", "BRA", "VEN", "CUB", "COL", "NGA",
    "ETH", "SDN", "SOM", "KEN", "ZAF", "LBY", "MLI", "AZE", "ARM", "GEO", "KAZ", "MMR", "BGD",
    "IDN", "MYS", "THA", "ITA", "ESP", "NLD", "SWE", "FIN"
  };

  private static final String[] SECTORS = {"GOV", "MIL", "GOV", "MIL", "COP", "BUS"};

  /** Most-coded first (Zipf weights over this order). */
  static final EventType[] TYPES = {
    EventType.CONSULT, EventType.ACCUSE, EventType.COOPERATE, EventType.SUPPORT, EventType.AID,
    EventType.THREATEN, EventType.REQUEST, EventType.AGREE, EventType.PROTEST, EventType.SANCTION,
    EventType.REJECT, EventType.MOBILIZE, EventType.COERCE, EventType.CONCEDE, EventType.RETREAT
  };

  private static final Map<EventType, String[]> OBJECTS =
      Map.of(
          EventType.AID,
              new String[] {
                "artillery shells",
                "missiles",
                "troops",
                "oil",
                "money",
                "humanitarian aid",
                "drones",
                "air-defence systems"
              },
          EventType.MOBILIZE, new String[] {"troops", "soldiers", "warships", "drills"},
          EventType.SANCTION, new String[] {"sanctions", "export controls", "tariffs"},
          EventType.COOPERATE, new String[] {"drills", "military technology", "joint exercises"},
          EventType.AGREE, new String[] {"agreement", "arms deal", "defence pact"},
          EventType.CONSULT, new String[] {"envoy", "ambassador"},
          EventType.COERCE, new String[] {"missiles", "drones"});

  private static final double[] STATE_CDF = Zipf.cdf(STATES.length);
  private static final double[] TYPE_CDF = Zipf.cdf(EventType.values().length);

  private final EventOntology ontology = EventOntology.builtIn();
  private final Map<EventType, String[]> modes = new java.util.EnumMap<>(EventType.class);
  private final EventType[] types;
  private final double hot;

  /**
   * @param hot the share of events forced onto one key (United States–Russia CONSULT, no mode), to
   *     stress a single hot key; 0 for the natural mix
   */
  SyntheticEvents(double hot) {
    this.hot = hot;
    List<EventType> order = new ArrayList<>(List.of(TYPES));
    for (EventType t : EventType.values()) {
      if (!order.contains(t)) {
        order.add(t);
      }
      modes.put(t, ontology.modes(t).toArray(String[]::new));
    }
    types = order.toArray(EventType[]::new);
  }

  /** The publication date of document {@code i} of {@code documents}: they arrive in date order. */
  static LocalDate published(int i, int documents) {
    return FIRST_DAY.plusDays((long) i * DAYS / documents);
  }

  /**
   * The events of document {@code i}: those of its original {@code plan[i]}, each kept when its
   * sentence survives in {@code body} (the document's own text) and placed at that sentence. Dates
   * in the text are the original's; a publication-date stand-in is the document's own.
   */
  List<Event> events(
      int i,
      int[] plan,
      String docId,
      LocalDate published,
      LocalDate originalPublished,
      List<String> body) {
    int original = plan[i];
    List<String> originalBody = original == i ? body : FamilyBenchmarkMain.article(original);
    SplittableRandom r = new SplittableRandom(SyntheticCorpus.SEED * 7_919L + original);
    List<Event> out = new ArrayList<>();
    for (int s = 0; s < originalBody.size(); s++) {
      if (r.nextDouble() >= EVENT_RATE) {
        continue;
      }
      // Draw every field before deciding whether the copy kept the sentence: the stream stays
      // aligned.
      int src = Zipf.draw(r, STATE_CDF);
      int tgt = Zipf.draw(r, STATE_CDF);
      while (tgt == src) {
        tgt = Zipf.draw(r, STATE_CDF);
      }
      String srcCode = STATES[src] + (r.nextInt(3) == 0 ? SECTORS[r.nextInt(SECTORS.length)] : "");
      String tgtCode = STATES[tgt] + (r.nextInt(4) == 0 ? SECTORS[r.nextInt(SECTORS.length)] : "");
      EventType type = types[Zipf.draw(r, TYPE_CDF)];
      String[] known = modes.get(type);
      Optional<String> mode =
          known.length == 0 || r.nextBoolean()
              ? Optional.empty()
              : Optional.of(known[r.nextInt(known.length)]);
      Modality modality = modality(r.nextInt(100));
      String[] objects = OBJECTS.get(type);
      Optional<String> object =
          objects != null && r.nextBoolean()
              ? Optional.of(objects[r.nextInt(objects.length)])
              : Optional.empty();
      boolean historical = r.nextInt(100) < 3;
      int dateRoll = r.nextInt(100);
      int back = r.nextInt(8);
      int historicalYear = 1950 + r.nextInt(60);
      if (r.nextDouble() < hot) {
        src = 0;
        tgt = 1;
        srcCode = STATES[0];
        tgtCode = STATES[1];
        type = EventType.CONSULT;
        mode = Optional.empty();
        historical = false;
      }

      String sentence = originalBody.get(s);
      int index = original == i ? s : body.indexOf(sentence);
      if (index < 0) {
        continue;
      }
      Optional<String> date;
      EventDate.Basis basis;
      if (historical) {
        date = Optional.of(Integer.toString(historicalYear));
        basis = EventDate.Basis.TEXT;
      } else if (dateRoll < 45) {
        date = Optional.of(originalPublished.minusDays(back).toString());
        basis = EventDate.Basis.TEXT;
      } else if (dateRoll < 50) {
        date = Optional.of(originalPublished.minusDays(back).toString().substring(0, 7));
        basis = EventDate.Basis.TEXT;
      } else if (dateRoll < 52) {
        date = Optional.of(originalPublished.toString().substring(0, 4));
        basis = EventDate.Basis.TEXT;
      } else if (dateRoll < 90) {
        // The document's own publication date stands in: a copy may be published days later.
        date = Optional.of(published.toString());
        basis = EventDate.Basis.PUBLISHED;
      } else {
        date = Optional.empty();
        basis = EventDate.Basis.NONE;
      }
      EventKind kind = ontology.kind(type, mode);
      int at = Math.min(sentence.length(), 4);
      out.add(
          new Event(
              eventId(i, index, out.size()),
              docId,
              "synthetic:" + i,
              Optional.of(published),
              index,
              sentence,
              new Event.Span(0, at),
              new EventActor(srcCode, STATES[src]),
              Optional.of(new EventActor(tgtCode, STATES[tgt])),
              type,
              mode,
              kind.cameo(),
              kind.quadClass(),
              kind.intensity(),
              modality,
              Optional.empty(),
              date,
              basis,
              historical,
              "synthetic." + type.name().toLowerCase(java.util.Locale.ROOT),
              0.8,
              object));
    }
    return out;
  }

  /** Index of {@code code}'s state in {@link #STATES}. */
  static int stateIndex(String code) {
    String base = code.substring(0, 3);
    for (int k = 0; k < STATES.length; k++) {
      if (STATES[k].equals(base)) {
        return k;
      }
    }
    throw new IllegalArgumentException(code);
  }

  private static Modality modality(int roll) {
    if (roll < 50) return Modality.ASSERTED;
    if (roll < 78) return Modality.REPORTED;
    if (roll < 86) return Modality.ALLEGED;
    if (roll < 91) return Modality.PLANNED;
    if (roll < 95) return Modality.SPECULATIVE;
    if (roll < 97) return Modality.CONDITIONAL;
    return Modality.NEGATED;
  }

  private static String eventId(int doc, int sentence, int k) {
    long h =
        SyntheticCorpus.SEED
            ^ (doc * 0x9E3779B97F4A7C15L)
            ^ ((long) sentence << 40)
            ^ ((long) k << 56);
    long a = mix(h);
    long b = mix(a ^ 0xD1B54A32D192ED03L);
    return String.format("%016x%08x", a, (int) b);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
