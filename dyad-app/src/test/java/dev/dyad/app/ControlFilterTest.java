package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ControlFilterTest {
  @Test
  void escapeSequencesLoseTheirControlCharacters() {
    assertThat(ControlFilter.strip("https://x.example/\u001b]0;pwned\u0007\u001b[2Jpage"))
        .isEqualTo("https://x.example/]0;pwned[2Jpage");
    assertThat(ControlFilter.strip("a\u009b31mb\u007fc")).isEqualTo("a31mbc");
  }

  @Test
  void tabsLineFeedsAndLineEndingsStay() {
    assertThat(ControlFilter.strip("a\tb\nc\r\nd\re")).isEqualTo("a\tb\nc\r\nde");
  }

  @Property(tries = 500)
  void writingInAnyChunksGivesWhatStripGives(
      @ForAll
          @Chars({'a', 'é', '\t', '\n', '\r', '\u001b', '\u0007', '\u007f', '\u0085', '\u009b'})
          @CharRange(from = ' ', to = '~')
          String text,
      @ForAll @IntRange(min = 1, max = 7) int chunk)
      throws IOException {
    StringWriter sink = new StringWriter();
    try (ControlFilter filter = new ControlFilter(sink)) {
      for (int i = 0; i < text.length(); i += chunk) {
        filter.write(text, i, Math.min(chunk, text.length() - i));
      }
    }

    String out = sink.toString();
    assertThat(out).isEqualTo(ControlFilter.strip(text));
    for (char c : out.replace("\r\n", "\n").toCharArray()) {
      assertThat(ControlFilter.dropped(c)).as("U+%04X", (int) c).isFalse();
    }
    // Only control characters are removed: the rest is kept in order.
    assertThat(out.replace("\r", ""))
        .isEqualTo(
            text.chars()
                .filter(c -> c != '\r' && !ControlFilter.dropped((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
  }

  @Test
  void standardErrorKeepsCarriageReturnsForTheProgressBar() throws IOException {
    StringWriter sink = new StringWriter();
    try (ControlFilter filter = ControlFilter.keepingReturns(sink)) {
      filter.write("\r[##..] 50%\u001b[2K\r[####] 100%\n");
    }
    assertThat(sink.toString()).isEqualTo("\r[##..] 50%[2K\r[####] 100%\n");
  }

  @Test
  void singleCharactersFollowTheSameRule() throws IOException {
    StringWriter sink = new StringWriter();
    try (ControlFilter filter = new ControlFilter(sink)) {
      for (char c : List.of('x', '\u001b', '\r', '\n', '\r', 'y').toArray(Character[]::new)) {
        filter.write(c);
      }
    }
    assertThat(sink.toString()).isEqualTo("x\r\ny");
  }
}
