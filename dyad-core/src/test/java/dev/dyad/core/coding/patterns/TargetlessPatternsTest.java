package dev.dyad.core.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.coding.ontology.EventOntology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code targetless.txt} holds the patterns of events with a source and no target ({S} alone): the
 * book loads it, each of its lines parses as such a pattern, and no other file's pattern is read as
 * one.
 */
class TargetlessPatternsTest {
  private static final String FILE = "targetless.txt";

  private static List<String> patternLines() {
    return PatternBook.lines(FILE).stream()
        .map(l -> l.replaceAll("#.*", "").strip())
        .filter(l -> !l.isEmpty())
        .toList();
  }

  private static PatternParser parser() {
    PatternParser parser = new PatternParser(EventOntology.builtIn());
    parser.readClasses(PatternBook.CLASSES, PatternBook.lines(PatternBook.CLASSES));
    return parser;
  }

  @Test
  void isLoaded() {
    assertThat(PatternBook.FILES).contains(FILE);
    List<String> ids = PatternBook.builtIn().patterns().stream().map(EventPattern::id).toList();
    for (String line : patternLines()) {
      assertThat(ids).contains(line.substring(0, line.indexOf('|')).strip());
    }
  }

  @Test
  void everyLineParsesAsAPatternWithNoTarget() {
    PatternParser parser = parser();
    List<String> lines = patternLines();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(20);
    for (String line : lines) {
      EventPattern p = parser.parseLine(FILE, line);
      assertThat(p.targetless()).as(line).isTrue();
      assertThat(p.symmetric()).as(line).isFalse();
    }
  }

  @Test
  void onlyThisFileHasPatternsWithNoTarget() {
    for (EventPattern p : PatternBook.builtIn().patterns()) {
      assertThat(p.targetless()).as(p.id()).isEqualTo(p.origin().startsWith(FILE));
    }
  }

  @Test
  void aPatternWithNoSourceIsStillRejected() {
    assertThatThrownBy(() -> parser().parseLine(FILE, "x.y | PROTEST | - | !riot {T}"))
        .isInstanceOf(PatternFormatException.class)
        .hasMessageContaining("a pattern needs {S}");
  }

  @Test
  void aNestedGroupIsRejectedRatherThanReadAsWords() {
    assertThatThrownBy(
            () ->
                parser().parseLine(FILE, "x.z | PROTEST | - | {S} !riot (and (unrest|violence))?"))
        .isInstanceOf(PatternFormatException.class)
        .hasMessageContaining("groups do not nest");
  }
}
