package dev.dyad.report.brief;

import dev.dyad.core.claims.ClaimActor;
import java.util.List;
import java.util.Objects;

/**
 * What one third party did toward the subject (or, for a dyad, the subject toward it), newest
 * first.
 */
public record ReactionGroup(ClaimActor actor, List<Development> reactions) {
  public ReactionGroup {
    Objects.requireNonNull(actor, "actor");
    reactions = List.copyOf(reactions);
  }
}
