package dev.dyad.core.claims;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.coding.Event;
import dev.dyad.core.model.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges events into claims: the same dyadic act, told by any number of sentences and reports,
 * becomes one {@link Claim} that counts its documents and independent source families.
 *
 * <p>Events are compared only within a key: country-level source and target (unordered for CONSULT,
 * COOPERATE, AGREE and "between" events), type, mode, whether they are background history, which
 * never merges with news, and the calendar quarter they are placed in ({@link ClaimQuarter}).
 * Within a key, events merge when their dates overlap at the coarser precision (or either is
 * undated; a publication date standing in for an event date counts as ±15 days) and their objects
 * are of one class (or, for directed types, either has none); see {@link ClaimGrouping}. The claims
 * depend only on the set of events added, not on their order, except for their ids: a claim is
 * named by the first of its events to be added, so that it keeps its id as later reports join it.
 * An event added twice (same event id) counts once.
 *
 * <p>Incremental: add events as documents arrive and ask for {@link #claims()} at any time; only
 * the keys touched since the last call are rebuilt. Not thread-safe.
 */
public final class ClaimMerger {
  private static final Comparator<Claim> ORDER =
      Comparator.comparingInt(Claim::independentSources)
          .reversed()
          .thenComparing(Comparator.comparingInt(Claim::documents).reversed())
          .thenComparing(Claim::statement)
          .thenComparing(Claim::claimId);

  private final ClaimActors actors;
  private final ClaimObjects objects;
  private final Map<ClaimKey, ClaimBucket> buckets = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private long arrivals;

  /** A merger naming actors from the built-in dictionary. */
  public ClaimMerger() {
    this(ActorDictionary.builtIn());
  }

  /** A merger that reduces codes and names actors with {@code dictionary}. */
  public ClaimMerger(ActorDictionary dictionary) {
    this.actors = new ClaimActors(dictionary);
    this.objects = ClaimObjects.builtIn();
  }

  /**
   * The merge key of an event, as text: events with different keys never share a claim, so a merger
   * given only the events of some keys makes exactly the claims of those keys that a merger given
   * every event makes. A batch job partitions events by it (the Spark job shuffles by it).
   */
  public String key(Event e) {
    return ClaimKey.of(Objects.requireNonNull(e, "e"), actors).text();
  }

  /**
   * Whether the events of key {@code key} (a {@link #key} text) are background history: every event
   * of a key is, or none is, so evidence kept without its events knows it from its key.
   *
   * @throws IllegalArgumentException if {@code key} is not a key's text
   */
  public static boolean historicalKey(String key) {
    return ClaimKey.parse(key).historical();
  }

  /** Adds one event from a document of source family {@code familyId}. */
  public void add(Event e, String familyId) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(familyId, "familyId");
    if (!seen.add(e.eventId())) {
      return;
    }
    ClaimKey key = ClaimKey.of(e, actors);
    buckets.computeIfAbsent(key, ClaimBucket::new).add(evidence(e, key, familyId, arrivals++));
  }

  /**
   * What event {@code e}, from a document of source family {@code familyId}, adds to the claims of
   * its key: what {@link #add} keeps of it. {@code arrival} numbers the events in the order they
   * are added (see {@link ClaimEvidence#arrival()}). The mention carries the event's document URI
   * and sentence.
   */
  public ClaimEvidence evidence(Event e, String familyId, long arrival) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(familyId, "familyId");
    return evidence(e, ClaimKey.of(e, actors), familyId, arrival);
  }

  private ClaimEvidence evidence(Event e, ClaimKey key, String familyId, long arrival) {
    ClaimMention mention =
        new ClaimMention(
            e.docId(),
            e.docUri(),
            familyId,
            e.sentence(),
            e.sentenceIndex(),
            e.modality(),
            e.modalityCue(),
            e.eventId(),
            e.published(),
            e.date(),
            e.historical());
    int position = e.sentence().indexOf(e.source().text());
    return new ClaimEvidence(
        key.text(),
        mention,
        actors.countryLevel(e.source().code()),
        e.target().map(t -> actors.countryLevel(t.code())),
        objects.classOf(e.object()),
        ClaimPeriod.of(e),
        position < 0 ? Integer.MAX_VALUE : position,
        arrival);
  }

  /** Adds the events coded from {@code doc}, a document of source family {@code familyId}. */
  public void add(Document doc, List<Event> events, String familyId) {
    for (Event e : events) {
      if (!e.docId().equals(doc.id())) {
        throw new IllegalArgumentException(
            "event " + e.eventId() + " is from " + e.docId() + ", not " + doc.id());
      }
      add(e, familyId);
    }
  }

  /**
   * The claims that the evidence of one key makes, as {@link #claims()} gives them for a merger
   * that was given those events: a caller that keeps each key's evidence (a store) merges again
   * only the keys new events fall under. The evidence may come in any order; a second piece with
   * the same event id is ignored.
   *
   * @throws IllegalArgumentException if a piece of evidence is of another key
   */
  public List<Claim> claims(String key, Collection<ClaimEvidence> evidence) {
    ClaimKey parsed = ClaimKey.parse(key);
    Map<String, ClaimEvidence> byEvent = new LinkedHashMap<>();
    for (ClaimEvidence e : evidence) {
      if (!e.key().equals(key)) {
        throw new IllegalArgumentException(
            "evidence of event "
                + e.mention().eventId()
                + " is of key "
                + e.key()
                + ", not "
                + key);
      }
      byEvent.putIfAbsent(e.mention().eventId(), e);
    }
    return ClaimBucket.claims(parsed, byEvent.values(), actors);
  }

  /**
   * The claims of key {@code key} from {@code evidence} (each event once), kept up to date as more
   * is added: see {@link KeyClaims}.
   *
   * @throws IllegalArgumentException if a piece of evidence is of another key
   */
  public KeyClaims keyClaims(String key, Collection<ClaimEvidence> evidence) {
    return new KeyClaims(ClaimKey.parse(key), actors, evidence);
  }

  /** Every claim so far: the most independently sourced first, then by documents and statement. */
  public List<Claim> claims() {
    List<Claim> all = new ArrayList<>();
    for (ClaimBucket bucket : buckets.values()) {
      all.addAll(bucket.claims(actors));
    }
    all.sort(ORDER);
    return all;
  }
}
