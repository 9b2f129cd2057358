package dev.dyad.core.coding;

import dev.dyad.core.coding.morphology.Inflections;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.coding.patterns.EventPattern;
import dev.dyad.core.coding.patterns.Fillers;
import dev.dyad.core.coding.patterns.PatternMatcher;
import dev.dyad.core.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Commitments ({@code commitments.txt}): "promised to keep sending aid to Mozambique" commits the
 * speaker to an act. PLOVER codes the commitment itself as AGREE between the act's actors, as a
 * fact, while the act is coded as planned by its own pattern. This class finds the commitment
 * before a matched act and gives the AGREE match.
 */
final class Commitments {
  static final String RESOURCE = "/dev/dyad/core/coding/commitments.txt";
  static final String PATTERN_ID = "agree.commit";

  /** Words that may stand between "to" and the act: "to keep sending", "to continue to provide". */
  private static final Set<String> BRIDGES =
      Set.of(
          "keep",
          "continue",
          "help",
          "start",
          "begin",
          "resume",
          "further",
          "also",
          "jointly",
          "immediately",
          "gradually",
          "fully",
          "not",
          "to");

  private static final int MAX_BRIDGE = 3;
  private static final double CONFIDENCE = 0.9;

  private final Set<String> forms;

  private Commitments(Set<String> forms) {
    this.forms = forms;
  }

  static Commitments builtIn() {
    return Holder.INSTANCE;
  }

  /** The AGREE match for the commitment before {@code act}, when there is one. */
  Optional<PatternMatcher.Match> commitment(List<Token> tokens, PatternMatcher.Match act) {
    EventPattern p = act.pattern();
    if (p.type() == EventType.AGREE
        || p.type() == EventType.REQUEST
        || p.type() == EventType.REJECT
        || p.type() == EventType.THREATEN) {
      return Optional.empty();
    }
    int k = act.trigger() - 1;
    int bridged = 0;
    while (k >= 0
        && !tokens.get(k).key().equals("to")
        && bridged < MAX_BRIDGE
        && BRIDGES.contains(tokens.get(k).key())) {
      k--;
      bridged++;
    }
    if (k < 1 || !tokens.get(k).key().equals("to")) {
      return Optional.empty();
    }
    // "pledged on Monday to", "agreed in a joint statement to": an adverbial may come between.
    int word = k - 1;
    if (!forms.contains(tokens.get(word).key())) {
      word -= Fillers.adverbialsEndingAt(tokens, word);
      if (word < 0 || word == k - 1 || !forms.contains(tokens.get(word).key())) {
        return Optional.empty();
      }
    }
    if (act.source() != null && act.source().last() >= word) {
      return Optional.empty(); // the committing actor must stand before the commitment
    }
    EventPattern agree =
        p.derived(
            PATTERN_ID,
            EventType.AGREE,
            Optional.empty(),
            // "Argentina was ready to resume talks with London": only the subject commits, though
            // the talks it promises are symmetric; parties ("A and B agreed to meet") all commit.
            p.symmetric() && act.source() == null,
            Math.min(p.confidence(), CONFIDENCE),
            RESOURCE);
    return Optional.of(
        new PatternMatcher.Match(
            agree,
            word,
            act.first(),
            act.last(),
            act.source(),
            act.target(),
            act.parties(),
            act.gaps(),
            Optional.empty(),
            -1,
            -1));
  }

  private static Commitments parse(List<String> lines) {
    Inflections english = Inflections.english();
    Set<String> forms = new HashSet<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        forms.addAll(english.verbForms(line));
      }
    }
    return new Commitments(Set.copyOf(forms));
  }

  private static final class Holder {
    static final Commitments INSTANCE = parse(read());

    private static List<String> read() {
      try (InputStream in = Commitments.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
