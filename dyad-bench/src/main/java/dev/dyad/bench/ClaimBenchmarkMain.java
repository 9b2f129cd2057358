package dev.dyad.bench;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMerger;
import dev.dyad.core.claims.SourceFamilies;
import dev.dyad.core.clean.DocumentIds;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Family detection and claim merging over the synthetic corpus of {@link FamilyBenchmarkMain} (by
 * default 50,000 documents × 20 sentences, 10% near-copies): first every document goes through
 * {@link SourceFamilies}, then the {@link SyntheticEvents} of each document (about 15% of
 * sentences) go into a {@link ClaimMerger} under the document's family, and {@code claims()} is
 * asked once. Times only {@code add} and {@code claims()}; text and event generation are outside
 * the clock. Reports the biggest merge key (events per dyad, type, mode) to show whether one hot
 * key dominates the cost.
 *
 * <p>Run: {@code java -cp dyad-bench/target/benchmarks.jar dev.dyad.bench.ClaimBenchmarkMain
 * [documents] [--hot share]}; {@code --hot 0.2} forces a fifth of all events onto one key. Add
 * {@code -Xmx} to check that both indexes fit a given heap.
 */
public final class ClaimBenchmarkMain {
  private static final Set<EventType> SYMMETRIC =
      EnumSet.of(EventType.CONSULT, EventType.COOPERATE, EventType.AGREE);

  private ClaimBenchmarkMain() {}

