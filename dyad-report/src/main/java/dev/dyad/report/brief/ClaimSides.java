package dev.dyad.report.brief;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a claim belongs in a brief: within the subject (between the two sides of a dyad; by the
 * actor, or mutual with it), a reaction (a third party on one side), or neither.
 */
final class ClaimSides {
  enum Side {
    OWN,
    REACTION,
    NONE
  }

  private ClaimSides() {}

  static Side of(Claim c, BriefSubject subject) {
    boolean source = subject.includes(c.source().code());
    if (c.target().isEmpty()) {
      // An act with no target (a protest, a mobilisation) is its actor's, and no dyad's.
      return source && !subject.isDyad() ? Side.OWN : Side.NONE;
    }
    boolean target = subject.includes(c.target().get().code());
    if (subject.isDyad()) {
      if (source && target) {
        return sameMember(c, subject) ? Side.NONE : Side.OWN;
      }
      return source || target ? Side.REACTION : Side.NONE;
    }
    if (source || target && mutual(c)) {
      return Side.OWN;
    }
    return target ? Side.REACTION : Side.NONE;
  }

  /**
   * The third party of a reaction (which always has a target): the side that is not the subject.
   */
  static ClaimActor other(Claim c, BriefSubject subject) {
    return subject.includes(c.source().code()) ? c.target().orElseThrow() : c.source();
  }

  /** The member of the subject in a reaction. */
  static ClaimActor member(Claim c, BriefSubject subject) {
    return subject.includes(c.source().code()) ? c.source() : c.target().orElseThrow();
  }

  private static boolean sameMember(Claim c, BriefSubject subject) {
    return subject.members().stream()
        .anyMatch(
            m ->
                c.source().code().startsWith(m.code())
                    && c.target().filter(t -> t.code().startsWith(m.code())).isPresent());
  }

  /**
   * Whether both sides did it together ("North Korea and Russia held talks"). Quirk: the claim
   * record does not keep the symmetric flag, but its statement shows it, as symmetric templates
   * name both sides first.
   */
  static boolean mutual(Claim c) {
    if (c.target().isEmpty()) {
      return false;
    }
    String both =
        "^(the )?"
            + Pattern.quote(c.source().name().toLowerCase(Locale.ROOT))
            + " and (the )?"
            + Pattern.quote(c.target().get().name().toLowerCase(Locale.ROOT))
            + " ";
    return Pattern.compile(both).matcher(c.statement().toLowerCase(Locale.ROOT)).find();
  }
}
