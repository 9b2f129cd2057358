package dev.dyad.core.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.coding.ontology.EventOntology;
import dev.dyad.core.coding.ontology.EventType;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternFilesTest {

  @Test
  void everyPatternLineParsesAndIdsAreUnique() {
    PatternBook book = PatternBook.builtIn();
    Set<String> ids = new HashSet<>();
    for (EventPattern p : book.patterns()) {
      assertThat(ids.add(p.id())).as("duplicate id " + p.id()).isTrue();
    }
    int lines = 0;
    for (String file : PatternBook.FILES) {
      lines +=
          (int)
              PatternBook.lines(file).stream()
                  .map(l -> l.replaceAll("#.*", "").strip())
                  .filter(l -> !l.isEmpty())
                  .count();
    }
    assertThat(book.patterns()).hasSize(lines);
  }

  @Test
  void everyEventTypeHasAPattern() {
    Set<EventType> covered = EnumSet.noneOf(EventType.class);
    PatternBook.builtIn().patterns().forEach(p -> covered.add(p.type()));
    assertThat(covered).containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void everyWordClassUsedIsDefined() {
    Set<String> defined = PatternBook.builtIn().classNames();
    Pattern use = Pattern.compile("\\$([A-Z][A-Z0-9_]*)");
    for (String file : PatternBook.FILES) {
      for (String line : PatternBook.lines(file)) {
        Matcher m = use.matcher(line.replaceAll("#.*", ""));
        while (m.find()) {
          assertThat(defined).as(file + ": $" + m.group(1)).contains(m.group(1));
        }
      }
    }
  }

  @Test
  void everyModeIsInTheOntology() {
    EventOntology ontology = EventOntology.builtIn();
    for (EventPattern p : PatternBook.builtIn().patterns()) {
      p.mode().ifPresent(mode -> assertThat(ontology.modes(p.type())).as(p.id()).contains(mode));
    }
  }

  @Test
  void compilesLemmasToTheirInflectedForms() {
    PatternParser parser = new PatternParser(EventOntology.builtIn());
    EventPattern p = parser.parseLine("t:1", "x.y | AID | - | {S} … send … to {T}");
    assertThat(p.triggerWords().firstKeys()).contains("send", "sends", "sent", "sending");
    assertThat(p.symmetric()).isFalse();
    assertThat(p.confidence()).isEqualTo(PatternParser.DEFAULT_CONFIDENCE);
  }

  @Test
  void rejectsBrokenLinesWithFileAndLine() {
    PatternParser parser = new PatternParser(EventOntology.builtIn());
    for (String bad :
        List.of(
            "x.y | AID | - | {T} send",
            "x.y | AID | - | send",
            "x.y | NOPE | - | {S} send {T}",
            "x.y | AID | flying | {S} send {T}",
            "x.y | AID | - | {S} send $UNDEFINED {T}",
            "x.y | AID | - | {S} (send {T}",
            "x.y | AID | - | … {S} send {T}",
            "X | AID | - | {S} send {T}",
            "x.y | AID | - | {S} send {T} | conf=7")) {
      assertThatThrownBy(() -> parser.parseLine("f.txt:3", bad), bad)
          .isInstanceOf(PatternFormatException.class)
          .hasMessageStartingWith("f.txt:3: ");
    }
  }
}
