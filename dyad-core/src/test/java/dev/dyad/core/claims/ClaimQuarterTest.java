package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimQuarterTest {
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 5, 10));

  @Test
  void placesADayByTheMiddleOfItsWindow() {
    ClaimPeriod day = ClaimPeriod.parse("2024-09-30", true); // 15 days either side
    assertThat(ClaimQuarter.of(Optional.of(day), PUBLISHED)).isEqualTo("2024Q3");
    assertThat(ClaimQuarter.of(Optional.of(ClaimPeriod.parse("2024-10-01", true)), PUBLISHED))
        .isEqualTo("2024Q4");
  }

  @Test
  void placesAMonthByItsMiddleWhateverThePublicationDate() {
    assertThat(ClaimQuarter.of(Optional.of(ClaimPeriod.parse("2024-06", false)), PUBLISHED))
        .isEqualTo("2024Q2");
  }

  @Test
  void placesAYearByThePublicationDateInsideIt() {
    assertThat(ClaimQuarter.of(Optional.of(ClaimPeriod.parse("2025", false)), PUBLISHED))
        .isEqualTo("2025Q2");
  }

  @Test
  void placesAYearBeforeOrAfterThePublicationAtItsNearestEnd() {
    assertThat(ClaimQuarter.of(Optional.of(ClaimPeriod.parse("2023", false)), PUBLISHED))
        .isEqualTo("2023Q4");
    assertThat(ClaimQuarter.of(Optional.of(ClaimPeriod.parse("2027", false)), PUBLISHED))
        .isEqualTo("2027Q1");
  }

  @Test
  void placesAYearWithNoPublicationDateByItsMiddle() {
    assertThat(ClaimQuarter.of(Optional.of(ClaimPeriod.parse("2023", false)), Optional.empty()))
        .isEqualTo("2023Q3");
  }

  @Test
  void placesAnUndatedEventByItsPublicationOrNowhere() {
    assertThat(ClaimQuarter.of(Optional.empty(), PUBLISHED)).isEqualTo("2025Q2");
    assertThat(ClaimQuarter.of(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void keyTextsCarryTheQuarterAndReadBack() {
    ClaimKey key = ClaimKey.parse("PRK|RUS|AID||dir|now|2024Q4");
    assertThat(key.quarter()).isEqualTo("2024Q4");
    assertThat(key.text()).isEqualTo("PRK|RUS|AID||dir|now|2024Q4");
    assertThat(key.dyadText()).isEqualTo("PRK|RUS|AID||dir|now");
    assertThat(ClaimKey.parse("PRK|RUS|AID||dir|now").text()).isEqualTo("PRK|RUS|AID||dir|now");
  }
}
