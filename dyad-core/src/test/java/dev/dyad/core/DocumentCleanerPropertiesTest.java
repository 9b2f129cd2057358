package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.clean.DocumentCleaner;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Sentence;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cleaning as a whole never throws, never invents content, and keeps its offsets true. */
class DocumentCleanerPropertiesTest {
  private static final DocumentCleaner CLEANER = new DocumentCleaner();

  @Property(tries = 300)
  void neverThrowsNorInventsLettersOrDigits(
      @ForAll("bodies") String body, @ForAll ContentType type) {
    Document d = CLEANER.clean(RawDocument.of("x", type, body));
    // Run-together words gain spaces and entities decode, but no letter or digit is ever added.
    assertThat(alnum(d.text())).isLessThanOrEqualTo(alnum(body) + 8);
    for (Sentence s : d.sentences()) {
      assertThat(d.text().substring(s.start(), s.end())).isEqualTo(s.text());
    }
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> words =
        Arbitraries.of(
            "North",
            "Korea",
            "Russia",
            "shipped",
            "shells",
            "to",
            "<p>",
            "</p>",
            "< li >",
            "strong >",
            "close",
            "Hot Posts",
            "\n",
            "\n\n",
            ".",
            ",",
            "date 2023-11-15",
            "07-11-2024",
            "Meta Description",
            "â€™",
            "’",
            "“",
            "&amp;",
            "<script>x</script>",
            "# ",
            "- ",
            "1. ",
            "U.S.",
            "Gen.",
            "---",
            "title: x",
            "solidifymilitary",
            "<article>",
            "</div>",
            "\u00a0",
            "\u200b",
            "é");
    return Arbitraries.oneOf(
        words.list().ofMaxSize(60).map(l -> String.join(" ", l)),
        Arbitraries.strings().ofMaxLength(300));
  }

  private static long alnum(String s) {
    return s.codePoints().filter(Character::isLetterOrDigit).count();
  }
}
