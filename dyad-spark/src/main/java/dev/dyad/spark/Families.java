package dev.dyad.spark;

import dev.dyad.core.claims.FamilySignature;
import dev.dyad.core.claims.SourceFamilies;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Source families over a whole corpus, the same as {@link SourceFamilies} gives when the documents
 * are added one by one in their {@link Order}.
 *
 * <p>{@code SourceFamilies} joins a document to an earlier one when they share an LSH band key and
 * their MinHash estimate reaches the threshold; families are the connected components of those
 * pairs, each named by its first document. Here: the band keys are shuffled (a key and a document's
 * order, 20 bytes per band), every key that two or more documents share gives its member set, equal
 * sets (a copy shares most of its bands with its original) are counted once, the signatures and
 * publication dates of their members are joined to them, and each set is run through the core's own
 * {@code SourceFamilies} in order, which verifies its pairs (similar, and near in time) as the
 * embedded path does. Each member then points at the first document of its component within the
 * set; the union of those links over every set has the components of the embedded path, and is
 * joined on the driver by a union-find whose roots are the earliest documents. Only documents with
 * a copy take part in the last two steps.
 */
final class Families {
  private Families() {}

  /**
   * The family of every document that is not its own family's only member and first document: doc
   * id to family id.
   *
   * @param signatures doc id to {@code FamilySignature} bytes, one per document of {@code heads}
   */
  static Map<String, String> of(
      JavaPairRDD<String, Head> heads, JavaPairRDD<String, byte[]> signatures, int partitions) {
    JavaPairRDD<Order, Signed> byOrder =
        heads
            .join(signatures, partitions)
            .mapToPair(
                t -> {
                  Head h = t._2()._1();
                  return new Tuple2<>(h.order(), new Signed(t._1(), t._2()._2(), h.published()));
                });
    JavaPairRDD<Long, Order> keys =
        byOrder.flatMapToPair(
            t -> {
              long[] bands = BandKeys.of(t._2().signature());
              List<Tuple2<Long, Order>> out = new ArrayList<>(bands.length);
              for (long k : bands) {
                out.add(new Tuple2<>(k, t._1()));
              }
              return out.iterator();
            });
    // Member sets of the keys two or more documents share, each set once, numbered.
    JavaPairRDD<List<Order>, Long> sets =
        keys.groupByKey(partitions)
            .values()
            .map(Families::sortedMembers)
            .filter(members -> members.size() > 1)
            .distinct(partitions)
            .zipWithUniqueId();
    JavaPairRDD<Order, Long> memberships =
        sets.flatMapToPair(
            t -> t._1().stream().map(o -> new Tuple2<>(o, t._2())).toList().iterator());
    JavaPairRDD<Long, Iterable<Tuple2<Order, Signed>>> bySet =
        memberships
            .join(byOrder, partitions)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
            .groupByKey(partitions);
    List<Link> links = bySet.flatMap(t -> links(t._2()).iterator()).distinct().collect();
    return roots(links);
  }

  /** A document's id, {@code FamilySignature} bytes and publication date (null when unknown). */
  record Signed(String docId, byte[] signature, LocalDate published)
      implements java.io.Serializable {}

  /** A document and the first document of its component within one member set. */
  record Link(Order member, String memberId, Order first, String firstId)
      implements java.io.Serializable {}

  private static List<Order> sortedMembers(Iterable<Order> members) {
    List<Order> list = new ArrayList<>();
    members.forEach(list::add);
    list.sort(null);
    return list;
  }

  /** One set through the core's {@code SourceFamilies}, in order. */
  private static List<Link> links(Iterable<Tuple2<Order, Signed>> members) {
    List<Tuple2<Order, Signed>> sorted = new ArrayList<>();
    members.forEach(sorted::add);
    sorted.sort((a, b) -> a._1().compareTo(b._1()));
    SourceFamilies families = new SourceFamilies();
    Map<String, Order> orders = new HashMap<>();
    for (Tuple2<Order, Signed> m : sorted) {
      Signed d = m._2();
      families.add(
          d.docId(), FamilySignature.fromBytes(d.signature()), Optional.ofNullable(d.published()));
      orders.put(d.docId(), m._1());
    }
    List<Link> out = new ArrayList<>();
    for (Tuple2<Order, Signed> m : sorted) {
      String id = m._2().docId();
      String first = families.familyOf(id);
      if (!first.equals(id)) {
        out.add(new Link(m._1(), id, orders.get(first), first));
      }
    }
    return out;
  }

  /** Union-find over the links, the earliest document of each component its root. */
  private static Map<String, String> roots(List<Link> links) {
    Map<Order, Order> parent = new HashMap<>();
    Map<Order, String> ids = new HashMap<>();
    for (Link l : links) {
      ids.put(l.member(), l.memberId());
      ids.put(l.first(), l.firstId());
      Order a = find(parent, l.member());
      Order b = find(parent, l.first());
      if (!a.equals(b)) {
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> family = new HashMap<>();
    for (Map.Entry<Order, String> e : ids.entrySet()) {
      Order root = find(parent, e.getKey());
      if (!root.equals(e.getKey())) {
        family.put(e.getValue(), ids.get(root));
      }
    }
    return family;
  }

  private static Order find(Map<Order, Order> parent, Order x) {
    Order r = x;
    for (Order p = parent.get(r); p != null; p = parent.get(r)) {
      r = p;
    }
    // Path compression: point every node on the way at the root.
    for (Order y = x; !y.equals(r); ) {
      Order next = parent.get(y);
      parent.put(y, r);
      y = next;
    }
    return r;
  }
}
