package dev.dyad.app.serve;

import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.query.AssessmentQuery;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.core.query.EventQuery;
import dev.dyad.report.analytics.Period;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of one request, checked: the same filters as the command line ({@code
 * actor}, {@code dyad}, {@code type}, {@code status}, {@code modality}, {@code since}, {@code
 * until}, {@code text}) and pages ({@code limit}, {@code offset}). Every fault is a 400 naming the
 * parameter, and so is a parameter the endpoint does not take (a misspelt filter must not silently
 * select everything).
 */
final class Params {
  /** The claim filters, as the command line's {@code ClaimFilters}. */
  static final List<String> CLAIM_FILTERS =
      List.of("actor", "dyad", "type", "status", "modality", "since", "until", "text");

  private final Context ctx;

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The request's parameters, which must all be among {@code allowed}. */
  static Params of(Context ctx, List<String> allowed) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.badParameter(
            name, "not a parameter of this endpoint; it takes " + String.join(", ", allowed));
      }
    }
    return new Params(ctx);
  }

  /** {@code names} and the claim filters together, for {@link #of}. */
  static List<String> withFilters(String... names) {
    return java.util.stream.Stream.concat(CLAIM_FILTERS.stream(), Arrays.stream(names)).toList();
  }

  /** A parameter's value, blank counted as absent. */
  Optional<String> string(String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw ApiException.badParameter(name, "given " + values.size() + " times; give it once");
    }
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
  }

  String required(String name) {
    return string(name).orElseThrow(() -> ApiException.badParameter(name, "required"));
  }

  Optional<LocalDate> date(String name) {
    return string(name)
        .map(
            v -> {
              try {
                return LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw ApiException.badParameter(name, "not a day as YYYY-MM-DD: " + v);
              }
            });
  }

  int integer(String name, int fallback, int min, int max) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw ApiException.badParameter(name, "must be from " + min + " to " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, "not a whole number: " + v.get());
    }
  }

  /** {@code limit} and {@code offset}. */
  Page page(int fallback, int max) {
    return new Page(integer("limit", fallback, 1, max), integer("offset", 0, 0, Integer.MAX_VALUE));
  }

  /** An actor code or prefix, upper case. */
  Optional<String> actor(String name) {
    return string(name).map(v -> code(name, v));
  }

  /** Two actor codes {@code A,B}. */
  Optional<List<String>> dyad() {
    return string("dyad")
        .map(
            v -> {
              List<String> codes = Arrays.stream(v.split(",", -1)).map(String::strip).toList();
              if (codes.size() != 2 || codes.stream().anyMatch(String::isEmpty)) {
                throw ApiException.badParameter("dyad", "two actor codes, as in PRK,RUS: " + v);
              }
              return codes.stream().map(c -> code("dyad", c)).toList();
            });
  }

  private static String code(String name, String v) {
    String code = v.toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{2,12}")) {
      throw ApiException.badParameter(
          name, "actor codes are 2 to 12 letters and digits, as in PRK: " + v);
    }
    return code;
  }

  Optional<EventType> type() {
    return string("type").map(v -> parse("type", v, EventType.class));
  }

  Optional<ClaimStatus> status() {
    return string("status").map(v -> parse("status", v, ClaimStatus.class));
  }

  /** A comma-separated list of statuses ({@code statuses}), or the default. */
  Set<ClaimStatus> statuses(String name, Set<ClaimStatus> fallback) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return fallback;
    }
    Set<ClaimStatus> out = EnumSet.noneOf(ClaimStatus.class);
    for (String s : v.get().split(",")) {
      out.add(parse(name, s.strip(), ClaimStatus.class));
    }
    return out;
  }

  Optional<Modality> modality() {
    return string("modality")
        .map(
            v -> {
              try {
                return Modality.ofLabel(v.toLowerCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(
                    "modality",
                    "not a modality: "
                        + v
                        + "; one of "
                        + Arrays.stream(Modality.values())
                            .map(Modality::label)
                            .collect(Collectors.joining(", ")));
              }
            });
  }

  Period period() {
    String v = string("by").orElse("month");
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "week" -> Period.WEEK;
      case "month" -> Period.MONTH;
      default -> throw ApiException.badParameter("by", "week or month, not " + v);
    };
  }

  /** since and until, checked for order. */
  Optional<LocalDate> since() {
    Optional<LocalDate> since = date("since");
    Optional<LocalDate> until = date("until");
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw ApiException.badParameter("since", since.get() + " is after until " + until.get());
    }
    return since;
  }

  Optional<LocalDate> until() {
    return date("until");
  }

  /** The claim filters as the store's query (as {@code dyad claims} reads its options). */
  ClaimQuery claimQuery() {
    ClaimQuery q = ClaimQuery.ALL.within(since(), until());
    Optional<String> actor = actor("actor");
    if (actor.isPresent()) {
      q = q.withActor(actor.get());
    }
    Optional<List<String>> dyad = dyad();
    if (dyad.isPresent()) {
      q = q.withDyad(dyad.get().get(0), dyad.get().get(1));
    }
    Optional<EventType> type = type();
    if (type.isPresent()) {
      q = q.withType(type.get());
    }
    Optional<ClaimStatus> status = status();
    if (status.isPresent()) {
      q = q.withStatus(status.get());
    }
    Optional<Modality> modality = modality();
    if (modality.isPresent()) {
      q = q.withModality(modality.get());
    }
    Optional<String> text = string("text");
    return text.isPresent() ? q.withText(text.get()) : q;
  }

  /** The assessment filters: actor, dyad, dates and text (as {@code dyad assessments}). */
  AssessmentQuery assessmentQuery() {
    AssessmentQuery q = AssessmentQuery.ALL.within(since(), until());
    Optional<String> actor = actor("actor");
    if (actor.isPresent()) {
      q = q.withActor(actor.get());
    }
    Optional<List<String>> dyad = dyad();
    if (dyad.isPresent()) {
      q = q.withDyad(dyad.get().get(0), dyad.get().get(1));
    }
    Optional<String> text = string("text");
    return text.isPresent() ? q.withText(text.get()) : q;
  }

  /** The event filters of {@code dyad events}: actor, dyad, type, modality and dates. */
  EventQuery eventQuery() {
    Optional<LocalDate> since = since();
    return new EventQuery(
        actor("actor"),
        dyad().map(d -> new EventQuery.Dyad(d.get(0), d.get(1))),
        type().map(EventType::name),
        modality().map(Modality::label),
        since,
        until());
  }

  private static <E extends Enum<E>> E parse(String name, String v, Class<E> type) {
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(
          name,
          "not a known value: "
              + v
              + "; one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
    }
  }

  /** A page of a list: at most {@code limit} items from {@code offset}. */
  record Page(int limit, int offset) {
    <T> List<T> of(List<T> all) {
      if (offset >= all.size()) {
        return List.of();
      }
      return all.subList(offset, Math.min(all.size(), offset + limit));
    }
  }
}
