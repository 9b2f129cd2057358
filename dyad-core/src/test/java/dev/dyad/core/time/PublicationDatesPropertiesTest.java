package dev.dyad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.testkit.TryTimeout;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@TryTimeout(seconds = 10)
class PublicationDatesPropertiesTest {

  @Property(tries = 500)
  void metadataParserNeverThrows(@ForAll String raw) {
    PublicationDates.fromMetadata(raw).ifPresent(d -> assertPlausible(d));
  }

  @Property(tries = 500)
  void fromTextNeverReturnsAnImplausibleYear(@ForAll("datelike") List<String> lines) {
    assertPlausible(PublicationDates.fromText(lines.stream().map(Block::paragraph).toList()));
  }

  @Property(tries = 300)
  void fromTextNeverThrowsOnArbitraryText(@ForAll List<String> lines) {
    assertPlausible(PublicationDates.fromText(lines.stream().map(Block::paragraph).toList()));
  }

  @Property(tries = 300)
  void readsEveryWrittenIsoDate(@ForAll("dates") LocalDate date) {
    assertThat(PublicationDates.fromMetadata(date.toString()).flatMap(PublicationDate::date))
        .contains(date);
  }

  @Provide
  Arbitrary<List<String>> datelike() {
    Arbitrary<String> numbers = Arbitraries.integers().between(0, 9999).map(String::valueOf);
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            numbers,
            Arbitraries.of(
                "-",
                "/",
                ".",
                " ",
                ", ",
                "date ",
                "Published ",
                "Nov ",
                "March ",
                "Friday, ",
                "min read "));
    return pieces.list().ofMaxSize(8).map(p -> String.join("", p)).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static void assertPlausible(PublicationDate d) {
    Stream.concat(d.date().stream(), d.alternatives().stream())
        .forEach(x -> assertThat(x.getYear()).isBetween(1900, 2100));
  }
}
