package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms wire news gives an event in (issue 11), on sentences written for this test ({@code
 * coding/forms/cases.jsonl}): time, place and manner adverbials and quantities between a verb and
 * its target ("arrested on Saturday two British sailors", "held talks in Beijing on Monday with"),
 * subjects with appositions, lists of targets, passives, nominal and possessive forms, and PLOVER's
 * conventions (a commitment is an asserted AGREE and what it promises is planned, also with an
 * adverbial inside: "pledged on Monday to"; threats, requests, accusations, refusals). Each case
 * names events it must give ("SRC>TGT TYPE", country level, with "@modality" where it matters) and
 * events it must not give ("*" for none at all).
 */
class EventFormsTest {
  private static final EventCoder CODER = Docs.CUED_PUBLISHED;
  private static final String FILE = "/coding/forms/cases.jsonl";

  record Case(String id, String sentence, List<String> expect, List<String> absent) {
    @Override
    public String toString() {
      return id + ": " + sentence;
    }
  }

  record Found(String dyad, String type, String modality) {
    String text() {
      return dyad + " " + type + "@" + modality;
    }
  }

  static Stream<Case> cases() {
    ObjectMapper json = new ObjectMapper();
    List<Case> cases = new ArrayList<>();
    try (InputStream in = EventFormsTest.class.getResourceAsStream(FILE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode node = json.readTree(line);
          cases.add(
              new Case(
                  node.get("id").asText(),
                  node.get("sentence").asText(),
                  strings(node.get("expect")),
                  strings(node.get("absent"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases.stream();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static List<Found> code(String sentence) {
    List<Found> found = new ArrayList<>();
    for (Event e : CODER.code(Docs.of(sentence))) {
      found.add(new Found(Docs.dyad(e), e.eventType().name(), e.modality().label()));
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesEachFormAndNothingElse(Case c) {
    List<Found> found = code(c.sentence());
    List<String> texts = found.stream().map(Found::text).toList();
    for (String expected : c.expect()) {
      String[] parts = expected.split("@");
      assertThat(found)
          .as("%s in %s", expected, texts)
          .anySatisfy(
              f -> {
                assertThat(f.dyad() + " " + f.type()).isEqualTo(parts[0]);
                if (parts.length > 1) {
                  assertThat(f.modality()).isEqualTo(parts[1]);
                }
              });
    }
    for (String absent : c.absent()) {
      if (absent.equals("*")) {
        assertThat(found).as(c.sentence()).isEmpty();
        continue;
      }
      String[] parts = absent.split("@");
      String[] what = parts[0].split(" ");
      assertThat(found)
          .as("%s must not be coded in %s", absent, texts)
          .noneMatch(
              f ->
                  (what.length == 1 || f.dyad().equals(what[0]))
                      && f.type().equals(what[what.length - 1])
                      && (parts.length == 1 || f.modality().equals(parts[1])));
    }
  }
}
