package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class IngestProgressBarTest {
  @Test
  void drawsTheShareReadAndTheTimeLeftAtTheRateSoFar() {
    // A quarter read in 30 s leaves 90 s.
    String bar = IngestCommand.Progress.bar(OptionalDouble.of(0.25), 30_000_000_000L);
    assertThat(bar).startsWith("[######..................]").contains(" 25%").contains("1:30 left");
  }

  @Test
  void saysNothingOfTimeBeforeAnythingIsReadOrWithoutATotal() {
    assertThat(IngestCommand.Progress.bar(OptionalDouble.of(0.0), 1_000_000_000L))
        .contains("--:-- left");
    assertThat(IngestCommand.Progress.bar(OptionalDouble.empty(), 1_000_000_000L)).isEmpty();
  }

  @Test
  void writesHoursWhenTheRunIsLong() {
    assertThat(IngestCommand.Progress.duration(3 * 3600 + 5 * 60 + 7)).isEqualTo("3:05:07");
    assertThat(IngestCommand.Progress.duration(59)).isEqualTo("0:59");
  }
}