  public static void main(String[] args) {
    int documents = 50_000;
    double hot = 0;
    for (int a = 0; a < args.length; a++) {
      if (args[a].equals("--hot")) {
        hot = Double.parseDouble(args[++a]);
      } else {
        documents = Integer.parseInt(args[a]);
      }
    }
    Runtime rt = Runtime.getRuntime();
    long baseline = settledUsed(rt);
    long[] peak = {0};
    int[] plan = SyntheticCorpus.plan(documents);

    // Families: as FamilyBenchmarkMain, keeping each document's id and family for the events.
    SourceFamilies families = new SourceFamilies();
    String[] docIds = new String[documents];
    String[] familyOf = new String[documents];
    long familyNanos = 0;
    long sentences = 0;
    for (int i = 0; i < documents; i++) {
      List<String> body = SyntheticCorpus.body(i, plan);
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
      familyOf[i] = families.add(doc);
      familyNanos += System.nanoTime() - t;
      docIds[i] = doc.id();
      sample(rt, peak, i);
    }
    long familyPeak = peak[0];
    long afterFamilies = settledUsed(rt);
    long familyRetained = afterFamilies - baseline;

    // Claims: every document's events under its family.
    SyntheticEvents generator = new SyntheticEvents(hot);
    ClaimMerger merger = new ClaimMerger();
    Map<String, int[]> keySizes = new HashMap<>();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long addNanos = 0;
    long addCpu = 0;
    long events = 0;
    long copyEvents = 0;
    int copiesInOriginalFamily = 0;
    int copies = 0;
    peak[0] = 0;
    for (int i = 0; i < documents; i++) {
      int original = plan[i];
      List<String> body = SyntheticCorpus.body(i, plan);
      LocalDate originalPublished = SyntheticEvents.published(original, documents);
      LocalDate published = original == i ? originalPublished : originalPublished.plusDays(i % 4);
      List<Event> batch = generator.events(i, plan, docIds[i], published, originalPublished, body);
      String family = familyOf[i];
      if (original != i) {
        copies++;
        copyEvents += batch.size();
        if (family.equals(familyOf[original])) {
          copiesInOriginalFamily++;
        }
      }
      long t = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      for (Event e : batch) {
        merger.add(e, family);
      }
      addCpu += threads.getCurrentThreadCpuTime() - cpu;
      addNanos += System.nanoTime() - t;
      events += batch.size();
      for (Event e : batch) {
        keySizes.computeIfAbsent(key(e), k -> new int[1])[0]++;
      }
      sample(rt, peak, i);
    }
    long t = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    List<Claim> claims = merger.claims();
    long claimsCpu = threads.getCurrentThreadCpuTime() - cpu;
    long claimsNanos = System.nanoTime() - t;
    t = System.nanoTime();
    List<Claim> again = merger.claims();
    long againNanos = System.nanoTime() - t;
    sample(rt, peak, 0);
    long claimPeak = peak[0];

    String biggest = null;
    int biggestSize = 0;
    for (Map.Entry<String, int[]> k : keySizes.entrySet()) {
      if (k.getValue()[0] > biggestSize
          || (k.getValue()[0] == biggestSize && k.getKey().compareTo(biggest) < 0)) {
        biggest = k.getKey();
        biggestSize = k.getValue()[0];
      }
    }
    int keys = keySizes.size();
    int biggestClaims = 0;
    for (Claim c : claims) {
      if (claimKey(c).equals(biggest.substring(0, biggest.lastIndexOf('|')))) {
        biggestClaims++;
      }
    }
    keySizes = null;
    long retainedAll = settledUsed(rt) - baseline;
    long claimRetained = retainedAll - familyRetained;

    double familySeconds = familyNanos / 1e9;
    double addSeconds = addNanos / 1e9;
    double claimsSeconds = claimsNanos / 1e9;
    double mergeSeconds = addSeconds + claimsSeconds;
    System.out.printf(
        "corpus: %d documents (%d near-copies), %d sentences; %d events (%d in copies; "
            + "%d of %d copies in their original's family)%s%n",
        documents,
        copies,
        sentences,
        events,
        copyEvents,
        copiesInOriginalFamily,
        copies,
        hot > 0 ? String.format("; hot key share %.2f", hot) : "");
    System.out.printf(
        "families: %.2f s (%.1f µs/document), %d families; retained %.1f MB, peak %.1f MB%n",
        familySeconds,
        familyNanos / 1e3 / documents,
        families.families(),
        familyRetained / 1e6,
        familyPeak / 1e6);
    System.out.printf(
        "claims: %d events in %.2f s (add %.2f s + claims() %.2f s; %.0f events/s, "
            + "%.1f µs/event); %d claims over %d keys; claims() again %.1f ms%n",
        events,
        mergeSeconds,
        addSeconds,
        claimsSeconds,
        events / mergeSeconds,
        mergeSeconds * 1e6 / events,
        claims.size(),
        keys,
        againNanos / 1e6);
    // CPU time of the merging thread leaves out other processes on the machine (and GC threads).
    System.out.printf(
        "claims CPU (merging thread): add %.2f s + claims() %.2f s = %.1f µs/event%n",
        addCpu / 1e9, claimsCpu / 1e9, (addCpu + claimsCpu) / 1e3 / events);
    System.out.printf(
        "biggest key %s: %d events (%.1f%%) in %d claims%n",
        biggest, biggestSize, 100.0 * biggestSize / events, biggestClaims);
    System.out.printf(
        "heap: merger retained %.1f MB (%.0f bytes/event); retained in all %.1f MB; "
            + "peak used sampled %.1f MB during merging; max heap %.0f MB%n",
        claimRetained / 1e6,
        (double) claimRetained / events,
        retainedAll / 1e6,
        claimPeak / 1e6,
        rt.maxMemory() / 1e6);
    System.out.printf(
        "summary: families: %.2f s, %.1f MB; claims: %d events in %.2f s (%.0f events/s), "
            + "%d claims, biggest key %d events; retained heap %.1f MB (families %.1f + claims %.1f)%n",
        familySeconds,
        familyRetained / 1e6,
        events,
        mergeSeconds,
        events / mergeSeconds,
        claims.size(),
        biggestSize,
        retainedAll / 1e6,
        familyRetained / 1e6,
        claimRetained / 1e6);
    // Keeps both indexes reachable until they have been measured.
    if (families.documents() < 0
        || again.size() != claims.size()
        || docIds.length == 0
        || familyOf.length == 0) {
      throw new AssertionError();
    }
  }

  /** The merge key as ClaimMerger forms it, with the mode; "|hist" or "|now" last. */
  private static String key(Event e) {
    String s = SyntheticEvents.STATES[SyntheticEvents.stateIndex(e.source().code())];
    String t = SyntheticEvents.STATES[SyntheticEvents.stateIndex(e.target().orElseThrow().code())];
    if (SYMMETRIC.contains(e.eventType()) && s.compareTo(t) > 0) {
      String swap = s;
      s = t;
      t = swap;
    }
    return s
        + "|"
        + t
        + "|"
        + e.eventType()
        + "|"
        + e.mode().orElse("")
        + "|"
        + (e.historical() ? "hist" : "now");
  }

  private static String claimKey(Claim c) {
    String s = c.source().code();
    String t = c.target().orElseThrow().code();
    if (SYMMETRIC.contains(c.eventType()) && s.compareTo(t) > 0) {
      String swap = s;
      s = t;
      t = swap;
    }
    return s + "|" + t + "|" + c.eventType() + "|" + c.mode().orElse("");
  }

  private static void sample(Runtime rt, long[] peak, int i) {
    if (i % 1000 == 0) {
      peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
    }
  }

  private static long settledUsed(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
