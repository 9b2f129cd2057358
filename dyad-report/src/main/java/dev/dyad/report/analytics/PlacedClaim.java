package dev.dyad.report.analytics;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim as the activity questions weigh it, without its statement or mentions: its actors, its
 * weight and Goldstein intensity, and its place in time (the store's claim date).
 *
 * @param claimId the claim
 * @param source who acted
 * @param target on whom; empty for a claim with no target (counted for its source, in no dyad)
 * @param weight {@link ClaimWeights#weight} of its status and independent sources
 * @param intensity the Goldstein intensity of its kind (negative: conflict)
 * @param date where the claim-date rule places it
 */
public record PlacedClaim(
    String claimId,
    ClaimActor source,
    Optional<ClaimActor> target,
    ClaimStatus status,
    double weight,
    double intensity,
    ClaimDate date) {

  public PlacedClaim {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
  }
}
