package dev.dyad.report.export;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.coding.ontology.EventOntology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Events (or claims) as the GDELT 2.0 event table: 61 tab-separated columns in the codebook's
 * order, no header, one row per line, so that tools built for GDELT's {@code .export.CSV} files
 * read Dyad's output unchanged.
 *
 * <p>Filled columns: GLOBALEVENTID (a stable positive number from the Dyad id), SQLDATE, MonthYear,
 * Year and FractionDate (from the event date: a day as is, a month as its first day, a year as the
 * publication date when that falls in the year and as 1 January otherwise, no date as the
 * publication date; all four blank when there is neither), the ten columns of each actor (code,
 * dictionary name in upper case, country code for states, known group code and class {@code
 * IGO}/{@code NGO} as Type1 for organisations, sectors as Type1..3; ethnic and religion blank),
 * IsRootEvent (read from the headline or the next two sentences), EventCode, EventBaseCode,
 * EventRootCode, QuadClass, GoldsteinScale (the Dyad intensity), NumMentions, NumSources,
 * NumArticles (1 each for an event; mentions, independent source families and documents for a
 * claim), DATEADDED (the export time, UTC) and SOURCEURL (the document; a claim's earliest
 * mention). AvgTone and the 24 geography columns are blank: Dyad measures no tone and geocodes
 * nothing.
 *
 * <p>GDELT has no modality column: every row it holds is taken as something that happened. So by
 * default only factual rows are written, events whose modality is asserted or reported and claims
 * that are confirmed or reported; {@link #includingAllModalities()} writes the rest too, with
 * nothing in the row to tell them apart. No Dyad-specific column is added, since that would break
 * the fixed layout; {@code dyad export events --format jsonl} keeps the modality.
 *
 * <p>Instances are immutable and may be shared; each write call is independent.
 */
public final class GdeltEventWriter {

  /** The columns of the GDELT 2.0 event table, in order (the files carry no header). */
  public static final List<String> COLUMNS = columns();

  /** Claim statuses that state the event as fact: what GDELT rows are taken to be. */
  static final Set<ClaimStatus> FACTUAL_CLAIMS =
      Set.of(ClaimStatus.CONFIRMED, ClaimStatus.REPORTED);

  /**
   * GDELT marks events from the lead paragraph as root events. Dyad keeps sentences, not
   * paragraphs: the headline and the two sentences after it stand in for the lead.
   */
  static final int LEAD_SENTENCES = 3;

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final ActorDictionary dictionary;
  private final EventOntology ontology;
  private final Clock clock;
  private final boolean allModalities;

  private GdeltEventWriter(
      ActorDictionary dictionary, EventOntology ontology, Clock clock, boolean allModalities) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.allModalities = allModalities;
  }

  /** A writer with the built-in dictionary and ontology, the system clock, factual rows only. */
  public static GdeltEventWriter create() {
    return new GdeltEventWriter(
        ActorDictionary.builtIn(), EventOntology.builtIn(), Clock.systemUTC(), false);
  }

  /** The same writer with the clock that DATEADDED is read from (fixed in tests). */
  public GdeltEventWriter withClock(Clock clock) {
    return new GdeltEventWriter(dictionary, ontology, clock, allModalities);
  }

  /** The same writer naming and splitting actor codes with this dictionary. */
  public GdeltEventWriter withDictionary(ActorDictionary dictionary) {
    return new GdeltEventWriter(dictionary, ontology, clock, allModalities);
  }

  /** The same writer mapping claims' type and mode to CAMEO with this ontology. */
  public GdeltEventWriter withOntology(EventOntology ontology) {
    return new GdeltEventWriter(dictionary, ontology, clock, allModalities);
  }

  /** The same writer writing every event and claim, whatever its modality or status. */
  public GdeltEventWriter includingAllModalities() {
    return new GdeltEventWriter(dictionary, ontology, clock, true);
  }

  /** Writes one row per (factual, unless all are included) event; returns the rows written. */
  public long writeEvents(Writer out, Iterable<? extends Event> events) {
    return write(out, events.iterator(), this::keep, GdeltEventWriter::record);
  }

  /** As {@link #writeEvents(Writer, Iterable)}, consuming the stream in order. */
  public long writeEvents(Writer out, Stream<? extends Event> events) {
    return write(out, events.sequential().iterator(), this::keep, GdeltEventWriter::record);
  }

  /**
   * Writes one row per (confirmed or reported, unless all are included) claim, a claim being one
   * event however many reports make it; returns the rows written.
   */
  public long writeClaims(Writer out, Iterable<? extends Claim> claims) {
    return write(out, claims.iterator(), this::keep, this::record);
  }

  /** As {@link #writeClaims(Writer, Iterable)}, consuming the stream in order. */
  public long writeClaims(Writer out, Stream<? extends Claim> claims) {
    return write(out, claims.sequential().iterator(), this::keep, this::record);
  }

  private boolean keep(Event e) {
    return allModalities || e.modality().isFactual();
  }

  private boolean keep(Claim c) {
    return allModalities || FACTUAL_CLAIMS.contains(c.status());
  }

  private <T> long write(
      Writer out,
      Iterator<? extends T> records,
      Predicate<T> keep,
      Function<T, GdeltRecord> toRecord) {
    // One export, one DATEADDED: every row of a file carries the same time, as in GDELT's batches.
    String dateAdded = DATE_ADDED.format(clock.instant());
    CameoActor.Reader actors = new CameoActor.Reader(dictionary);
    long rows = 0;
    try {
      while (records.hasNext()) {
        T record = records.next();
        if (keep.test(record)) {
          out.write(String.join("\t", toRecord.apply(record).cells(actors, dateAdded)));
          out.write('\n');
          rows++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static GdeltRecord record(Event e) {
    return new GdeltRecord(
        e.eventId(),
        day(e.date(), e.published()),
        e.source().code(),
        e.source().text(),
        e.targetCode(),
        e.targetText(),
        e.sentenceIndex() < LEAD_SENTENCES,
        e.cameo(),
        e.quadClass(),
        e.intensity(),
        1,
        1,
        1,
        e.docUri());
  }

  private GdeltRecord record(Claim c) {
    EventKind kind = ontology.kind(c.eventType(), c.mode());
    Optional<LocalDate> published =
        c.mentions().stream().flatMap(m -> m.published().stream()).min(LocalDate::compareTo);
    return new GdeltRecord(
        c.claimId(),
        day(c.firstReported(), published),
        c.source().code(),
        c.source().name(),
        c.targetCode(),
        c.targetName(),
        c.mentions().stream().anyMatch(m -> m.sentenceIndex() < LEAD_SENTENCES),
        kind.cameo(),
        kind.quadClass(),
        kind.intensity(),
        c.mentions().size(),
        c.independentSources(),
        c.documents(),
        c.mentions().stream().findFirst().map(ClaimMention::docUri).orElse(""));
  }

  /**
   * The day GDELT's SQLDATE wants from a date at the text's precision. A bare year is not a day:
   * the publication date stands in when it lies in that year (a report of this year's events), else
   * 1 January (background from an earlier year must not be dated to the report).
   */
  static Optional<LocalDate> day(Optional<String> date, Optional<LocalDate> published) {
    if (date.isEmpty()) {
      return published;
    }
    String iso = date.get();
    try {
      if (iso.length() == 4) {
        int year = Integer.parseInt(iso);
        return Optional.of(
            published.filter(p -> p.getYear() == year).orElse(LocalDate.of(year, 1, 1)));
      }
      if (iso.length() == 7) {
        return Optional.of(YearMonth.parse(iso).atDay(1));
      }
      return Optional.of(LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))));
    } catch (RuntimeException unreadable) {
      // A date Dyad did not write (a hand-edited file): fall back rather than lose the row.
      return published;
    }
  }

  private static List<String> columns() {
    List<String> c =
        new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String field :
          List.of(
              "Code",
              "Name",
              "CountryCode",
              "KnownGroupCode",
              "EthnicCode",
              "Religion1Code",
              "Religion2Code",
              "Type1Code",
              "Type2Code",
              "Type3Code")) {
        c.add(actor + field);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String field :
          List.of(
              "Type",
              "FullName",
              "CountryCode",
              "ADM1Code",
              "ADM2Code",
              "Lat",
              "Long",
              "FeatureID")) {
        c.add(geo + field);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }
}
