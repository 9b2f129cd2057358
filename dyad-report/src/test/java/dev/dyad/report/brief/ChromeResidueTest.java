package dev.dyad.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChromeResidueTest {

  @Test
  void countsDroppedChromeBrokenMarkupAndRepairedWords() {
    for (Warning w :
        List.of(
            Warning.seoNotesDropped(9),
            Warning.commentAreaDropped(3),
            Warning.seoClosingDropped(),
            Warning.captionsDropped(2),
            Warning.markupErrors("3", "at 10: unexpected end tag"),
            Warning.wordsRepaired(1))) {
      assertThat(ChromeResidue.noted(List.of(w.message()))).as(w.code().name()).isTrue();
    }
  }

  @Test
  void doesNotCountDatesEncodingsOrEmptyPages() {
    for (Warning w :
        List.of(
            Warning.ambiguousDate("05-03-2026", List.of("2026-03-05", "2026-05-03")),
            Warning.encodingFallback("windows-1252 (fallback)"),
            Warning.noMainContent(),
            Warning.noTextLeft(),
            Warning.lowTextRatio(0.01))) {
      assertThat(ChromeResidue.noted(List.of(w.message()))).as(w.code().name()).isFalse();
    }
  }

  @Test
  void aMessageOfAnotherVersionDoesNotCount() {
    assertThat(ChromeResidue.noted(List.of("dropped the newsletter box"))).isFalse();
    assertThat(ChromeResidue.noted(List.of())).isFalse();
  }
}
