package dev.dyad.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GdeltEventWriterTest {
  private static final GdeltEventWriter WRITER =
      GdeltEventWriter.create()
          .withClock(Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC));

  /** Each line split on tabs, keeping empty trailing fields. */
  private static List<List<String>> lines(String text) {
    assertThat(text).endsWith("\n");
    return Stream.of(text.split("\n", -1))
        .limit(text.split("\n", -1).length - 1)
        .map(line -> List.of(line.split("\t", -1)))
        .toList();
  }

  private static String col(List<String> row, String column) {
    return row.get(GdeltEventWriter.COLUMNS.indexOf(column));
  }

  @Test
  void columnsAreTheCodebooksSixtyOneInOrder() {
    List<String> c = GdeltEventWriter.COLUMNS;
    assertThat(c).hasSize(61).doesNotHaveDuplicates();
    assertThat(c.subList(0, 7))
        .containsExactly(
            "GLOBALEVENTID",
            "SQLDATE",
            "MonthYear",
            "Year",
            "FractionDate",
            "Actor1Code",
            "Actor1Name");
    assertThat(c.subList(25, 35))
        .containsExactly(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone");
    assertThat(c.get(35)).isEqualTo("Actor1Geo_Type");
    assertThat(c.get(42)).isEqualTo("Actor1Geo_FeatureID");
    assertThat(c.get(51)).isEqualTo("ActionGeo_Type");
    assertThat(c.subList(59, 61)).containsExactly("DATEADDED", "SOURCEURL");
  }

  @Test
  void eventRowPutsTheCodesInTheRightColumns() {
    Event e =
        Fixtures.event("e1", "PRKMIL", "RUSGOV", Modality.REPORTED, Optional.of("2024-10-15"));
    StringWriter out = new StringWriter();

    assertThat(WRITER.writeEvents(out, List.of(e))).isEqualTo(1);

    List<List<String>> rows = lines(out.toString());
    assertThat(rows).hasSize(1);
    List<String> r = rows.get(0);
    assertThat(r).hasSize(61);
    assertThat(Long.parseLong(col(r, "GLOBALEVENTID")))
        .isPositive()
        .isEqualTo(GdeltRecord.globalEventId("e1"));
    assertThat(col(r, "SQLDATE")).isEqualTo("20241015");
    assertThat(col(r, "MonthYear")).isEqualTo("202410");
    assertThat(col(r, "Year")).isEqualTo("2024");
    assertThat(col(r, "FractionDate")).isEqualTo("2024.7918"); // day 289 of 2024 over 365
    assertThat(col(r, "Actor1Code")).isEqualTo("PRKMIL");
    assertThat(col(r, "Actor1Name")).isEqualTo("NORTH KOREA");
    assertThat(col(r, "Actor1CountryCode")).isEqualTo("PRK");
    assertThat(col(r, "Actor1KnownGroupCode")).isEmpty();
    assertThat(col(r, "Actor1Type1Code")).isEqualTo("MIL");
    assertThat(col(r, "Actor1Type2Code")).isEmpty();
    assertThat(col(r, "Actor2Code")).isEqualTo("RUSGOV");
    assertThat(col(r, "Actor2Name")).isEqualTo("RUSSIA");
    assertThat(col(r, "Actor2CountryCode")).isEqualTo("RUS");
    assertThat(col(r, "Actor2Type1Code")).isEqualTo("GOV");
    assertThat(col(r, "IsRootEvent")).isEqualTo("1");
    assertThat(col(r, "EventCode")).isEqualTo("0741");
    assertThat(col(r, "EventBaseCode")).isEqualTo("074");
    assertThat(col(r, "EventRootCode")).isEqualTo("07");
    assertThat(col(r, "QuadClass")).isEqualTo("2");
    assertThat(col(r, "GoldsteinScale")).isEqualTo("8.3");
    assertThat(col(r, "NumMentions")).isEqualTo("1");
    assertThat(col(r, "NumSources")).isEqualTo("1");
    assertThat(col(r, "NumArticles")).isEqualTo("1");
    assertThat(col(r, "AvgTone")).isEmpty();
    assertThat(r.subList(35, 59)).allSatisfy(geo -> assertThat(geo).isEmpty());
    assertThat(col(r, "DATEADDED")).isEqualTo("20250102030405");
    assertThat(col(r, "SOURCEURL")).isEqualTo("https://news.example/e1");
  }

  @Test
  void organisationsFillKnownGroupAndTypeNotCountry() {
    Event e = Fixtures.event("e1", "IGOWSTNAT", "IGOUNOSEC", Modality.ASSERTED, Optional.empty());
    StringWriter out = new StringWriter();
    WRITER.writeEvents(out, List.of(e));

    List<String> r = lines(out.toString()).get(0);
    assertThat(col(r, "Actor1Name")).isEqualTo("NATO");
    assertThat(col(r, "Actor1CountryCode")).isEmpty();
    assertThat(col(r, "Actor1KnownGroupCode")).isEqualTo("NAT");
    assertThat(col(r, "Actor1Type1Code")).isEqualTo("IGO");
    assertThat(col(r, "Actor2Name")).isEqualTo("UNITED NATIONS");
    assertThat(col(r, "Actor2KnownGroupCode")).isEqualTo("UNO");
    assertThat(col(r, "Actor2Type1Code")).isEqualTo("IGO");
    assertThat(col(r, "Actor2Type2Code")).isEqualTo("SEC");
    // No text date: the publication date stands in.
    assertThat(col(r, "SQLDATE")).isEqualTo("20241018");
  }

  @Test
  void formulasFromArticlesAreNeutralisedAndNumbersKept() {
    StringWriter out = new StringWriter();
    WRITER.writeEvents(out, List.of(Fixtures.formulaEvent()));

    List<String> row = lines(out.toString()).get(0);
    assertThat(col(row, "SOURCEURL")).startsWith("'=HYPERLINK(");
    assertThat(col(row, "Actor2Name")).isEqualTo("'=1+1");
    assertThat(col(row, "GoldsteinScale")).isEqualTo("-7.5");
  }

  @Test
  void noTabOrLineBreakLeaksFromText() {
    Event awkward = Fixtures.awkwardEvent();
    Event tabbed =
        new Event(
            awkward.eventId(),
            awkward.docId(),
            "https://x.example/a\tb\nc",
            awkward.published(),
            7,
            awkward.sentence(),
            awkward.span(),
            new dev.dyad.core.coding.EventActor("XYZ\tQ", "a\tb"),
            awkward.target(),
            awkward.eventType(),
            awkward.mode(),
            awkward.cameo(),
            awkward.quadClass(),
            awkward.intensity(),
            awkward.modality(),
            awkward.modalityCue(),
            awkward.date(),
            awkward.dateBasis(),
            awkward.historical(),
            awkward.pattern(),
            awkward.confidence(),
            awkward.object());
    StringWriter out = new StringWriter();
    WRITER.writeEvents(out, List.of(awkward, tabbed));

    List<List<String>> rows = lines(out.toString());
    assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).hasSize(61));
    assertThat(col(rows.get(1), "SOURCEURL")).isEqualTo("https://x.example/a b c");
    assertThat(col(rows.get(1), "Actor1Code")).isEqualTo("XYZ Q");
    assertThat(col(rows.get(1), "IsRootEvent")).isEqualTo("0");
    // A month date reads as its first day.
    assertThat(col(rows.get(0), "SQLDATE")).isEqualTo("20241001");
    assertThat(col(rows.get(0), "GoldsteinScale")).isEqualTo("-10.0");
  }

  @Test
  void onlyFactualModalitiesByDefault() {
    List<Event> events =
        Stream.of(Modality.values())
            .map(m -> Fixtures.event("e-" + m.label(), "PRK", "RUS", m, Optional.empty()))
            .toList();

    StringWriter factual = new StringWriter();
    StringWriter all = new StringWriter();
    long written = WRITER.writeEvents(factual, events.stream());
    long writtenAll = WRITER.includingAllModalities().writeEvents(all, events);

    assertThat(written).isEqualTo(2);
    assertThat(lines(factual.toString()))
        .extracting(r -> col(r, "SOURCEURL"))
        .containsExactly("https://news.example/e-asserted", "https://news.example/e-reported");
    assertThat(writtenAll).isEqualTo(Modality.values().length);
    assertThat(lines(all.toString())).hasSize(Modality.values().length);
  }

  @Test
  void claimsCountMentionsSourcesAndDocuments() {
    List<dev.dyad.core.claims.Claim> claims =
        List.of(
            Fixtures.claim(
                "c1",
                Fixtures.PRK,
                Fixtures.RUS,
                EventType.AID,
                Optional.of("military"),
                ClaimStatus.CONFIRMED,
                5,
                3),
            Fixtures.claim(
                "c2",
                Fixtures.PRK,
                Fixtures.RUS,
                EventType.AID,
                Optional.empty(),
                ClaimStatus.ALLEGED,
                1,
                1),
            Fixtures.claim(
                "c3",
                new ClaimActor("USA", "United States"),
                Fixtures.PRK,
                EventType.ACCUSE,
                Optional.empty(),
                ClaimStatus.DISPUTED,
                2,
                2));
    StringWriter out = new StringWriter();

    assertThat(WRITER.writeClaims(out, claims)).isEqualTo(1);

    List<String> r = lines(out.toString()).get(0);
    assertThat(r).hasSize(61);
    assertThat(col(r, "GLOBALEVENTID")).isEqualTo(Long.toString(GdeltRecord.globalEventId("c1")));
    assertThat(col(r, "SQLDATE")).isEqualTo("20241018");
    assertThat(col(r, "Actor1Code")).isEqualTo("PRK");
    assertThat(col(r, "Actor1Name")).isEqualTo("NORTH KOREA");
    assertThat(col(r, "Actor2CountryCode")).isEqualTo("RUS");
    assertThat(col(r, "EventRootCode")).isEqualTo("07");
    assertThat(col(r, "QuadClass")).isEqualTo("2");
    assertThat(col(r, "NumMentions")).isEqualTo("2");
    assertThat(col(r, "NumSources")).isEqualTo("3");
    assertThat(col(r, "NumArticles")).isEqualTo("5");
    assertThat(col(r, "IsRootEvent")).isEqualTo("0");
    assertThat(col(r, "SOURCEURL")).isEqualTo("https://news.example/d1");

    StringWriter all = new StringWriter();
    assertThat(WRITER.includingAllModalities().writeClaims(all, claims)).isEqualTo(3);
  }

  @Test
  void sqlDateFollowsTheTextsPrecision() {
    Optional<LocalDate> published = Optional.of(LocalDate.of(2024, 10, 18));
    assertThat(GdeltEventWriter.day(Optional.of("2024-03-09"), published))
        .contains(LocalDate.of(2024, 3, 9));
    assertThat(GdeltEventWriter.day(Optional.of("2024-03"), published))
        .contains(LocalDate.of(2024, 3, 1));
    assertThat(GdeltEventWriter.day(Optional.of("2024"), published)).isEqualTo(published);
    assertThat(GdeltEventWriter.day(Optional.of("1950"), published))
        .contains(LocalDate.of(1950, 1, 1));
    assertThat(GdeltEventWriter.day(Optional.empty(), published)).isEqualTo(published);
    assertThat(GdeltEventWriter.day(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void undatedRowsKeepSixtyOneColumnsWithBlankDates() {
    Event e = Fixtures.event("e1", "PRK", "RUS", Modality.ASSERTED, Optional.empty());
    Event undated =
        new Event(
            e.eventId(),
            e.docId(),
            e.docUri(),
            Optional.empty(),
            e.sentenceIndex(),
            e.sentence(),
            e.span(),
            e.source(),
            e.target(),
            e.eventType(),
            e.mode(),
            e.cameo(),
            e.quadClass(),
            e.intensity(),
            e.modality(),
            e.modalityCue(),
            Optional.empty(),
            e.dateBasis(),
            e.historical(),
            e.pattern(),
            e.confidence(),
            e.object());
    StringWriter out = new StringWriter();
    WRITER.writeEvents(out, List.of(undated));

    List<String> r = lines(out.toString()).get(0);
    assertThat(r).hasSize(61);
    assertThat(r.subList(1, 5)).containsOnly("");
  }

  /**
   * A GlobalEventID depends on the Dyad id alone, on every machine and in every version: the first
   * eight bytes of its SHA-256, big-endian, with the sign bit cleared. The expected numbers were
   * computed outside Java from that definition, so another hash (or byte order) fails here.
   */
  @Test
  void globalEventIdIsTheFirstEightBytesOfTheSha256OfTheId() {
    // SHA-256("abc") starts ba7816bf8f01cfea: the sign bit is cleared, 0x3a7816bf8f01cfea.
    assertThat(GdeltRecord.globalEventId("abc")).isEqualTo(4213142463398924266L);
    assertThat(GdeltRecord.globalEventId("abd")).isEqualTo(2678821126639660141L);
    assertThat(GdeltRecord.globalEventId("681bb6c931360d303a899482"))
        .isEqualTo(2947225257412975348L);
  }
}
