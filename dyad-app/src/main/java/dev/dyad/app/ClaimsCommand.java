package dev.dyad.app;

import dev.dyad.core.claims.Claim;
import dev.dyad.report.export.ClaimCsv;
import dev.dyad.report.json.ClaimJson;
import dev.dyad.report.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad claims}: events merged into claims, with independent sources and status. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Merge repeated reports into claims, best supported first.",
      "",
      "With PATHs, reads them (stateless, like dyad code); without, reads the store (--db).",
      "",
      "Events that state the same thing (same actors, type and mode, compatible dates and object)"
          + " merge across sentences and articles. Each claim counts its documents and its"
          + " independent sources (a syndicated copy is not a second source), its modality profile,"
          + " and a status: confirmed (asserted or reported by two or more independent sources),"
          + " reported, alleged, disputed (asserted and denied), planned, speculative or denied."
    })
final class ClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin DictionaryOptions dictionaries;
  @Mixin StoreOptions store;
  @Mixin ClaimFilters filters;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (a table for a person), jsonl or csv. Default: ${DEFAULT-VALUE}.")
  TableFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr());
    java.util.Optional<AnalysisRun.Result> read =
        AnalysisRun.readOrReport(
            input, dictionaries, store, filters, reporter, spec.commandLine().getErr());
    if (read.isEmpty()) {
      return ExitCode.STORE.code();
    }
    AnalysisRun.Result analysis = read.get();
    List<Claim> claims = analysis.claims();
    switch (format) {
      case jsonl -> claims.forEach(c -> out.println(Json.write(ClaimJson.claim(c))));
      case csv -> ClaimCsv.write(out, claims);
      case text -> text(claims, analysis, out);
    }
    out.flush();
    return reporter.finish(analysis.documents());
  }

  static void text(List<Claim> claims, AnalysisRun.Result analysis, PrintWriter out) {
    out.printf(
        "%d claims from %d documents in %d source families%n%n",
        claims.size(), analysis.documents(), analysis.families());
    out.printf("%-11s %4s %4s  %-10s  %s%n", "status", "src", "docs", "first", "claim");
    for (Claim c : claims) {
      out.printf(
          "%-11s %4d %4d  %-10s  %s%n",
          c.status().label(),
          c.independentSources(),
          c.documents(),
          c.firstReported().orElse("-"),
          c.statement());
      String profile =
          c.modalityProfile().entrySet().stream()
              .filter(e -> e.getValue() > 0)
              .sorted(java.util.Map.Entry.comparingByKey())
              .map(e -> e.getKey().label() + " " + e.getValue())
              .collect(Collectors.joining(", "));
      out.printf("%-11s %4s %4s  %-10s    modality: %s%n", "", "", "", "", profile);
      c.mentions().stream()
          .limit(1)
          .forEach(
              m ->
                  out.printf(
                      "%-11s %4s %4s  %-10s    \"%s\" (%s)%n",
                      "", "", "", "", abbreviate(m.sentence()), m.docUri()));
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 140 ? s : s.substring(0, 137) + "...";
  }
}
