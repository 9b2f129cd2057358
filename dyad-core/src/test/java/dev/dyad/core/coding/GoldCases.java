package dev.dyad.core.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gold suite's cases, read from the test resources, and documents built from them. */
final class GoldCases {
  static final List<String> FILES =
      List.of(
          "accuse-protest",
          "aid",
          "compound-coref",
          "consult",
          "cooperate-agree",
          "force-pressure",
          "historical",
          "modality",
          "no-event",
          "other-dyads",
          "passive-nominal");

  record GoldEvent(
      String source, String target, String type, String modality, boolean historical) {}

  record GoldCase(
      String id,
      String sentence,
      List<String> context,
      LocalDate published,
      List<GoldEvent> events) {

    /** The context sentences and then the sentence, as a cleaned document. */
    Document document() {
      List<Sentence> sentences = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      List<String> all = new ArrayList<>(context);
      all.add(sentence);
      for (String s : all) {
        if (text.length() > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(s);
        sentences.add(
            new Sentence(sentences.size(), s, start, text.length(), 0, Block.Kind.PARAGRAPH));
      }
      return new Document(
          "gold-" + id,
          "gold:" + id,
          "gold",
          Optional.empty(),
          PublicationDate.known(published, PublicationDate.Basis.METADATA, published.toString()),
          text.toString(),
          sentences,
          List.of(),
          Map.of());
    }

    int sentenceIndex() {
      return context.size();
    }
  }

  static List<GoldCase> all() {
    return load("gold", FILES);
  }

  /** The held-out suite, written blind to the coder: for measuring only, never for tuning. */
  static List<GoldCase> heldOut() {
    return load("heldout", List.of("korea", "world", "modality", "no-event"));
  }

  /** The files of each wire-style suite (coding/wire-dev, coding/wire-heldout). */
  static final List<String> WIRE_FILES =
      List.of("conflict", "diplomacy", "domestic", "pressure", "modality", "no-event");

  /** The wire-style development suite: written blind, then read while the coder grew. */
  static List<GoldCase> wireDevelopment() {
    return load("wire-dev", WIRE_FILES);
  }

  /** The wire-style held-out suite: for measuring only, never read case by case. */
  static List<GoldCase> wireHeldOut() {
    return load("wire-heldout", WIRE_FILES);
  }

  static List<GoldCase> load(String folder, List<String> files) {
    ObjectMapper json = new ObjectMapper();
    List<GoldCase> cases = new ArrayList<>();
    for (String file : files) {
      String path = "/coding/" + folder + "/" + file + ".jsonl";
      try (InputStream in = GoldCases.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing " + path);
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          List<String> context = new ArrayList<>();
          if (n.has("context")) {
            n.get("context").forEach(c -> context.add(c.asText()));
          }
          List<GoldEvent> events = new ArrayList<>();
          for (JsonNode e : n.get("events")) {
            events.add(
                new GoldEvent(
                    e.get("source").asText(),
                    e.get("target").asText(),
                    e.get("event_type").asText(),
                    e.get("modality").asText(),
                    e.get("historical").asBoolean()));
          }
          cases.add(
              new GoldCase(
                  n.get("id").asText(),
                  n.get("sentence").asText(),
                  context,
                  LocalDate.parse(n.get("published").asText()),
                  events));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cases;
  }
}
