package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Warning;
import org.junit.jupiter.api.Test;

class DocumentCleanerTest {
  private final DocumentCleaner cleaner = new DocumentCleaner();

  @Test
  void describesItsStepsInTheOrderItRunsThem() {
    assertThat(cleaner.describe().lines())
        .containsExactly(
            "ExtractContent",
            "NormalizeText",
            "StripTagFragments",
            "FindPublicationDate",
            "DropChrome",
            "FindTitle",
            "RepairRunTogetherWords",
            "SplitSentences",
            "AssignId");
  }

  @Test
  void findsTheDateBeforeDroppingTheDatelineAsChrome() {
    Document d =
        cleaner.clean(
            RawDocument.of(
                "x.txt",
                ContentType.TEXT,
                "Seoul Reports Shell Shipments\n\n3 min read 07-11-2024\n\n"
                    + "North Korea shipped artillery shells to Russia, officials in Seoul said.\n"));

    assertThat(d.published().evidence()).contains("07-11-2024");
    assertThat(d.text()).doesNotContain("min read");
  }

  @Test
  void keepsTheWarningsInTheOrderTheStepsNoticedThem() {
    Document d =
        cleaner.clean(
            RawDocument.of(
                "x.txt",
                ContentType.TEXT,
                "Drills planned\n\n05-03-2026\n\nBoth sides want to deepenmilitary tiesbetween the"
                    + " two.\n"));

    assertThat(d.text()).isEqualTo("Both sides want to deepen military ties between the two.");
    assertThat(d.warnings())
        .extracting(Warning::code)
        .containsExactly(Warning.Code.AMBIGUOUS_DATE, Warning.Code.WORDS_REPAIRED);
    // The message is what dyad clean prints and the store keeps.
    assertThat(d.warnings())
        .extracting(Warning::message)
        .containsExactly(
            "publication date \"05-03-2026\" is ambiguous: 2026-03-05 or 2026-05-03",
            "repaired 2 run-together words");
  }
}
