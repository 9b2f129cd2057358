package dev.dyad.core.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The assessment topics, read from {@code topics.txt} (one line per topic: {@code id | label |
 * triggers | raises | lowers}; the file documents its syntax) so that an analyst can edit them.
 */
public final class TopicTaxonomy {
  static final String FILE = "topics.txt";

  private final List<Topic> topics;

  /** Per topic, per trigger: a lower-case literal every match contains, to skip the regex. */
  private final String[][] literals;

  private TopicTaxonomy(List<Topic> topics) {
    this.topics = List.copyOf(topics);
    this.literals = new String[this.topics.size()][];
    for (int t = 0; t < this.topics.size(); t++) {
      List<TopicTrigger> triggers = this.topics.get(t).triggers();
      literals[t] = new String[triggers.size()];
      for (int i = 0; i < triggers.size(); i++) {
        literals[t][i] = longestLiteral(triggers.get(i).phrase());
      }
    }
  }

  /** The longest run of plain characters in a trigger phrase (none of {@code * …}), lower-cased. */
  static String longestLiteral(String phrase) {
    String best = "";
    for (String word : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
      for (String part : word.split("\\*", -1)) {
        if (!part.equals("…") && !part.equals("...") && part.length() > best.length()) {
          best = part;
        }
      }
    }
    return best;
  }

  private static final class BuiltIn {
    static final TopicTaxonomy INSTANCE = load();
  }

  /** The topics shipped with Dyad, loaded once. */
  public static TopicTaxonomy builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Parses a topic file; errors name the line. */
  public static TopicTaxonomy parse(List<String> lines) {
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = FILE + ":" + (i + 1) + ": ";
      String[] cells = line.split("\\|", -1);
      if (cells.length != 5) {
        throw new IllegalArgumentException(
            where + "expected 'id | label | triggers | raises | lowers'");
      }
      String id = cells[0].strip();
      if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException(
            where + "id '" + id + "' is not lower-case-with-hyphens");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(where + "duplicate topic " + id);
      }
      List<TopicTrigger> triggers = new ArrayList<>();
      for (String t : cells[2].split(";")) {
        if (!t.isBlank()) {
          triggers.add(TopicTrigger.parse(t));
        }
      }
      if (triggers.isEmpty() || cells[1].isBlank() || cells[3].isBlank() || cells[4].isBlank()) {
        throw new IllegalArgumentException(where + "empty label, triggers or statement phrase");
      }
      topics.add(new Topic(id, cells[1].strip(), triggers, cells[3].strip(), cells[4].strip()));
    }
    return new TopicTaxonomy(topics);
  }

  /** Every topic, in file order. */
  public List<Topic> topics() {
    return topics;
  }

  /** The topic with that id. */
  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Every trigger match in {@code text}, minus those inside a longer one ("escalation" inside
   * "de-escalation"), in text order.
   */
  List<TopicMatch> find(String text) {
    // Most sentences name no topic: a substring test per trigger is far cheaper than its regex,
    // which was most of the ingest time before this test.
    String lower = text.toLowerCase(Locale.ROOT);
    List<TopicMatch> all = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      Topic topic = topics.get(t);
      List<TopicTrigger> triggers = topic.triggers();
      for (int i = 0; i < triggers.size(); i++) {
        if (!lower.contains(literals[t][i])) {
          continue;
        }
        TopicTrigger trigger = triggers.get(i);
        Matcher m = trigger.pattern().matcher(text);
        while (m.find()) {
          all.add(new TopicMatch(topic, trigger, m.start(), m.end()));
        }
      }
    }
    List<TopicMatch> kept = new ArrayList<>();
    for (TopicMatch m : all) {
      if (all.stream().noneMatch(m::within)) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(TopicMatch::start));
    return kept;
  }

  private static TopicTaxonomy load() {
    try (InputStream in = TopicTaxonomy.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FILE);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
