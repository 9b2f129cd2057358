package dev.dyad.bench;

import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.clean.DocumentIds;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Source families over a synthetic corpus of one million sentences: 50,000 documents of 20
 * sentences from a Zipf-distributed vocabulary with a fixed seed, 10% of them near-copies of an
 * earlier document (tagline, one or two sentences rewritten, truncation to 70%, reordered
 * paragraphs or boilerplate). Texts are generated on the fly and dropped after {@code add}, so the
 * heap holds only what the family index keeps.
 *
 * <p>Run: {@code java -cp dyad-bench/target/benchmarks.jar dev.dyad.bench.FamilyBenchmarkMain
 * [documents]}; add {@code -Xmx} to check that the index fits a given heap.
 */
public final class FamilyBenchmarkMain {
  private static final long SEED = 20260314L;
  private static final int SENTENCES = 20;
  private static final int VOCABULARY = 20_000;
  private static final String[] WORDS = vocabulary();
  private static final double[] ZIPF = zipf();

  private FamilyBenchmarkMain() {}

  public static void main(String[] args) {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Runtime rt = Runtime.getRuntime();
    long baseline = settledUsed(rt);

    SourceFamilies families = new SourceFamilies();
    SplittableRandom plan = new SplittableRandom(SEED);
    List<String> firstIds = new ArrayList<>(documents);
    // A copy's source must be an original: the generator can only regenerate originals.
    List<Integer> originals = new ArrayList<>(documents);
    long addNanos = 0;
    long peak = 0;
    int copies = 0;
    int copiesJoined = 0;
    long sentences = 0;
    long started = System.nanoTime();
    for (int i = 0; i < documents; i++) {
      boolean copy = i > 0 && plan.nextInt(10) == 0;
      int source = copy ? originals.get(plan.nextInt(originals.size())) : i;
      if (!copy) {
        originals.add(i);
      }
      List<String> body = article(source);
      if (copy) {
        body = edit(body, new SplittableRandom(SEED ^ (31L * i)));
      }
      sentences += body.size();
      String text = String.join(" ", body);
      Document doc =
          new Document(
              DocumentIds.of(text),
              "synthetic:" + i,
              "synthetic:" + i,
              Optional.empty(),
              PublicationDate.UNKNOWN,
              text,
              List.of(),
              List.of(),
              Map.of());
      long t = System.nanoTime();
      String family = families.add(doc);
      addNanos += System.nanoTime() - t;
      firstIds.add(doc.id());
      if (copy) {
        copies++;
        if (family.equals(families.familyOf(firstIds.get(source)))) {
          copiesJoined++;
        }
      }
      if (i % 1000 == 0) {
        peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
      }
    }
    long wall = System.nanoTime() - started;
    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
    long retained = settledUsed(rt) - baseline;

    System.out.printf(
        "documents %d (%d near-copies), sentences %d%n", families.documents(), copies, sentences);
    System.out.printf(
        "families %d; near-copies joined to their source's family %d of %d (%.4f)%n",
        families.families(), copiesJoined, copies, (double) copiesJoined / Math.max(1, copies));
    System.out.printf(
        "add(): %.2f s in all, %.1f µs per document; wall with text generation and ids %.2f s%n",
        addNanos / 1e9, addNanos / 1e3 / documents, wall / 1e9);
    System.out.printf(
        "heap: retained after GC %.1f MB (%.0f bytes per document, ids list included);"
            + " peak used sampled %.1f MB; max heap %.0f MB%n",
        retained / 1e6, (double) retained / documents, peak / 1e6, rt.maxMemory() / 1e6);
    // Keeps the index reachable until it has been measured.
    if (families.documents() < 0 || firstIds.isEmpty()) {
      throw new AssertionError();
    }
  }

  /** The sentences of document {@code n}, the same on every call. */
  static List<String> article(int n) {
    SplittableRandom r = new SplittableRandom(SEED * 1_000_003L + n);
    List<String> out = new ArrayList<>(SENTENCES);
    for (int s = 0; s < SENTENCES; s++) {
      out.add(sentence(r));
    }
    return out;
  }

  private static String sentence(SplittableRandom r) {
    int length = 12 + r.nextInt(14);
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < length; w++) {
      String word = WORDS[zipfIndex(r)];
      if (w == 0) {
        b.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      } else {
        b.append(' ').append(word);
      }
    }
    return b.append('.').toString();
  }

  /** A near-copy: what syndication does to a wire story. */
  static List<String> edit(List<String> body, SplittableRandom r) {
    List<String> out = new ArrayList<>(body);
    switch (r.nextInt(5)) {
      case 0 ->
          out.add(
              "This story was first published by a partner wire and is republished with permission.");
      case 1 -> {
        for (int k = 1 + r.nextInt(2); k > 0; k--) {
          out.set(r.nextInt(out.size()), sentence(r));
        }
      }
      case 2 -> out.subList((int) (out.size() * 0.7), out.size()).clear();
      case 3 -> Collections.rotate(out.subList(5, out.size()), 5);
      default -> {
        out.add(
            0,
            "Sign up for our newsletter to get the day's top stories in your inbox every morning.");
        out.add(
            "Follow us for live updates. Read more: today's most read stories and our editors' picks.");
      }
    }
    return out;
  }

  private static String[] vocabulary() {
    SplittableRandom r = new SplittableRandom(SEED);
    String letters = "etaoinshrdlcumwfgypbvk";
    String[] words = new String[VOCABULARY];
    for (int i = 0; i < words.length; i++) {
      StringBuilder w = new StringBuilder();
      for (int n = 2 + r.nextInt(8); n > 0; n--) {
        w.append(letters.charAt(r.nextInt(letters.length())));
      }
      words[i] = w.toString();
    }
    return words;
  }

  /** Cumulative Zipf(1) weights, so that common words repeat as in news text. */
  private static double[] zipf() {
    double[] c = new double[VOCABULARY];
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += 1.0 / (i + 1);
      c[i] = sum;
    }
    for (int i = 0; i < c.length; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static int zipfIndex(SplittableRandom r) {
    int i = java.util.Arrays.binarySearch(ZIPF, r.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, VOCABULARY - 1);
  }

  private static long settledUsed(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
