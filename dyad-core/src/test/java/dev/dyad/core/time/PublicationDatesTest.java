package dev.dyad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.PublicationDate.Basis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PublicationDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-10-18T09:30:00+09:00 | 2024-10-18",
        "2024-10-18T23:30:00-05:00 | 2024-10-18",
        "2024-10-18T09:30:00Z      | 2024-10-18",
        "2024-10-18T09:30:00.123Z  | 2024-10-18",
        "2024-10-18 09:30          | 2024-10-18",
        "2023-11-15                | 2023-11-15",
        "2023/11/15                | 2023-11-15",
        "20231115T093000Z          | 2023-11-15",
        "Fri, 18 Oct 2024 09:30:00 GMT   | 2024-10-18",
        "Fri, 18 Oct 2024 09:30:00 +0900 | 2024-10-18",
        "18 Oct 2024 09:30 EST     | 2024-10-18",
        "November 15, 2023         | 2023-11-15",
        "15 November 2023          | 2023-11-15",
        "Nov. 15, 2023             | 2023-11-15",
        "Sept. 5, 2023             | 2023-09-05",
        "November 15th, 2023       | 2023-11-15",
        "15/11/2023                | 2023-11-15",
        "1700000000                | 2023-11-14",
      })
  void readsMetadataDateAsWritten(String raw, String expected) {
    assertThat(PublicationDates.fromMetadata(raw))
        .contains(PublicationDate.known(LocalDate.parse(expected), Basis.METADATA, raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "yesterday",
        "2023",
        "2023-02-30",
        "1850-01-01",
        "2150-01-01",
        "13/14/2023",
        "November 2023",
        "5 March",
        "2023-13-01",
        "Feb 29, 2023",
        "0000-00-00T00:00:00Z"
      })
  void rejectsMetadataWithoutAPlausibleDate(String raw) {
    assertThat(PublicationDates.fromMetadata(raw)).isEmpty();
  }

  @Test
  void acceptsLeapDayOnlyInLeapYears() {
    assertThat(PublicationDates.fromMetadata("2024-02-29")).isPresent();
    assertThat(PublicationDates.fromMetadata("2023-02-29")).isEmpty();
  }

  @Test
  void keepsBothReadingsOfAmbiguousMetadataDate() {
    assertThat(PublicationDates.fromMetadata("07/11/2024").orElseThrow().alternatives())
        .containsExactly(LocalDate.of(2024, 7, 11), LocalDate.of(2024, 11, 7));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "date 2023-11-15                      | 2023-11-15",
        "Friday, January 4, 2019              | 2019-01-04",
        "Friday, January 4, 2019 \u00A0       | 2019-01-04",
        "November 15, 2023                    | 2023-11-15",
        "15 November 2023                     | 2023-11-15",
        "Nov. 15, 2023                        | 2023-11-15",
        "Published 15 November 2023           | 2023-11-15",
        "Published on Nov 15, 2023 at 9:30 a.m. ET | 2023-11-15",
        "Posted: 2023-11-15 09:30 GMT         | 2023-11-15",
        "3 min read 25-11-2024                | 2024-11-25",
        "3 min read 11-25-2024                | 2024-11-25",
        "By Jane Doe · Nov 15, 2023           | 2023-11-15",
        "SEOUL, 15 November 2023              | 2023-11-15",
      })
  void readsDatelineForms(String line, String expected) {
    PublicationDate date = PublicationDates.fromText(List.of(Block.paragraph(line)));
    assertThat(date.date()).contains(LocalDate.parse(expected));
    assertThat(date.basis()).isEqualTo(Basis.TEXT);
    assertThat(date.evidence()).isNotBlank();
  }

  @Test
  void readsDateThatOpensTheFirstParagraph() {
    String text =
        " date 2023-11-15 In recent years the two countries have " + "moved closer. ".repeat(20);
    assertThat(PublicationDates.fromText(paragraphs(text)).date())
        .contains(LocalDate.of(2023, 11, 15));
  }

  @Test
  void keepsBothReadingsOfAmbiguousDate() {
    PublicationDate date =
        PublicationDates.fromText(paragraphs("alliance", "3 min read 07-11-2024", "Introduction"));
    assertThat(date.isAmbiguous()).isTrue();
    assertThat(date.date()).isEmpty();
    assertThat(date.alternatives())
        .containsExactly(LocalDate.of(2024, 7, 11), LocalDate.of(2024, 11, 7));
    assertThat(date.basis()).isEqualTo(Basis.TEXT);
    assertThat(date.evidence()).isEqualTo("3 min read 07-11-2024");
  }

  @Test
  void readsNumericDateWithEqualDayAndMonthAsCertain() {
    assertThat(PublicationDates.fromText(paragraphs("Updated 05.05.2024")).date())
        .contains(LocalDate.of(2024, 5, 5));
  }

  @Test
  void prefersPublishedOverUpdated() {
    PublicationDate date =
        PublicationDates.fromText(
            paragraphs("Updated: November 16, 2023", "Published: November 15, 2023"));
    assertThat(date.date()).contains(LocalDate.of(2023, 11, 15));
  }

  @Test
  void fallsBackToUpdatedLine() {
    assertThat(PublicationDates.fromText(paragraphs("Title", "Updated: Nov 16, 2023")).date())
        .contains(LocalDate.of(2023, 11, 16));
  }

  @Test
  void findsDatelineAfterManyShortLinesBeforeTheBody() {
    PublicationDate date =
        PublicationDates.fromText(
            paragraphs(
                "Home",
                "World",
                "Asia",
                "Politics",
                "Share",
                "Title",
                "Nov 15, 2023",
                "Body " + "text ".repeat(60)));
    assertThat(date.date()).contains(LocalDate.of(2023, 11, 15));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "In 2023, reports surfaced that the two countries had signed a pact.",
        "This was evident during the Korean War (1950-1953), when aid flowed north.",
        "On 5 March the army moved north.",
        "On 5 March 2023 the army moved north.",
        "The army attacked on November 15, 2023 near the border.",
        "Talks held 2019-01-04 in Hanoi ended without a deal.",
        "Version 1.2.2023 of the report",
      })
  void ignoresEventDatesInBodySentences(String sentence) {
    assertThat(PublicationDates.fromText(paragraphs("Title", sentence)))
        .isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void ignoresDatelineDeepInTheBody() {
    String body = "The summit opened with a long speech about trade. ".repeat(6);
    assertThat(
            PublicationDates.fromText(
                paragraphs("Title", body, body, body, body, body, "Nov 15, 2023")))
        .isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void returnsUnknownForNoBlocks() {
    assertThat(PublicationDates.fromText(List.of())).isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void findUsesMetadataWhenItParses() {
    List<Block> text = paragraphs("Nov 15, 2023");
    assertThat(PublicationDates.find(Optional.of("2024-01-02"), text).basis())
        .isEqualTo(Basis.METADATA);
    assertThat(PublicationDates.find(Optional.of("soon"), text).basis()).isEqualTo(Basis.TEXT);
    assertThat(PublicationDates.find(Optional.empty(), text).date())
        .contains(LocalDate.of(2023, 11, 15));
    assertThat(PublicationDates.find(Optional.empty(), paragraphs("no date")))
        .isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void firstDatelineGivesTheDatePosition() {
    DateMatch m = PublicationDates.firstDateline("Published: Nov 15, 2023").orElseThrow();
    assertThat(m.text()).isEqualTo("Nov 15, 2023");
    assertThat(m.start()).isEqualTo(11);
    assertThat(PublicationDates.firstDateline("We met on Nov 15, 2023 in Seoul")).isEmpty();
  }

  static List<Block> paragraphs(String... lines) {
    return Arrays.stream(lines).map(Block::paragraph).toList();
  }
}
