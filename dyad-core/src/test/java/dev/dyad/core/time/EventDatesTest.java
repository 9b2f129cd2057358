package dev.dyad.core.time;

import static dev.dyad.core.time.EventDateTesting.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.EventDate;
import dev.dyad.core.model.EventDate.Basis;
import dev.dyad.core.model.PublicationDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EventDatesTest {
  // 2024-10-23 is a Wednesday.
  private static final String PUB = "2024-10-23";

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Russia sent shells to North Korea on 18 October 2024.          | sent     | 2024-10-18
      Russia sent shells to North Korea on October 18, 2024.         | sent     | 2024-10-18
      Russia sent shells to North Korea on 18 Oct. 2024.             | sent     | 2024-10-18
      Russia sent shells to North Korea on 2024-10-18.               | sent     | 2024-10-18
      Russia sent shells to North Korea on 18 Oct.                   | sent     | 2024-10-18
      Russia sent shells to North Korea on October 25.               | sent     | 2023-10-25
      Russia sent shells to North Korea in October 2024.             | sent     | 2024-10
      Russia sent shells to North Korea in mid-October 2024.         | sent     | 2024-10
      Russia sent shells to North Korea in 2023.                     | sent     | 2023
      Russia sent shells to North Korea in the 1950s.                | sent     | 1950
      Russia sent shells to North Korea in October.                  | sent     | 2024-10
      Russia sent shells to North Korea in November.                 | sent     | 2023-11
      Russia sent shells to North Korea last October.                | sent     | 2023-10
      Russia sent shells to North Korea last September.              | sent     | 2024-09
      North Korea will send troops to Russia in November.            | send     | 2024-11
      North Korea will send troops to Russia next month.             | send     | 2024-11
      North Korea sent troops to Russia last month.                  | sent     | 2024-09
      North Korea sent troops to Russia this month.                  | sent     | 2024-10
      North Korea sent troops to Russia last year.                   | sent     | 2023
      North Korea sent troops to Russia earlier this year.           | sent     | 2024
      North Korea sent troops to Russia yesterday.                   | sent     | 2024-10-22
      North Korea sent troops to Russia today.                       | sent     | 2024-10-23
      North Korea sent troops to Russia three days ago.              | sent     | 2024-10-20
      North Korea sent troops to Russia on Monday.                   | sent     | 2024-10-21
      North Korea sent troops to Russia on Wednesday.                | sent     | 2024-10-23
      North Korea sent troops to Russia on Thursday.                 | sent     | 2024-10-17
      North Korea sent troops to Russia last Wednesday.              | sent     | 2024-10-16
      Students plan to march on the embassy on Friday.               | march    | 2024-10-25
      North Korea sent troops to Russia this week.                   | sent     | 2024-10
      North Korea sent troops to Russia last week.                   | sent     | 2024-10
      North Korea has sent troops to Russia since March.             | sent     | 2024-03
      Following World War II, North Korea and the Soviet Union established ties. | established | 1945
      Chinese troops entered the Korean War in October 1950.         | entered  | 1950-10
      Moscow armed Pyongyang after World War II.                     | armed    | 1945
      Moscow armed Pyongyang in the post-war era.                    | armed    | 1945
      Moscow armed Baghdad during the Gulf War.                      | armed    | 1990
      Moscow armed Havana during the 1962 Cuban missile crisis.      | armed    | 1962
      Moscow armed Pyongyang in Soviet times.                        | armed    | 1922
      During the Korean War (1950-1953), Moscow backed Pyongyang.    | backed   | 1950
      Putin, who visited Pyongyang in 2000, met Kim on Monday.       | met      | 2024-10-21
      In 2000, Putin became the first Kremlin leader to visit Pyongyang. | visit | 2000
      Seoul said on Monday that Pyongyang had sent troops in August. | sent     | 2024-08
      """)
  void resolvesTemporalExpressions(String sentence, String trigger, String expected) {
    EventDate d = date(sentence, trigger, PUB);
    assertThat(d.date()).as(d.evidence()).contains(expected);
    assertThat(d.basis()).isEqualTo(Basis.TEXT);
  }

  @ParameterizedTest(name = "{0} -> historical {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Throughout the Cold War, Moscow armed Pyongyang with MiG fighters.       | armed     | true
      Soviet pilots secretly flew combat missions over Korea.                  | flew      | true
      Moscow slashed aid to Pyongyang after the Soviet collapse.               | slashed   | true
      Kim Il Sung visited Moscow in 1984.                                      | visited   | true
      Putin visited Pyongyang in 2019.                                         | visited   | true
      Putin visited Pyongyang in 2020.                                         | visited   | false
      Russia sent shells to North Korea in the 1990s.                          | sent      | true
      Russia staged its largest drills since the Cold War.                     | staged    | false
      Russia sent Soviet-era tanks to North Korea on Monday.                   | sent      | false
      Former Soviet republics condemned Russia on Monday.                      | condemned | false
      Putin's visit to Pyongyang was his first since 2000.                     | visit     | false
      Seoul suspended the 2018 military agreement with Pyongyang.              | suspended | false
      """)
  void marksBackgroundAsHistorical(String sentence, String trigger, boolean historical) {
    assertThat(date(sentence, trigger, "2024-06-18").historical()).isEqualTo(historical);
  }

  @Test
  void marksColdWarSupportAsHistorical() {
    EventDate d = date("During the Cold War, Moscow supported Pyongyang.", "supported", PUB);
    assertThat(d)
        .isEqualTo(new EventDate(Optional.of("1947"), Basis.TEXT, true, "During the Cold War"));
  }

  @Test
  void keepsMonthPrecisionForInOctober() {
    assertThat(date("Russia sent oil in October.", "sent", PUB).date()).contains("2024-10");
  }

  @Test
  void datesEventOnWeekdayBeforePublication() {
    assertThat(date("Kim met Putin on Tuesday.", "met", PUB).date()).contains("2024-10-22");
  }

  @Test
  void usesPublicationDateWhenSentenceHasNoDate() {
    assertThat(date("Russia sent oil to North Korea.", "sent", PUB))
        .isEqualTo(new EventDate(Optional.of(PUB), Basis.PUBLISHED, false, PUB));
  }

  @Test
  void givesNoDateWithoutPublicationDateOrTemporalWords() {
    assertThat(date("Russia sent oil to North Korea.", "sent", PublicationDate.UNKNOWN))
        .isEqualTo(EventDate.NONE);
  }

  @Test
  void marksOnlyPeriodsHistoricalWithoutPublicationDate() {
    assertThat(date("Kim visited Moscow in 1984.", "visited", PublicationDate.UNKNOWN))
        .satisfies(d -> assertThat(d.date()).contains("1984"))
        .satisfies(d -> assertThat(d.historical()).isFalse());
    assertThat(
            date("During the Korean War, China sent troops.", "sent", PublicationDate.UNKNOWN)
                .historical())
        .isTrue();
  }

  @Test
  void leavesRelativeDatesUndatedWithoutPublicationDate() {
    assertThat(date("Russia sent oil last week.", "sent", PublicationDate.UNKNOWN).date())
        .isEmpty();
  }

  @Test
  void usesNoPublicationDateWhenItsReadingsDisagreeOnTheMonth() {
    PublicationDate ambiguous =
        PublicationDate.ambiguous(
            List.of(LocalDate.of(2024, 7, 11), LocalDate.of(2024, 11, 7)),
            PublicationDate.Basis.TEXT,
            "07-11-2024");
    assertThat(date("Russia sent oil.", "sent", ambiguous)).isEqualTo(EventDate.NONE);
    assertThat(date("Russia sent oil last year.", "sent", ambiguous).date()).contains("2023");
    assertThat(date("Russia sent oil yesterday.", "sent", ambiguous).date()).contains("2024");
  }

  @Test
  void labelsAWeekAcrossAMonthEndByItsYear() {
    // 2024-10-02 is a Wednesday: its week runs from 30 September to 6 October.
    assertThat(date("Russia sent oil this week.", "sent", "2024-10-02").date()).contains("2024");
  }

  @Test
  void doesNotReadModalMayOrVerbMarchAsMonths() {
    assertThat(date("Moscow may help Pyongyang this may.", "help", PUB).basis())
        .isEqualTo(Basis.PUBLISHED);
    assertThat(date("Protesters will march on the embassy.", "march", PUB).basis())
        .isEqualTo(Basis.PUBLISHED);
  }

  @Test
  void doesNotReadQuantitiesAsYears() {
    assertThat(date("Russia sent a total of 2000 troops.", "sent", PUB).basis())
        .isEqualTo(Basis.PUBLISHED);
  }

  @Test
  void prefersTheDateInTheEventsClause() {
    EventDate d = date("Putin, who visited Pyongyang in 2000, met Kim on Monday.", "visited", PUB);
    assertThat(d.date()).contains("2000");
    assertThat(d.historical()).isTrue();
  }

  @Test
  void leavesTheFullStopOutOfTheEvidence() {
    assertThat(date("Troops fought in Kursk in December.", "fought", PUB).evidence())
        .isEqualTo("in December");
  }

  @Test
  void keepsSinceAcrossASeasonQualifier() {
    EventDate d = date("North Korea has shipped shells since the autumn of 2018.", "shipped", PUB);
    assertThat(d.evidence()).isEqualTo("since the autumn of 2018");
    assertThat(d.date()).contains("2018");
    assertThat(d.historical()).as("ongoing, so not background").isFalse();
  }

  @Test
  void leavesBeforeAPeriodUndatedButHistorical() {
    assertThat(date("Moscow armed Baghdad before the Gulf War.", "armed", PUB))
        .isEqualTo(new EventDate(Optional.empty(), Basis.TEXT, true, "before the Gulf War"));
  }
}
