package dev.dyad.core.coding.patterns;

import java.util.Set;

/**
 * The sectors a pattern's source and target must have (options {@code src=COP|MIL} and {@code
 * tgt=CVL|OPP}), for verbs whose sense depends on who acts on whom: police who "beat" protesters
 * assault them, a candidate who "beats" a rival wins an election, and Spain that "beat" Italy wins
 * a match. An empty set allows any actor. {@code src=!GOV} names the sectors the source must not
 * have: a government that "protests against" a decision complains through diplomats; it does not
 * march. {@code tgt=!MIL|CVL} likewise names the sectors the target must not have: people "seized
 * by" an army are captured (ASSAULT), places and property seized are taken (COERCE).
 *
 * @param source sectors the source must have, or empty for any
 * @param target sectors the target must have, or empty for any
 * @param notSource sectors the source must not have, or empty for none
 * @param notTarget sectors the target must not have, or empty for none
 */
public record SectorLimits(
    Set<String> source, Set<String> target, Set<String> notSource, Set<String> notTarget) {
  /** No limit on either side. */
  public static final SectorLimits NONE = new SectorLimits(Set.of(), Set.of());

  public SectorLimits {
    source = Set.copyOf(source);
    target = Set.copyOf(target);
    notSource = Set.copyOf(notSource);
    notTarget = Set.copyOf(notTarget);
  }

  /** Limits that exclude no sector. */
  public SectorLimits(Set<String> source, Set<String> target) {
    this(source, target, Set.of(), Set.of());
  }

  /**
   * Whether the actor codes fit: each limited side must be a state's sector ("KENCOP", "SRBOPP"), a
   * person coded with one, never a bare state, an organisation or a missing target.
   */
  public boolean allows(String sourceCode, String targetCode) {
    return fits(source, sourceCode)
        && fits(target, targetCode)
        && (notSource.isEmpty() || !hasSector(notSource, sourceCode))
        && (notTarget.isEmpty() || !hasSector(notTarget, targetCode));
  }

  private static boolean fits(Set<String> sectors, String code) {
    return sectors.isEmpty() || hasSector(sectors, code);
  }

  private static boolean hasSector(Set<String> sectors, String code) {
    return code != null
        && code.length() >= 6
        && !code.startsWith("IGO")
        && !code.startsWith("NGO")
        && sectors.contains(code.substring(3, 6));
  }
}
