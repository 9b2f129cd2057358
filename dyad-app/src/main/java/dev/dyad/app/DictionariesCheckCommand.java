package dev.dyad.app;

import dev.dyad.core.dictionaries.DictionarySet;
import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.core.dictionaries.FileSummary;
import dev.dyad.core.dictionaries.LoadSummary;
import dev.dyad.core.dictionaries.SkippedLine;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad dictionaries check SPEC}: read a set and say what it gave. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Read a dictionary set and print what it gave, without coding anything: per file, the"
          + " entries read, merged into Dyad's dictionaries and skipped; the reasons lines were"
          + " skipped, with examples (file and line); what the merged set holds; the content hash"
          + " the store records; and the load time.",
      "",
      "A bad line is skipped and counted, never fatal: the exit code is 0 once the set loads. A"
          + " config or dictionary file that cannot be read is a usage error (2)."
    })
final class DictionariesCheckCommand implements Callable<Integer> {
  /** Example lines shown per reason without --lines. */
  static final int EXAMPLES = 3;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SPEC",
      description =
          "The set: builtin, petrarch:FILE.ini, or parts joined by + (builtin+petrarch:FILE.ini).")
  String set;

  @Option(names = "--lines", description = "List every skipped line, not a few per reason.")
  boolean lines;

  @Override
  public Integer call() {
    DictionarySpec parsed = DictionaryOptions.parse(set);
    long before = heapInUse();
    DictionarySet loaded = DictionaryOptions.load(parsed);
    long after = heapInUse();
    PrintWriter out = spec.commandLine().getOut();
    print(loaded.summary(), lines, out);
    // The set stays reachable here, so the difference is what holding it costs (approximately:
    // the JVM does not promise a full collection).
    out.printf(
        Locale.ROOT,
        "heap: %.0f MB in use after loading, %.0f MB before%n",
        after / 1e6,
        before / 1e6);
    out.flush();
    return ExitCode.OK.code();
  }

  /** Heap in use after asking for a collection. */
  private static long heapInUse() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  static void print(LoadSummary s, boolean all, PrintWriter out) {
    out.println("dictionaries: " + s.spec());
    out.println("hash: " + s.hash());
    out.printf(
        Locale.ROOT, "%-36s %-9s %8s %8s %8s%n", "file", "role", "read", "merged", "skipped");
    for (FileSummary f : s.files()) {
      out.printf(
          Locale.ROOT,
          "%-36s %-9s %8d %8d %8d%n",
          f.file(),
          f.role(),
          f.read(),
          f.merged(),
          f.skipped().size());
    }
    out.printf(
        Locale.ROOT, "%-36s %-9s %8d %8d %8d%n", "total", "", s.read(), s.merged(), s.skipped());
    Map<String, List<SkippedLine>> byReason = new LinkedHashMap<>();
    s.skippedByReason().keySet().forEach(r -> byReason.put(r, new java.util.ArrayList<>()));
    for (FileSummary f : s.files()) {
      for (SkippedLine line : f.skipped()) {
        byReason.get(line.reason()).add(line);
      }
    }
    if (!byReason.isEmpty()) {
      out.println("skipped, by reason:");
      byReason.forEach(
          (reason, list) -> {
            out.printf(Locale.ROOT, "%8d  %s%n", list.size(), reason);
            list.stream()
                .limit(all ? list.size() : EXAMPLES)
                .forEach(
                    l ->
                        out.printf(
                            Locale.ROOT, "          %s:%d: %s%n", l.file(), l.line(), l.text()));
          });
    }
    Map<String, Integer> notes = new LinkedHashMap<>();
    s.files().forEach(f -> f.notes().forEach((k, v) -> notes.merge(k, v, Integer::sum)));
    if (!notes.isEmpty()) {
      out.println("kept with a quirk:");
      notes.forEach((note, n) -> out.printf(Locale.ROOT, "%8d  %s%n", n, note));
    }
    out.printf(
        Locale.ROOT,
        "compiled: %d actor and agent entries, %d event patterns, %d discard phrases%n",
        s.actorEntries(),
        s.patterns(),
        s.discards());
    out.printf(
        Locale.ROOT,
        "load time: %.2f s (CPU %.2f s)%n",
        s.loadTime().toNanos() / 1e9,
        s.loadCpu().toNanos() / 1e9);
  }
}
