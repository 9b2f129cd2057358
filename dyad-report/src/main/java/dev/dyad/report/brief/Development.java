package dev.dyad.report.brief;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.report.analytics.ClaimDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One claim (rarely two merged: a third party condemning both sides of a dyad in one breath) as the
 * brief shows it.
 *
 * @param claimIds the claims behind it
 * @param statement the claim in plain English
 * @param status how well it is supported
 * @param date its date by the store's claim-date rule ({@link BriefStore#claimDates}), when it has
 *     one
 * @param factualSources distinct source families that state it as fact (asserted or reported)
 * @param independentSources distinct source families that make it in any way, denials included
 * @param documents distinct articles that make it
 * @param evidence the most direct sentence that makes it
 * @param denial the most direct sentence that denies it, for a disputed or denied claim
 * @param voices the sources by how they put it, the most direct first
 */
public record Development(
    List<String> claimIds,
    String statement,
    ClaimStatus status,
    Optional<ClaimDate> date,
    int factualSources,
    int independentSources,
    int documents,
    Quote evidence,
    Optional<Quote> denial,
    List<Voice> voices) {

  public Development {
    claimIds = List.copyOf(claimIds);
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(denial, "denial");
    voices = List.copyOf(voices);
  }

  /** Every source it cites, ascending. */
  public List<Integer> citations() {
    TreeSet<Integer> all = new TreeSet<>();
    voices.forEach(v -> all.addAll(v.citations()));
    return List.copyOf(all);
  }
}
