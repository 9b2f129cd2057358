package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DictionaryFileTest {
  @Test
  void dropsTheCommentsOfBothFormatsAndKeepsLineNumbers() {
    List<Line> lines =
        DictionaryFile.lines(
            "<!-- a header -->\n"
                + "FIRST  [AAA] # a note\n"
                + "<!-- starts here\n"
                + "still inside\n"
                + "ends --> SECOND\n"
                + "<! -- a line that begins <! -->\n"
                + "\tTHIRD <!-- inline --> [BBB]\n"
                + "# a whole-line comment\n"
                + "\n");
    assertThat(lines)
        .containsExactly(
            new Line(2, "FIRST  [AAA]"), new Line(5, " SECOND"), new Line(7, "\tTHIRD  [BBB]"));
  }

  @Test
  void reportsDamagedText() {
    assertThat(new Line(1, "MINISTERIO DE OBRAS P\u00c3\u0160BLICAS").damage())
        .contains("mojibake (text decoded twice)");
    assertThat(new Line(1, "ZE\u001aROUAL").damage()).contains("control character U+001A");
    assertThat(new Line(1, "NIG\ufffdERIA").damage()).contains("bytes that are not UTF-8");
    assertThat(new Line(1, "C\u00d4TE D'IVOIRE").damage()).isEmpty();
  }

  @Property(tries = 300)
  void neverKeepsAHashOrAnEmptyLine(@ForAll("texts") String text) {
    for (Line line : DictionaryFile.lines(text)) {
      assertThat(line.text()).doesNotContain("#").isNotBlank();
      assertThat(line.trimmed()).doesNotStartWith("<!");
      assertThat(line.number()).isPositive();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(
            "WORD", " ", "\t", "\n", "\r\n", "#", "<!--", "-->", "<!", "[CODE]", "_", "+", "é")
        .list()
        .ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }
}
