package dev.dyad.core.coding.modality;

import dev.dyad.core.coding.clauses.Clause;
import dev.dyad.core.coding.clauses.ClauseKind;
import dev.dyad.core.coding.clauses.ClauseSplitter;
import dev.dyad.core.coding.clauses.Clauses;
import dev.dyad.core.model.EventSpan;
import dev.dyad.core.text.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads modality from cue dictionaries with scope: a cue counts only when its scope (an auxiliary's
 * clause, a modifier's noun, a complement's clause, a frame's sentence) covers the event's trigger.
 * When several cues cover it, the strongest wins: negated &gt; conditional &gt; speculative &gt;
 * planned &gt; alleged &gt; reported &gt; asserted; between equals, the one nearest the trigger.
 * Under an attribution, "would" reads as the reported form of "will" (planned), not as speculation.
 * Instances are immutable and thread-safe.
 */
public final class CueModalityDetector implements ModalityDetector {
  private static final String BUILT_IN = "modality-cues.txt";
  // Absolute: the file kept its place beside the coding package when this one moved.
  private static final String BUILT_IN_PATH = "/dev/dyad/core/coding/" + BUILT_IN;

  private final CueTrie trie;
  private final ClauseSplitter splitter;
  private final int cueCount;

  private CueModalityDetector(List<Cue> cues) {
    this.trie = new CueTrie(cues);
    Set<String> frameWords = new HashSet<>();
    for (Cue cue : cues) {
      if (cue.scope() == CueScope.FRAME_AFTER) {
        frameWords.add(cue.keys().get(cue.keys().size() - 1));
      }
    }
    this.splitter = new ClauseSplitter(frameWords);
    this.cueCount = cues.size();
  }

  /**
   * A detector with the cues of a user's file, in the format of the built-in {@code
   * modality-cues.txt}; a malformed line is an {@link IllegalArgumentException} naming the file and
   * line.
   */
  public CueModalityDetector(Path cueFile) {
    this(readFile(cueFile));
  }

  /** The detector with Dyad's built-in English cues, loaded once. */
  public static CueModalityDetector builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** How many cue spellings are loaded (after expanding optional words and verb forms). */
  public int size() {
    return cueCount;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the span lies outside the tokens
   */
  @Override
  public ModalityReading detect(List<Token> tokens, EventSpan span) {
    if (span.last() >= tokens.size()) {
      throw new IllegalArgumentException(
          "span " + span + " outside a sentence of " + tokens.size() + " tokens");
    }
    Clauses clauses = splitter.split(tokens);
    CueCoverage coverage = new CueCoverage(tokens, clauses, span);
    List<CueMatch> matches = trie.matches(tokens);
    boolean reportedSpeech = reportedSpeech(matches, coverage);
    Modality best = Modality.ASSERTED;
    String bestCue = null;
    int bestDistance = Integer.MAX_VALUE;
    for (CueMatch match : matches) {
      for (Cue cue : counting(match, coverage, reportedSpeech)) {
        if (cue.modality().compareTo(best) < 0) {
          continue;
        }
        int distance = Math.abs(match.start() - span.trigger());
        if (cue.modality().compareTo(best) > 0 || distance < bestDistance) {
          best = cue.modality();
          bestCue = text(tokens, match, cue, clauses);
          bestDistance = distance;
        }
      }
    }
    return bestCue == null ? ModalityReading.ASSERTED : ModalityReading.of(best, bestCue);
  }

  /** Whether an attribution ("said", "according to", "…, officials said") covers the event. */
  private static boolean reportedSpeech(List<CueMatch> matches, CueCoverage coverage) {
    for (CueMatch match : matches) {
      for (Cue cue : match.cues()) {
        if (cue.modality() == Modality.REPORTED && coverage.covers(match, cue)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The cues of one match that cover the event. An asserted cue is a blocker ("not only"): it only
   * swallowed its words in the trie and never becomes the reading's cue. A spelling with a reading
   * for reported speech ("would" in "said it would send") uses that one there, not its plain
   * auxiliary reading, since precedence alone would keep the stronger speculative one.
   */
  private static List<Cue> counting(CueMatch match, CueCoverage coverage, boolean reportedSpeech) {
    List<Cue> covering = new ArrayList<>();
    for (Cue cue : match.cues()) {
      boolean applies = cue.scope() != CueScope.AUX_REPORTED || reportedSpeech;
      if (cue.modality() != Modality.ASSERTED && applies && coverage.covers(match, cue)) {
        covering.add(cue);
      }
    }
    if (covering.stream().anyMatch(cue -> cue.scope() == CueScope.AUX_REPORTED)) {
      covering.removeIf(cue -> cue.scope() == CueScope.AUX);
    }
    return covering;
  }

  /** The cue as written; "would … if" for a modal made conditional by a condition clause. */
  private static String text(List<Token> tokens, CueMatch match, Cue cue, Clauses clauses) {
    String words = words(tokens, match.start(), match.end());
    if (cue.scope() != CueScope.AUX_IF) {
      return words;
    }
    for (Clause clause : clauses.all()) {
      if (clause.kind() == ClauseKind.CONDITION) {
        String condition = tokens.get(clause.opener()).form();
        return clause.opener() < match.start()
            ? condition + " \u2026 " + words
            : words + " \u2026 " + condition;
      }
    }
    return words;
  }

  private static String words(List<Token> tokens, int start, int end) {
    StringJoiner joined = new StringJoiner(" ");
    for (int i = start; i < end; i++) {
      joined.add(tokens.get(i).form());
    }
    return joined.toString();
  }

  private static List<Cue> readFile(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CueFile.read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue file " + file, e);
    }
  }

  /** Holder idiom: the built-in cues are parsed on first use, once. */
  private static final class BuiltIn {
    static final CueModalityDetector INSTANCE = load();

    private static CueModalityDetector load() {
      InputStream in = CueModalityDetector.class.getResourceAsStream(BUILT_IN_PATH);
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return new CueModalityDetector(CueFile.read(reader, BUILT_IN));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUILT_IN, e);
      }
    }
  }
}
