package dev.dyad.app;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.report.brief.Brief;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.brief.HtmlBrief;
import dev.dyad.report.brief.MarkdownBrief;
import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad brief}: the analyst brief on a dyad or an actor, from the store. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Write the analyst brief on a dyad (--dyad A,B) or one actor (--actor CODE) from the store.",
      "",
      "Sections: Bottom line, Key developments (confirmed and reported claims, newest first),"
          + " Unconfirmed (alleged and disputed, then planned and denied), Reactions (third parties,"
          + " by actor), Assessments (the speculation, by topic), Timeline, Sources (numbered, with a"
          + " source-quality note). Every statement cites its sources by number; the text comes from"
          + " templates over the stored claims. --format html writes one self-contained file that"
          + " prints well."
    })
final class BriefCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    md,
    html
  }

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--dyad",
      paramLabel = "A,B",
      split = ",",
      description = "The brief on what passes between A and B (actor codes, as in PRK,RUS).")
  List<String> dyad;

  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description =
          "The brief on one actor: its claims with any counterpart, and what others did toward it.")
  String actor;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description = "Claims reported on or after this day.")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description = "Claims reported on or before this day.")
  LocalDate until;

  @Option(
      names = "--format",
      defaultValue = "md",
      description = "md (Markdown) or html. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    BriefRequest request = request();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    Brief brief;
    try (Store s = Store.openReadOnly(store.path())) {
      StaleData.checkClaims(s, err);
      brief = new BriefBuilder(s, ActorDictionary.builtIn()).build(request);
    } catch (StoreLockedException | StoreException e) {
      err.println("dyad: " + e.getMessage());
      return ExitCode.STORE.code();
    }
    out.print(render(brief, format));
    out.flush();
    err.printf(
        "dyad: brief %s: %d sources, built in %d ms%n",
        brief.subject().title(), brief.sources().size(), (System.nanoTime() - start) / 1_000_000);
    return ExitCode.OK.code();
  }

  static String render(Brief brief, Format format) {
    return format == Format.html ? HtmlBrief.render(brief) : MarkdownBrief.render(brief);
  }

  private BriefRequest request() {
    if ((dyad == null) == (actor == null)) {
      throw new Failures.UsageException("give either --dyad A,B or --actor CODE");
    }
    if (dyad != null && (dyad.size() != 2 || dyad.stream().anyMatch(String::isBlank))) {
      throw new Failures.UsageException("--dyad takes two actor codes, as in --dyad PRK,RUS");
    }
    try {
      BriefRequest base =
          dyad != null ? BriefRequest.dyad(dyad.get(0), dyad.get(1)) : BriefRequest.actor(actor);
      return base.within(Optional.ofNullable(since), Optional.ofNullable(until));
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException(e.getMessage());
    }
  }
}
