package dev.dyad.app;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.EventType;
import dev.dyad.core.coding.Modality;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/** The filters of {@code dyad claims} and {@code dyad assessments}; all given must hold. */
final class ClaimFilters {
  @Option(names = "--actor", paramLabel = "CODE", description = "Claims with this actor on either side (a code prefix: RUS matches RUSGOV).")
  String actor;

  @Option(names = "--dyad", paramLabel = "A,B", split = ",", description = "Claims between these two actors, either direction.")
  List<String> dyad;

  @Option(names = "--type", paramLabel = "TYPE", description = "A PLOVER event type (AID, ACCUSE, …).")
  String type;

  @Option(names = "--status", paramLabel = "STATUS", description = "confirmed, reported, alleged, disputed, planned, speculative or denied.")
  String status;

  @Option(names = "--modality", paramLabel = "M", description = "Claims with at least one document of this modality.")
  String modality;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Last reported on or after this day.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "First reported on or before this day.")
  LocalDate until;

  @Option(names = "--text", paramLabel = "WORDS", description = "Words in the statement or an evidence sentence (case-insensitive).")
  String text;

  Predicate<Claim> claims() {
    if (dyad != null && dyad.size() != 2) {
      throw new Failures.UsageException("--dyad takes two actor codes, as in --dyad PRK,RUS");
    }
    EventType wantedType = type == null ? null : parse(() -> EventType.valueOf(type.toUpperCase(Locale.ROOT)), "--type", type);
    ClaimStatus wantedStatus = status == null ? null : parse(() -> ClaimStatus.valueOf(status.toUpperCase(Locale.ROOT)), "--status", status);
    Modality wantedModality = modality == null ? null : parse(() -> Modality.ofLabel(modality), "--modality", modality);
    return c -> (actor == null || c.source().code().startsWith(actor) || c.target().code().startsWith(actor))
        && (dyad == null || between(c.source().code(), c.target().code()))
        && (wantedType == null || c.eventType() == wantedType)
        && (wantedStatus == null || c.status() == wantedStatus)
        && (wantedModality == null || c.modalityProfile().getOrDefault(wantedModality, 0) > 0)
        && (since == null || c.lastReported().map(d -> !LocalDate.parse(d).isBefore(since)).orElse(false))
        && (until == null || c.firstReported().map(d -> !LocalDate.parse(d).isAfter(until)).orElse(false))
        && (text == null || contains(c.statement()) || c.mentions().stream().anyMatch(m -> contains(m.sentence())));
  }

  Predicate<Assessment> assessments() {
    return a -> (actor == null || a.actors().stream().anyMatch(x -> x.startsWith(actor)))
        && (dyad == null || a.actors().stream().anyMatch(x -> x.startsWith(dyad.get(0)))
            && a.actors().stream().anyMatch(x -> x.startsWith(dyad.get(1))))
        && (text == null || contains(a.statement()) || a.mentions().stream().anyMatch(m -> contains(m.sentence())));
  }

  private boolean between(String source, String target) {
    String a = dyad.get(0);
    String b = dyad.get(1);
    return source.startsWith(a) && target.startsWith(b) || source.startsWith(b) && target.startsWith(a);
  }

  private boolean contains(String s) {
    return s.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }

  private static <T> T parse(java.util.function.Supplier<T> parser, String option, String value) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException(option + ": not a known value: " + value);
    }
  }
}
