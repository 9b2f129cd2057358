package dev.dyad.app;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The filters of {@code dyad claims} and {@code dyad assessments}; all given must hold. */
final class ClaimFilters {
  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "With this actor on either side (a code prefix: RUS matches RUSGOV).")
  String actor;

  @Option(
      names = "--dyad",
      paramLabel = "A,B",
      split = ",",
      description = "Between these two actors, either direction (assessments: naming both).")
  List<String> dyad;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Claims of a PLOVER event type (AID, ACCUSE, …).")
  String type;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description =
          "Claims with this status: confirmed, reported, alleged, disputed, planned, speculative or denied.")
  String status;

  @Option(
      names = "--modality",
      paramLabel = "M",
      description = "Claims with at least one document of this modality.")
  String modality;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description =
          "Reported on or after this day (claims: last reported; assessments: a dated voice).")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description = "Reported on or before this day (claims: first reported).")
  LocalDate until;

  @Option(
      names = "--text",
      paramLabel = "WORDS",
      description = "Words in the statement or an evidence sentence (case-insensitive).")
  String text;

  /** The store query these options describe; a bad value is a usage error naming its option. */
  ClaimQuery claimQuery() {
    ClaimQuery q = ClaimQuery.ALL.within(Optional.ofNullable(since), Optional.ofNullable(until));
    if (actor != null) {
      q = q.withActor(actor.toUpperCase(Locale.ROOT));
    }
    if (dyad != null) {
      q = q.withDyad(dyadCode(0), dyadCode(1));
    }
    if (type != null) {
      q = q.withType(parse(() -> EventType.valueOf(type.toUpperCase(Locale.ROOT)), "--type", type));
    }
    if (status != null) {
      q =
          q.withStatus(
              parse(
                  () -> ClaimStatus.valueOf(status.toUpperCase(Locale.ROOT)), "--status", status));
    }
    if (modality != null) {
      q = q.withModality(parse(() -> Modality.ofLabel(modality), "--modality", modality));
    }
    return text == null ? q : q.withText(text);
  }

  /** The assessment query: actor, dyad, dates and text apply; the claim-only filters do not. */
  AssessmentQuery assessmentQuery() {
    AssessmentQuery q =
        AssessmentQuery.ALL.within(Optional.ofNullable(since), Optional.ofNullable(until));
    if (actor != null) {
      q = q.withActor(actor.toUpperCase(Locale.ROOT));
    }
    if (dyad != null) {
      q = q.withDyad(dyadCode(0), dyadCode(1));
    }
    return text == null ? q : q.withText(text);
  }

  private String dyadCode(int i) {
    if (dyad.size() != 2 || dyad.stream().anyMatch(String::isBlank)) {
      throw new Failures.UsageException("--dyad takes two actor codes, as in --dyad PRK,RUS");
    }
    return dyad.get(i).strip().toUpperCase(Locale.ROOT);
  }

  private static <T> T parse(java.util.function.Supplier<T> parser, String option, String value) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new Failures.UsageException(option + ": not a known value: " + value);
    }
  }
}
