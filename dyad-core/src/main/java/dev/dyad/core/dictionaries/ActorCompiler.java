package dev.dyad.core.dictionaries;

import dev.dyad.core.actors.ActorEntry;
import dev.dyad.core.actors.ActorKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles the entries of a TABARI/PETRARCH actor file into Dyad's actor entries, choosing the kind
 * from the codes:
 *
 * <ul>
 *   <li>{@code ---} alone: a phrase that names no codable actor ({@link ActorKind#IGNORE});
 *   <li>a three-letter code: a state ({@link ActorKind#COUNTRY}), or with dated codes, all of three
 *       letters, a place whose state changes with the date ({@link ActorKind#PLACE});
 *   <li>a code that begins IGO, NGO, NGM, IMG, MNC or UIS: an organisation, its code whole;
 *   <li>any other code: an institution, the first three letters its country and the rest its sector
 *       ({@code USAGOV}, {@code PSEREBHMS});
 *   <li>dated codes of other lengths: a person, whose code is the one that covers the article's
 *       date. The default code (one with no dates) applies when none does; a later-starting
 *       restriction wins where two cover the date.
 * </ul>
 *
 * Entry ids are the code itself for the first state or organisation with it (so that claims name
 * it), else the code with the file and line.
 */
final class ActorCompiler {
  private static final Set<String> ORGANISATIONS = Set.of("IGO", "NGO", "NGM", "IMG", "MNC", "UIS");

  /** The earliest day a {@link LocalDate} holds: a default code is "in office" since then. */
  private static final LocalDate ALWAYS = LocalDate.MIN;

  private final IdAllocator ids;

  ActorCompiler(IdAllocator ids) {
    this.ids = ids;
  }

  /** The entry for {@code actor}. */
  ActorEntry compile(PetrarchActor actor, FileLog log) {
    List<PetrarchActor.DatedCode> dated = new ArrayList<>();
    List<String> defaults = new ArrayList<>();
    for (PetrarchActor.DatedCode c : actor.codes()) {
      if (c.dated()) {
        dated.add(c);
      } else {
        defaults.add(c.code());
      }
    }
    if (defaults.size() > 1 && defaults.stream().distinct().count() > 1) {
      log.note("several default codes, the last kept");
    }
    Optional<String> fallback =
        defaults.isEmpty() ? Optional.empty() : Optional.of(defaults.get(defaults.size() - 1));
    String name = Phrases.title(actor.phrases().get(0));
    List<ActorEntry.Alias> aliases = new ArrayList<>();
    for (String phrase : actor.phrases()) {
      aliases.add(new ActorEntry.Alias(phrase, false, false));
    }
    String source = log.file() + ":" + actor.line();
    if (dated.isEmpty()) {
      return undated(fallback.orElseThrow(), name, aliases, source);
    }
    List<ActorEntry.Office> offices = new ArrayList<>();
    fallback.ifPresent(code -> offices.add(office(code, ALWAYS, Optional.empty())));
    for (PetrarchActor.DatedCode c : dated) {
      offices.add(office(c.code(), c.from().orElse(ALWAYS), c.to()));
    }
    boolean allStates = offices.stream().allMatch(o -> isState(o.code()));
    String first = fallback.orElse(dated.get(0).code());
    String country = first.length() >= 3 ? first.substring(0, 3) : first;
    ActorKind kind = allStates ? ActorKind.PLACE : ActorKind.PERSON;
    return new ActorEntry(
        ids.next(null, source),
        kind,
        name,
        aliases,
        country,
        "",
        "",
        Optional.empty(),
        Optional.empty(),
        offices,
        source);
  }

  private ActorEntry undated(
      String code, String name, List<ActorEntry.Alias> aliases, String source) {
    if (code.equals("---")) {
      return entry(ids.next(null, source), ActorKind.IGNORE, name, aliases, "", "", "", source);
    }
    if (isState(code)) {
      return entry(ids.next(code, source), ActorKind.COUNTRY, name, aliases, code, "", "", source);
    }
    if (ORGANISATIONS.contains(code.substring(0, 3))) {
      return entry(
          ids.next(code, source), ActorKind.ORGANIZATION, name, aliases, "", code, "", source);
    }
    return entry(
        ids.next(null, source),
        ActorKind.INSTITUTION,
        name,
        aliases,
        code.substring(0, 3),
        "",
        code.substring(3),
        source);
  }

  private static boolean isState(String code) {
    return code.length() == 3 && !code.equals("---");
  }

  private static ActorEntry.Office office(String code, LocalDate from, Optional<LocalDate> to) {
    return new ActorEntry.Office(code, code, from, to);
  }

  private static ActorEntry entry(
      String id,
      ActorKind kind,
      String name,
      List<ActorEntry.Alias> aliases,
      String country,
      String org,
      String sector,
      String source) {
    return new ActorEntry(
        id,
        kind,
        name,
        aliases,
        country,
        org,
        sector,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        source);
  }
}
