package dev.dyad.core.coding.patterns;

import java.util.Set;

/**
 * The sectors a pattern's source and target must have (options {@code src=COP|MIL} and {@code
 * tgt=CVL|OPP}), for verbs whose sense depends on who acts on whom: police who "beat" protesters
 * assault them, a candidate who "beats" a rival wins an election, and Spain that "beat" Italy wins
 * a match. An empty set allows any actor.
 *
 * @param source sectors the source must have, or empty for any
 * @param target sectors the target must have, or empty for any
 */
public record SectorLimits(Set<String> source, Set<String> target) {
  /** No limit on either side. */
  public static final SectorLimits NONE = new SectorLimits(Set.of(), Set.of());

  public SectorLimits {
    source = Set.copyOf(source);
    target = Set.copyOf(target);
  }

  /**
   * Whether the actor codes fit: each limited side must be a state's sector ("KENCOP", "SRBOPP"), a
   * person coded with one, never a bare state, an organisation or a missing target.
   */
  public boolean allows(String sourceCode, String targetCode) {
    return fits(source, sourceCode) && fits(target, targetCode);
  }

  private static boolean fits(Set<String> sectors, String code) {
    if (sectors.isEmpty()) {
      return true;
    }
    return code != null
        && code.length() >= 6
        && !code.startsWith("IGO")
        && !code.startsWith("NGO")
        && sectors.contains(code.substring(3, 6));
  }
}
