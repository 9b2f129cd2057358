package dev.dyad.core.dictionaries;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What loading a dictionary set gave: per file, the entries read, merged and skipped (with the
 * reasons), and what Dyad's dictionaries hold after the merge.
 *
 * @param spec the set, as written
 * @param hash the content hash of the set ({@link DictionarySet#hash()})
 * @param files one summary per file read, in load order
 * @param actorEntries actor and agent entries in the merged actor dictionary
 * @param patterns event patterns in the merged pattern book
 * @param discards discard phrases in the merged set
 * @param loadTime how long reading and compiling took
 * @param loadCpu the CPU time of the thread that read and compiled it (steadier than {@code
 *     loadTime} on a busy machine)
 */
public record LoadSummary(
    String spec,
    String hash,
    List<FileSummary> files,
    int actorEntries,
    int patterns,
    int discards,
    Duration loadTime,
    Duration loadCpu) {
  public LoadSummary {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(hash, "hash");
    files = List.copyOf(files);
    Objects.requireNonNull(loadTime, "loadTime");
    Objects.requireNonNull(loadCpu, "loadCpu");
  }

  /** Entries read over every file. */
  public int read() {
    return files.stream().mapToInt(FileSummary::read).sum();
  }

  /** Entries merged over every file. */
  public int merged() {
    return files.stream().mapToInt(FileSummary::merged).sum();
  }

  /** Lines skipped over every file. */
  public int skipped() {
    return files.stream().mapToInt(f -> f.skipped().size()).sum();
  }

  /** How many lines were skipped for each reason, most frequent first. */
  public Map<String, Integer> skippedByReason() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FileSummary f : files) {
      for (SkippedLine s : f.skipped()) {
        counts.merge(s.reason(), 1, Integer::sum);
      }
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
