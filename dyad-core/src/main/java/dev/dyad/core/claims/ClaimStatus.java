package dev.dyad.core.claims;

import dev.dyad.core.coding.modality.Modality;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How well a claim is supported, from the modalities of its mentions and their source families.
 *
 * <p>Rules, first match wins:
 *
 * <ol>
 *   <li>{@link #DISPUTED}: stated (asserted, reported or alleged) somewhere and negated somewhere;
 *   <li>{@link #CONFIRMED}: asserted or reported by two or more independent source families;
 *   <li>{@link #REPORTED}: asserted or reported by one family;
 *   <li>{@link #ALLEGED}: alleged, perhaps also speculated about, never stated as fact;
 *   <li>{@link #PLANNED}: planned or conditional only (speculation may accompany it);
 *   <li>{@link #SPECULATIVE}: speculative only;
 *   <li>{@link #DENIED}: only negated (perhaps also planned or speculated about).
 * </ol>
 */
public enum ClaimStatus {
  CONFIRMED,
  REPORTED,
  ALLEGED,
  DISPUTED,
  PLANNED,
  SPECULATIVE,
  /** Said not to have happened and never stated: added because no other status fits. */
  DENIED;

  /** The label in output: the lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of a claim with these mentions. */
  static ClaimStatus of(Collection<ClaimMention> mentions) {
    Set<String> factualFamilies = new HashSet<>();
    Set<Modality> seen = new HashSet<>();
    for (ClaimMention m : mentions) {
      seen.add(m.modality());
      if (m.modality().isFactual()) {
        factualFamilies.add(m.familyId());
      }
    }
    boolean stated = !factualFamilies.isEmpty() || seen.contains(Modality.ALLEGED);
    if (stated && seen.contains(Modality.NEGATED)) {
      return DISPUTED;
    }
    if (factualFamilies.size() >= 2) {
      return CONFIRMED;
    }
    if (!factualFamilies.isEmpty()) {
      return REPORTED;
    }
    if (seen.contains(Modality.ALLEGED)) {
      return ALLEGED;
    }
    if (seen.contains(Modality.PLANNED) || seen.contains(Modality.CONDITIONAL)) {
      return PLANNED;
    }
    if (seen.contains(Modality.SPECULATIVE)) {
      return SPECULATIVE;
    }
    return DENIED;
  }
}
