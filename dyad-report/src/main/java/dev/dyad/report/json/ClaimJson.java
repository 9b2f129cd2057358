package dev.dyad.report.json;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.coding.modality.Modality;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON Lines contracts of {@code dyad claims} and {@code dyad assessments}. Field names are a
 * contract other tools read: add fields, never rename.
 */
public final class ClaimJson {
  private ClaimJson() {}

  /** A claim's fields, in contract order; {@link Json#write} makes its line. */
  public static Map<String, Object> claim(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("claim_id", c.claimId());
    m.put("statement", c.statement());
    m.put("source", actor(c.source()));
    // Null for a claim with no target.
    m.put("target", c.target().map(ClaimJson::actor).orElse(null));
    m.put("event_type", c.eventType().name());
    m.put("mode", c.mode().orElse(null));
    m.put("object", c.object().orElse(null));
    m.put("status", c.status().label());
    m.put("documents", c.documents());
    m.put("independent_sources", c.independentSources());
    Map<String, Integer> profile = new LinkedHashMap<>();
    for (Modality modality : Modality.values()) {
      profile.put(modality.label(), c.modalityProfile().getOrDefault(modality, 0));
    }
    m.put("modality_profile", profile);
    m.put("first_reported", c.firstReported().orElse(null));
    m.put("last_reported", c.lastReported().orElse(null));
    m.put("mentions", c.mentions().stream().map(MentionJson::of).toList());
    return m;
  }

  /** An assessment's fields, in contract order. */
  public static Map<String, Object> assessment(Assessment a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("assessment_id", a.assessmentId());
    m.put("topic", a.topic());
    m.put("direction", a.direction().label());
    m.put("actors", a.actors());
    m.put("statement", a.statement());
    m.put("documents", a.documents());
    m.put("independent_sources", a.independentSources());
    m.put("mentions", a.mentions().stream().map(MentionJson::of).toList());
    return m;
  }

  private static Map<String, Object> actor(ClaimActor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", a.code());
    m.put("name", a.name());
    return m;
  }
}
