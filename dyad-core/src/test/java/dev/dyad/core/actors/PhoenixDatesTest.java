package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The readers of dated lines, on any date: the other file's and people.txt's own. */
class PhoenixDatesTest {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter LONG = DateTimeFormatter.BASIC_ISO_DATE;

  @Property
  void readsEightDigitDatesAndTwoDigitYearsOfItsCentury(
      @ForAll @IntRange(min = 0, max = 36_524) int days) {
    LocalDate date = LocalDate.of(1921, 1, 1).plusDays(days); // 1921-01-01 .. 2020-12-31
    assertThat(PhoenixActors.date(date.format(LONG))).isEqualTo(date);
    assertThat(PhoenixActors.date(date.format(SHORT))).isEqualTo(date);
  }

  @Property
  void readsARestrictionBackWhateverItsDates(
      @ForAll @IntRange(min = 0, max = 30_000) int start,
      @ForAll @IntRange(min = 0, max = 5_000) int length)
      throws IOException {
    LocalDate from = LocalDate.of(1930, 1, 1).plusDays(start);
    LocalDate to = from.plusDays(length);
    String text = "NAME_ONE_\n\t[XXXGOV " + from.format(LONG) + "-" + to.format(SHORT) + "]\n";
    PhoenixActors.Entry entry =
        PhoenixActors.read(new BufferedReader(new StringReader(text))).get(0);
    assertThat(entry.restrictions())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.from()).contains(from);
              assertThat(r.to()).contains(to.getYear() > 2020 ? to.minusYears(100) : to);
            });
  }

  @Property
  void readsAnOfficeLineWhetherTheDayIsGivenOrNot(
      @ForAll @IntRange(min = 0, max = 20_000) int start, @ForAll boolean monthOnly)
      throws IOException {
    LocalDate from = LocalDate.of(1960, 1, 1).plusDays(start);
    String written = monthOnly ? from.toString().substring(0, 7) : from.toString();
    OfficeTerm term =
        OfficeTerm.read(
                new BufferedReader(
                    new StringReader(
                        "A-ONE | person | One | | country=AAA\n> AAAGOV | President | "
                            + written
                            + " |\n")))
            .get(0);
    assertThat(term.from()).isEqualTo(monthOnly ? from.withDayOfMonth(1) : from);
    assertThat(term.fromMonthOnly()).isEqualTo(monthOnly);
    assertThat(term.to()).isEmpty();
  }
}
