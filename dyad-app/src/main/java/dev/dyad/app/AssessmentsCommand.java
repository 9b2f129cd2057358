package dev.dyad.app;

import dev.dyad.core.claims.Assessment;
import dev.dyad.report.export.AssessmentCsv;
import dev.dyad.report.json.ClaimJson;
import dev.dyad.report.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad assessments}: forecasts and implications, kept apart from facts. */
@Command(
    name = "assessments",
    mixinStandardHelpOptions = true,
    description = {
      "List the speculation in the sources as assessments, most voiced first.",
      "",
      "With PATHs, reads them (stateless); without, reads the store (--db).",
      "",
      "Sentences that forecast or weigh consequences (\"could lead to an arms race\") become"
          + " assessments, never events: a topic from a documented taxonomy, a direction (raises or"
          + " lowers the risk), the actors concerned, and how many documents and independent sources"
          + " voice it."
    })
final class AssessmentsCommand implements Callable<Integer> {
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
    List<Assessment> assessments = analysis.assessments();
    if (format == TableFormat.jsonl) {
      assessments.forEach(a -> out.println(Json.write(ClaimJson.assessment(a))));
    } else if (format == TableFormat.csv) {
      AssessmentCsv.write(out, assessments);
    } else {
      out.printf(
          "%d assessments from %d documents in %d source families%n%n",
          assessments.size(), analysis.documents(), analysis.families());
      out.printf("%-22s %-7s %4s %4s  %s%n", "topic", "dir", "src", "docs", "assessment");
      for (Assessment a : assessments) {
        out.printf(
            "%-22s %-7s %4d %4d  %s%n",
            a.topic(), a.direction().label(), a.independentSources(), a.documents(), a.statement());
        a.mentions().stream()
            .limit(1)
            .forEach(
                m ->
                    out.printf(
                        "%-22s %-7s %4s %4s    \"%s\" (%s)%n",
                        "", "", "", "", ClaimsCommand.abbreviate(m.sentence()), m.docUri()));
      }
    }
    out.flush();
    return reporter.finish(analysis.documents());
  }
}
