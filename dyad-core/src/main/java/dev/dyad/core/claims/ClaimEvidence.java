package dev.dyad.core.claims;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One event as the merger sees it: the key it merges under, its mention, and what decides which
 * claim it joins. A store keeps these so that it can merge again the claims of one key without
 * reading the events ({@link ClaimMerger#evidence}, {@link ClaimMerger#claims(String,
 * java.util.Collection)}).
 *
 * @param key the merge key as text (country-level dyad, type, mode, symmetry, history)
 * @param mention the mention it becomes
 * @param source the country-level source as coded
 * @param target the country-level target as coded; empty for an event with no target
 * @param objectClass the class of its object, when it has one
 * @param period the days it may have happened on, when dated
 * @param sourcePosition where the source is named in the sentence; orders the two readings of a
 *     symmetric sentence so that "between North Korea and Russia" puts North Korea first
 * @param arrival when the merger received it, in any increasing numbering (events in ingest order):
 *     the earliest arrival among a claim's mentions names the claim, so that a claim keeps its id
 *     as later reports join it
 */
public record ClaimEvidence(
    String key,
    ClaimMention mention,
    String source,
    Optional<String> target,
    Optional<String> objectClass,
    Optional<ClaimPeriod> period,
    int sourcePosition,
    long arrival) {

  public ClaimEvidence {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(objectClass, "objectClass");
    Objects.requireNonNull(period, "period");
  }

  /**
   * Earliest report first; ties broken by document, sentence and position, so never by input order.
   */
  static final Comparator<ClaimEvidence> CHRONOLOGICAL = ClaimEvidence::chronological;

  /**
   * Evidence with an object and a precise date first: it founds the claims the vaguer joins. The
   * order the merger takes a key's evidence in; a caller that keeps evidence in it saves the merge
   * most of its sort. Written out rather than chained: a hot key's merge compares hundreds of
   * thousands of pairs, and the chained form boxes a number and allocates on every comparison.
   */
  public static final Comparator<ClaimEvidence> SPECIFIC_FIRST =
      (a, b) -> {
        int c = Boolean.compare(a.objectClass.isEmpty(), b.objectClass.isEmpty());
        if (c != 0) {
          return c;
        }
        c = Long.compare(days(a), days(b));
        return c != 0 ? c : chronological(a, b);
      };

  private static long days(ClaimEvidence e) {
    return e.period.isEmpty() ? Long.MAX_VALUE : e.period.get().days();
  }

  private static int chronological(ClaimEvidence a, ClaimEvidence b) {
    // An undated report comes after every dated one.
    java.time.LocalDate x = a.mention.published().orElse(null);
    java.time.LocalDate y = b.mention.published().orElse(null);
    int c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
    if (c != 0) {
      return c;
    }
    c = a.mention.docId().compareTo(b.mention.docId());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.mention.sentenceIndex(), b.mention.sentenceIndex());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.sourcePosition, b.sourcePosition);
    return c != 0 ? c : a.mention.eventId().compareTo(b.mention.eventId());
  }
}
