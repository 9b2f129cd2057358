package dev.dyad.core.claims;

import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim about a dyad, or about one actor's act with no target (a protest, a mobilisation),
 * merged across every sentence and report that makes it.
 *
 * @param claimId stable id: a hash of the merge key (country-level dyad, type, mode, historical)
 *     and the event id of the first of its mentions to be added (in ingest order). A claim keeps it
 *     as later reports join it, whatever their dates; when two claims become one, the merged claim
 *     keeps the id of the one that came first.
 * @param statement the claim in plain English ("North Korea provided military aid (munitions) to
 *     Russia")
 * @param source who acted; for a symmetric claim, the party named first in the earliest mention
 * @param target whom it was aimed at; for a symmetric claim, the other party; empty for a claim
 *     with no target, which dyad views leave out
 * @param eventType the PLOVER type
 * @param mode the PLOVER mode, when coded
 * @param object the object class ("munitions", "troops"), when any mention names one
 * @param status how well it is supported (see {@link ClaimStatus})
 * @param documents distinct documents that make it
 * @param independentSources distinct source families among them
 * @param modalityProfile documents per modality (a document counts once per modality it uses)
 * @param firstReported the earliest publication date among the mentions (ISO), when known
 * @param lastReported the latest one
 * @param mentions one per sentence, earliest first
 */
public record Claim(
    String claimId,
    String statement,
    ClaimActor source,
    Optional<ClaimActor> target,
    EventType eventType,
    Optional<String> mode,
    Optional<String> object,
    ClaimStatus status,
    int documents,
    int independentSources,
    Map<Modality, Integer> modalityProfile,
    Optional<String> firstReported,
    Optional<String> lastReported,
    List<ClaimMention> mentions) {

  /** Whether the claim has a target: dyad views (rankings, timelines, edges) count only these. */
  public boolean dyadic() {
    return target.isPresent();
  }

  /** The target's code, or null for a claim with no target (for writers of nullable columns). */
  public String targetCode() {
    return target.map(ClaimActor::code).orElse(null);
  }

  /** The target's name, or null for a claim with no target. */
  public String targetName() {
    return target.map(ClaimActor::name).orElse(null);
  }

  public Claim {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(firstReported, "firstReported");
    Objects.requireNonNull(lastReported, "lastReported");
    modalityProfile =
        modalityProfile.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(modalityProfile));
    mentions = List.copyOf(mentions);
  }
}
