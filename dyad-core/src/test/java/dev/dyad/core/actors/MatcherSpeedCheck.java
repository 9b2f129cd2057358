package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Prints matcher throughput on invented sentences; a report, not a timed assertion. */
class MatcherSpeedCheck {
  private static final String[] SUBJECTS = {"North Korean soldiers", "Russian President Vladimir Putin",
      "The U.N. Security Council", "Officials in Seoul", "Japan's defence ministry", "Kim Jong Un",
      "Ukrainian forces", "A spokesman", "The Kremlin", "U.S.-led troops", "Chinese state media",
      "Protesters", "NATO Secretary General Mark Rutte", "Iranian diplomats", "The opposition"};
  private static final String[] VERBS = {"accused", "met", "threatened", "praised", "warned",
      "signed an agreement with", "fired artillery at", "called on", "criticised", "visited"};
  private static final String[] OBJECTS = {"the South Korean government", "Washington",
      "the European Union", "Zelensky", "rebels in the east", "the Turkish foreign minister",
      "local farmers", "the IAEA", "Beijing's leaders", "the White House", "us", "its neighbours"};
  private static final String[] TAILS = {"on Monday.", "after talks in Geneva on the nuclear issue.",
      ", KCNA reported.", "amid rising tension along the border, officials said.",
      "in a statement released late on Tuesday by the ministry."};

  @Test
  void reportsThroughputOnInventedSentences() {
    Random random = new Random(42);
    List<String> sentences = new ArrayList<>();
    for (int k = 0; k < 5000; k++) {
      sentences.add(pick(random, SUBJECTS) + " " + pick(random, VERBS) + " "
          + pick(random, OBJECTS) + " " + pick(random, TAILS));
    }
    ActorMatcher matcher = new ActorMatcher(ActorDictionary.builtIn());
    Optional<LocalDate> date = Optional.of(LocalDate.of(2025, 3, 1));
    long mentions = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (String s : sentences) {
        mentions += matcher.find(s, date).size();
      }
    }
    mentions = 0;
    long chars = 0;
    long start = System.nanoTime();
    int rounds = 5;
    for (int round = 0; round < rounds; round++) {
      for (String s : sentences) {
        mentions += matcher.find(s, date).size();
        chars += s.length();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("actor matcher: %d sentences, %.0f sentences/s, %.0f mentions/s, %.1f MB/s%n",
        sentences.size() * rounds, sentences.size() * rounds / seconds, mentions / seconds,
        chars / seconds / 1e6);
    assertThat(mentions).isGreaterThan(sentences.size());
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
