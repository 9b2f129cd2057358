package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A state that no longer exists makes an event background only when the article was written long
 * after it ended (the five-year rule of event dates): a 1987 dispatch about Soviet troops reports
 * news, a 2025 article about them recalls the past.
 */
class PastStatesTest {
  private static final String SOVIET =
      "Soviet troops attacked Afghan rebels in Paktia province on Tuesday.";

  private static List<Event> coded(LocalDate published, String sentence) {
    return Docs.CUED.code(Docs.publishedOn(published, sentence));
  }

  @Test
  void aSovietActInASovietEraDispatchIsNews() {
    List<Event> events = coded(LocalDate.of(1987, 6, 2), SOVIET);
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> assertThat(e.historical()).isFalse());
  }

  @Test
  void aSovietActInAModernArticleIsBackground() {
    List<Event> events = coded(LocalDate.of(2025, 3, 1), SOVIET);
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(e -> assertThat(e.historical()).isTrue());
  }

  @Test
  void withinFiveYearsOfTheStatesEndItIsStillNews() {
    List<Event> events =
        coded(
            LocalDate.of(1994, 2, 16),
            "Yugoslav army troops shelled the Croatian town of Vukovar on Sunday.");
    assertThat(events).extracting(Docs::dyad).contains("YUG>HRV");
    assertThat(events).allSatisfy(e -> assertThat(e.historical()).isFalse());
  }

  @Test
  void theFormerYugoslavRepublicOfMacedoniaIsMacedonia() {
    List<Event> events =
        coded(
            LocalDate.of(1994, 2, 16),
            "Greece imposed a trade embargo on the former Yugoslav Republic of Macedonia.");
    assertThat(events).extracting(Docs::dyad).containsExactly("GRC>MKD");
  }
}
