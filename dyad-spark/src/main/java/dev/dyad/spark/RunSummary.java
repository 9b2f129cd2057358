package dev.dyad.spark;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did, for the closing lines and the {@code runs} table.
 *
 * @param read documents read and cleaned
 * @param stored documents written (new to the output)
 * @param alreadyStored copies of documents read earlier in the run or held by another month
 * @param failures data errors by code
 * @param months the months this run replaced
 * @param seconds wall time of each phase: analysis, merge, write
 * @param cpuSeconds CPU time of each phase in the driver's JVM (in local mode, the executors' too)
 * @param shuffleBytes bytes shuffled by each phase
 */
record RunSummary(
    String runId,
    long read,
    long stored,
    long alreadyStored,
    long skipped,
    Map<String, Long> failures,
    long events,
    long claims,
    long assessments,
    long families,
    List<String> months,
    Map<String, Double> seconds,
    Map<String, Double> cpuSeconds,
    Map<String, Long> shuffleBytes) {

  long failed() {
    return failures.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The summary line every Dyad command that reads input ends with. */
  String documentsLine() {
    String codes =
        failures.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return String.format(
        "documents: %d read, %d skipped, %d failed%s",
        read, skipped, failed(), codes.isEmpty() ? "" : " (" + codes + ")");
  }
}
