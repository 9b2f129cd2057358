package dev.dyad.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EventDatePeriodsTest {

  @Test
  void loadsTheBuiltInPeriodsFile() {
    assertThat(Periods.named(Periods.builtIn(), "cold war"))
        .hasValueSatisfying(
            p -> {
              assertThat(p.first()).isEqualTo(OptionalInt.of(1947));
              assertThat(p.last()).isEqualTo(1991);
            });
    assertThat(Periods.named(Periods.builtIn(), "soviet"))
        .hasValueSatisfying(p -> assertThat(p.cue()).isTrue());
  }

  @Test
  void readsNamesAsTokenKeysWithoutTheArticle() {
    List<Periods.Period> p =
        Periods.parse(List.of("# comment", "", "1950 1953 the Korean War | Korean conflict"));
    assertThat(p)
        .singleElement()
        .satisfies(x -> assertThat(x.names()).containsExactly("korean conflict", "korean war"));
  }

  @Test
  void rejectsMalformedLinesLoudly() {
    assertThatThrownBy(() -> Periods.parse(List.of("1950 Korean War")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Periods.parse(List.of("1953 1950 Korean War")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Periods.parse(List.of("1700 1750 Seven Years' War")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
