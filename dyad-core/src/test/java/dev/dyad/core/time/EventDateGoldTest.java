package dev.dyad.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.model.EventDate;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the dater on the coder's gold suite: the {@code historical} flag, and the date where gold
 * gives an absolute one. Only cases whose events agree on both and whose trigger the stems below
 * find are scored; the rest are counted as skipped.
 */
class EventDateGoldTest {
  /**
   * Verb and noun stems that name the action in gold sentences; the first token that starts with
   * one is taken as the trigger.
   */
  private static final List<String> STEMS =
      List.of(
          "sen",
          "suppl",
          "deliver",
          "provid",
          "ship",
          "arm",
          "visit",
          "travel",
          "met",
          "meet",
          "sign",
          "invad",
          "enter",
          "seiz",
          "bomb",
          "fought",
          "fight",
          "help",
          "establish",
          "approv",
          "slash",
          "flew",
          "struck",
          "strik",
          "attack",
          "launch",
          "condemn",
          "accus",
          "summon",
          "protest",
          "reject",
          "sanction",
          "impos",
          "deploy",
          "withdr",
          "agree",
          "ratif",
          "suspend",
          "expel",
          "arriv",
          "spoke",
          "call",
          "held",
          "pledg",
          "welcom",
          "discuss",
          "exchang",
          "complet",
          "reduc",
          "ask",
          "urge",
          "train",
          "join",
          "rall",
          "march",
          "fire",
          "gave",
          "give",
          "donat",
          "transfer",
          "export",
          "sold",
          "sell",
          "buy",
          "bought",
          "receiv",
          "host",
          "talk",
          "threat",
          "warn",
          "block",
          "veto",
          "releas",
          "freed",
          "captur",
          "shell",
          "clash",
          "detain",
          "arrest",
          "rammed",
          "demand",
          "request",
          "praise",
          "back",
          "support",
          "cooperat",
          "drill",
          "exercis",
          "mobiliz",
          "dispatch",
          "deploy");

  private static final double MIN_HISTORICAL_ACCURACY = 0.9;
  private static final double MIN_DATE_ACCURACY = 0.8;

  private record Score(int cases, int historicalRight, int dated, int dateRight, int skipped) {}

  @Test
  void agreesWithGoldOnHistoricalAndAbsoluteDates() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int cases = 0, historicalRight = 0, dated = 0, dateRight = 0, skipped = 0;
    List<String> misses = new ArrayList<>();
    for (Path file : goldFiles()) {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = json.readTree(line);
        JsonNode events = c.path("events");
        Optional<Boolean> historical = shared(events, "historical").map(JsonNode::asBoolean);
        String sentence = c.path("sentence").asText();
        List<Token> tokens = Tokenizer.tokenize(sentence);
        OptionalInt trigger = trigger(tokens);
        if (events.isEmpty()
            || historical.isEmpty()
            || trigger.isEmpty()
            || !allAgree(events, "date")) {
          skipped++;
          continue;
        }
        int t = trigger.getAsInt();
        EventDate got =
            EventDates.date(
                tokens,
                new EventSpan(t, t, t),
                sentence,
                EventDateTesting.known(c.path("published").asText()));
        cases++;
        if (got.historical() == historical.get()) {
          historicalRight++;
        } else {
          misses.add(c.path("id").asText() + " historical " + got);
        }
        Optional<String> goldDate = shared(events, "date").map(JsonNode::asText);
        if (goldDate.isPresent()) {
          dated++;
          if (got.date().equals(goldDate)) {
            dateRight++;
          } else {
            misses.add(c.path("id").asText() + " date " + goldDate.get() + " got " + got);
          }
        }
      }
    }
    double h = historicalRight / (double) cases;
    double d = dated == 0 ? 1 : dateRight / (double) dated;
    System.out.printf(
        "event dating on gold: %d cases scored (%d skipped); historical %d/%d = "
            + "%.3f; absolute date %d/%d = %.3f%n",
        cases, skipped, historicalRight, cases, h, dateRight, dated, d);
    misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(cases).as("scored cases").isGreaterThan(200);
    assertThat(h).as("historical accuracy").isGreaterThanOrEqualTo(MIN_HISTORICAL_ACCURACY);
    assertThat(d).as("date accuracy").isGreaterThanOrEqualTo(MIN_DATE_ACCURACY);
  }

  private static List<Path> goldFiles() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
                Objects.requireNonNull(
                        EventDateGoldTest.class.getResource("/coding/gold/README.md"))
                    .toURI())
            .getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  private static OptionalInt trigger(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String key = tokens.get(i).key();
      if (STEMS.stream().anyMatch(key::startsWith)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The field's value when every event has the same one (missing counts as a value). */
  private static boolean allAgree(JsonNode events, String field) {
    JsonNode first = events.path(0).get(field);
    for (JsonNode e : events) {
      if (!Objects.equals(first, e.get(field))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<JsonNode> shared(JsonNode events, String field) {
    return events.isEmpty() || !allAgree(events, field)
        ? Optional.empty()
        : Optional.ofNullable(events.path(0).get(field));
  }
}
