package dev.dyad.store.analytics;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.report.analytics.ClaimDate;
import java.util.Optional;

/** What the questions need of a claim: no statement, no sentences. */
record ClaimRow(
    String claimId,
    ClaimActor source,
    Optional<ClaimActor> target, // empty: a claim with no target
    EventType eventType,
    Optional<String> mode,
    ClaimStatus status,
    int independentSources,
    Optional<ClaimDate> date) {

  /** The Goldstein intensity of its CAMEO kind, as the network export reads it. */
  double intensity(EventOntology ontology) {
    return ontology.kind(eventType, mode).intensity();
  }
}
