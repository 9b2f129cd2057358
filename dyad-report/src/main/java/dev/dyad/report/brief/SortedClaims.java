package dev.dyad.report.brief;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The subject's claims sorted into the brief's places.
 *
 * @param own within the subject (and, for an actor, every open allegation about it)
 * @param reactions with a third party on one side
 * @param speculated only speculated, never stated
 * @param historicalLeftOut claims about the past, counted and left out
 */
record SortedClaims(
    List<Claim> own, List<Claim> reactions, List<Claim> speculated, int historicalLeftOut) {
  static final Set<ClaimStatus> FACTS = EnumSet.of(ClaimStatus.CONFIRMED, ClaimStatus.REPORTED);
  static final Set<ClaimStatus> OPEN = EnumSet.of(ClaimStatus.ALLEGED, ClaimStatus.DISPUTED);

  SortedClaims {
    own = List.copyOf(own);
    reactions = List.copyOf(reactions);
    speculated = List.copyOf(speculated);
  }

  static SortedClaims of(Collection<Claim> claims, BriefSubject subject, Set<String> historical) {
    List<Claim> own = new ArrayList<>();
    List<Claim> reactions = new ArrayList<>();
    List<Claim> speculated = new ArrayList<>();
    int past = 0;
    for (Claim c : claims) {
      ClaimSides.Side side = ClaimSides.of(c, subject);
      if (side == ClaimSides.Side.NONE) {
        continue;
      }
      if (historical.contains(c.claimId())) {
        past++;
      } else if (c.status() == ClaimStatus.SPECULATIVE) {
        speculated.add(c);
      } else if (side == ClaimSides.Side.OWN || !subject.isDyad() && OPEN.contains(c.status())) {
        // An allegation about an actor is open whoever acted: it belongs under its Unconfirmed.
        own.add(c);
      } else {
        reactions.add(c);
      }
    }
    return new SortedClaims(own, reactions, speculated, past);
  }

  /** Every claim the brief shows. */
  List<Claim> shown() {
    return Stream.of(own, reactions, speculated).flatMap(List::stream).toList();
  }
}
