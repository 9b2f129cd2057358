package dev.dyad.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A document's place in the order the store would have ingested it: the run that wrote it (runs in
 * the order they started), then its place in that run's input. Source families are numbered in it:
 * a family's id is its first document's.
 */
record Order(int run, long seq) implements Comparable<Order>, Serializable {
  private static final Comparator<Order> ORDER =
      Comparator.comparingInt(Order::run).thenComparingLong(Order::seq);

  @Override
  public int compareTo(Order o) {
    return ORDER.compare(this, o);
  }
}
