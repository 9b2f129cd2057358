package dev.dyad.report.brief;

import dev.dyad.core.claims.ClaimActor;
import java.util.List;

/**
 * Who a brief is about: the two sides of a dyad, or one actor.
 *
 * @param members one or two actors, in the order asked for
 */
public record BriefSubject(List<ClaimActor> members) {
  public BriefSubject {
    members = List.copyOf(members);
    if (members.isEmpty() || members.size() > 2) {
      throw new IllegalArgumentException("one or two members, not " + members.size());
    }
  }

  public boolean isDyad() {
    return members.size() == 2;
  }

  /** "North Korea – Russia", or "Russia". */
  public String title() {
    return isDyad() ? members.get(0).name() + " – " + members.get(1).name() : members.get(0).name();
  }

  /** As it reads in a sentence: "between North Korea and Russia", or "involving Russia". */
  public String phrase() {
    return isDyad()
        ? "between "
            + ActorNames.phrase(members.get(0))
            + " and "
            + ActorNames.phrase(members.get(1))
        : "involving " + ActorNames.phrase(members.get(0));
  }

  /** Whether a country-level code is one of the members (codes are prefixes: RUS is RUS). */
  boolean includes(String code) {
    return members.stream().anyMatch(m -> code.startsWith(m.code()));
  }
}
