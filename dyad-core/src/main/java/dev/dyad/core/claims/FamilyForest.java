package dev.dyad.core.claims;

import java.util.Arrays;

/**
 * Union-find over document numbers in arrival order. The root of a set is always its lowest number,
 * so a family's representative is its first document whatever order the unions come in.
 * Single-writer.
 */
final class FamilyForest {
  private int[] parent = new int[1024];
  private int size;
  private int sets;

  /** Adds a one-element set and returns its number. */
  int add() {
    if (size == parent.length) {
      parent = Arrays.copyOf(parent, size * 2);
    }
    parent[size] = size;
    sets++;
    return size++;
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]]; // path halving
      x = parent[x];
    }
    return x;
  }

  /** Joins the sets of {@code a} and {@code b}; true if they were apart. */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    // The lower number stays root: it is the family's first document.
    if (ra < rb) {
      parent[rb] = ra;
    } else {
      parent[ra] = rb;
    }
    sets--;
    return true;
  }

  int size() {
    return size;
  }

  int sets() {
    return sets;
  }
}
