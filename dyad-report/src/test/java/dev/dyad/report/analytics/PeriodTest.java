package dev.dyad.report.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void labelsIsoWeeksByTheirWeekBasedYear() {
    assertThat(Period.WEEK.label(Period.WEEK.startOf(LocalDate.of(2024, 10, 9))))
        .isEqualTo("2024-W41");
    assertThat(Period.WEEK.startOf(LocalDate.of(2024, 10, 9))).isEqualTo(LocalDate.of(2024, 10, 7));
    // The Monday of the week holding 1 January 2025 is in December 2024.
    assertThat(Period.WEEK.label(Period.WEEK.startOf(LocalDate.of(2025, 1, 1))))
        .isEqualTo("2025-W01");
    assertThat(Period.WEEK.label(Period.WEEK.startOf(LocalDate.of(2021, 1, 3))))
        .isEqualTo("2020-W53");
  }

  @Test
  void labelsMonthsAndEndsThemOnTheirLastDay() {
    LocalDate start = Period.MONTH.startOf(LocalDate.of(2024, 2, 17));
    assertThat(Period.MONTH.label(start)).isEqualTo("2024-02");
    assertThat(Period.MONTH.endOf(start)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Period.WEEK.endOf(LocalDate.of(2024, 10, 7))).isEqualTo(LocalDate.of(2024, 10, 13));
  }

  @Property
  void labelsRoundTrip(@ForAll("days") LocalDate day, @ForAll Period by) {
    LocalDate start = by.startOf(day);
    assertThat(by.parse(by.label(start))).isEqualTo(start);
  }

  @Property
  void periodsHoldTheirDaysAndFollowEachOtherWithoutGaps(
      @ForAll("days") LocalDate day, @ForAll Period by) {
    LocalDate start = by.startOf(day);
    assertThat(start).isBeforeOrEqualTo(day);
    assertThat(by.endOf(start)).isAfterOrEqualTo(day);
    assertThat(by.next(start)).isEqualTo(by.endOf(start).plusDays(1));
    assertThat(by.startOf(by.endOf(start))).isEqualTo(start);
    if (by == Period.WEEK) {
      assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }
}
