package dev.dyad.store;

import dev.dyad.core.claims.Claim;
import java.util.List;

/**
 * One page of the claims a query selects.
 *
 * @param total how many claims the query selects in all
 * @param claims the page's claims, best supported first
 */
public record ClaimPage(int total, List<Claim> claims) {
  public ClaimPage {
    claims = List.copyOf(claims);
  }
}
