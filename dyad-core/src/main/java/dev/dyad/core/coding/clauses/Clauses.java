package dev.dyad.core.coding.clauses;

import java.util.List;

/** The clauses of a sentence and the clause of each token. */
public final class Clauses {
  private final List<Clause> all;
  private final int[] clauseOf;

  Clauses(List<Clause> all, int[] clauseOf) {
    this.all = List.copyOf(all);
    this.clauseOf = clauseOf.clone();
  }

  public List<Clause> all() {
    return all;
  }

  public Clause of(int token) {
    return all.get(clauseOf[token]);
  }

  /**
   * Whether {@code inner} is {@code outer} or lies in it through transparent (complement) clauses.
   */
  public boolean reaches(Clause outer, Clause inner) {
    Clause c = inner;
    while (c.id() != outer.id()) {
      if (!c.kind().transparent() || c.parent() < 0) {
        return false;
      }
      c = all.get(c.parent());
    }
    return true;
  }

  /** Whether {@code inner} is {@code outer} or lies in it through any clauses. */
  public boolean within(Clause outer, Clause inner) {
    Clause c = inner;
    while (c.id() != outer.id()) {
      if (c.parent() < 0) {
        return false;
      }
      c = all.get(c.parent());
    }
    return true;
  }

  /** Whether {@code clause} is a main clause or hangs from one through complements only. */
  public boolean underTopLevel(Clause clause) {
    Clause c = clause;
    while (!c.kind().topLevel()) {
      if (!c.kind().transparent() || c.parent() < 0) {
        return false;
      }
      c = all.get(c.parent());
    }
    return true;
  }

  public boolean hasCondition() {
    return all.stream().anyMatch(c -> c.kind() == ClauseKind.CONDITION);
  }
}
