package dev.dyad.core.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.coding.ontology.EventOntology;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code targetless.txt} is written but not loaded: the coder needs a target today. Its lines must
 * be ready to switch on: each one fails to parse for the missing target alone (its type, mode,
 * classes and syntax are sound), and its ids clash with no loaded pattern.
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
  void isNotLoadedYet() {
    assertThat(PatternBook.FILES).doesNotContain(FILE);
  }

  @Test
  void everyLineFailsOnlyForItsMissingTarget() {
    PatternParser parser = parser();
    List<String> lines = patternLines();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(20);
    for (String line : lines) {
      assertThatThrownBy(() -> parser.parseLine(FILE, line), line)
          .isInstanceOf(PatternFormatException.class)
          .hasMessageContaining("a pattern needs {S} and {T}");
    }
  }

  @Test
  void idsAreUniqueAndNewToTheBook() {
    Set<String> loaded = new HashSet<>();
    PatternBook.builtIn().patterns().forEach(p -> loaded.add(p.id()));
    Set<String> seen = new HashSet<>();
    for (String line : patternLines()) {
      String id = line.substring(0, line.indexOf('|')).strip();
      assertThat(seen.add(id)).as("duplicate " + id).isTrue();
      assertThat(loaded).as(id).doesNotContain(id);
    }
  }
}
