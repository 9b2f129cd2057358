package dev.dyad.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void alignsInsertedAndRemovedLinesInsteadOfShowingEverythingAfterThemAsChanged() {
    String expected = numbered(1, 20);
    String actual = expected.replace("line 5\n", "").replace("line 15\n", "line 15\nline 15b\n");

    String diff = LineDiff.render(expected, actual);

    assertThat(diff)
        .startsWith("20 lines expected, 20 actual; 1 removed (-), 1 added (+)")
        .contains("@@ -3,5 +3,4 @@\n  line 3\n  line 4\n- line 5\n  line 6\n  line 7\n")
        .contains("  line 15\n+ line 15b\n  line 16\n")
        .doesNotContain("- line 10");
  }

  @Test
  void showsWhereALongLinePartsFromTheLineItReplaces() {
    String prefix = "x".repeat(500);
    String diff = LineDiff.render(prefix + "expected-tail\n", prefix + "actual-tail\n");

    assertThat(diff)
        .contains("[column 501 of 513]")
        .contains("expected-tail")
        .contains("actual-tail");
    assertThat(diff.lines().mapToInt(String::length).max().orElse(0))
        .isLessThan(LineDiff.LONG_LINE + 40);
  }

  @Test
  void stopsAfterTheFirstChangesOfAHugeDiff() {
    String diff = LineDiff.render(numbered(1, 500), numbered(1001, 1500));

    long shown = diff.lines().filter(l -> l.startsWith("- ") || l.startsWith("+ ")).count();
    assertThat(shown).isEqualTo(LineDiff.MAX_CHANGES);
    assertThat(diff).endsWith("… and 940 more changed lines\n");
  }

  @Test
  void countsLinesAsAReaderDoes() {
    assertThat(LineDiff.lines("a\nb\n")).containsExactly("a", "b");
    assertThat(LineDiff.lines("a\nb")).containsExactly("a", "b");
    assertThat(LineDiff.lines("a\n\n")).containsExactly("a", "");
    assertThat(LineDiff.lines("")).isEmpty();
  }

  @Test
  void theEditsRebuildBothTexts() {
    List<String> a = List.of("a", "b", "c", "d", "e", "f");
    List<String> b = List.of("z", "b", "c", "x", "e", "f", "g");
    List<LineDiff.Edit> edits = LineDiff.edits(a, b);

    assertThat(edits.stream().filter(e -> e.op() != '+').map(LineDiff.Edit::text))
        .containsExactlyElementsOf(a);
    assertThat(edits.stream().filter(e -> e.op() != '-').map(LineDiff.Edit::text))
        .containsExactlyElementsOf(b);
    assertThat(edits.stream().filter(e -> e.op() == ' ')).hasSize(4);
  }

  private static String numbered(int from, int to) {
    List<String> lines = new ArrayList<>();
    IntStream.rangeClosed(from, to).forEach(i -> lines.add("line " + i));
    return lines.stream().collect(Collectors.joining("\n", "", "\n"));
  }
}
