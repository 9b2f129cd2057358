package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.RawDocument;
import dev.dyad.testkit.TryTimeout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

@TryTimeout(seconds = 10)
class IngestPropertiesTest {

  @Property(tries = 300)
  void jsonLinesReaderNeverThrowsOnArbitraryLines(
      @ForAll @Size(max = 8) List<@net.jqwik.api.From("jsonish") String> lines) {
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    Fixtures.Run run = Fixtures.read(new JsonLinesReader(), "p.jsonl", bytes);
    // At most one document or error per line read; an arbitrary string may hold a line break
    // itself, so the lines are counted in the bytes, not in the list.
    int physicalLines = String.join("\n", lines).split("\n", -1).length;
    assertThat(run.docs().size() + run.errors().size()).isLessThanOrEqualTo(physicalLines);
  }

  @Provide
  Arbitrary<String> jsonish() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "{",
            "}",
            "[",
            "]",
            "\"",
            ":",
            ",",
            "\"text\"",
            "\"html\"",
            "\"url\"",
            "\"date\"",
            "null",
            "1e999",
            "\\u0000",
            "\\",
            "\"x\"",
            " ",
            "true",
            "\u00e9",
            "\ud83d\ude00");
    Arbitrary<String> structured = fragments.list().ofMaxSize(20).map(l -> String.join("", l));
    return Arbitraries.oneOf(
        structured,
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.strings().alpha().map(s -> "{\"text\":\"" + s + "\"}"));
  }

  @Property(tries = 300)
  void feedReaderNeverThrowsOnArbitraryStrings(@ForAll("xmlish") String feed) {
    Fixtures.Run run =
        Fixtures.read(new FeedReader(), "p.rss", feed.getBytes(StandardCharsets.UTF_8));
    assertThat(run.docs()).allSatisfy(d -> assertThat(d.origin()).startsWith("p.rss item "));
  }

  @Property(tries = 200)
  void feedReaderNeverThrowsOnArbitraryBytes(@ForAll @Size(max = 300) byte[] bytes) {
    Fixtures.Run run = Fixtures.read(new FeedReader(), "p.xml", bytes);
    assertThat(run.docs().size() + run.errors().size()).isGreaterThanOrEqualTo(0);
  }

  @Provide
  Arbitrary<String> xmlish() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "<rss>",
            "</rss>",
            "<channel>",
            "<item>",
            "</item>",
            "<feed>",
            "<entry>",
            "</entry>",
            "<title>",
            "</title>",
            "<description>",
            "</description>",
            "<link href='x'/>",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&bogus;",
            "<!DOCTYPE rss>",
            "<?xml version='1.0'?>",
            "text",
            "<",
            ">",
            "\u0001");
    return fragments.list().ofMaxSize(25).map(l -> String.join("", l));
  }

  @Property(tries = 30)
  void directoryListingOrderIsStable(
      @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("fileNames") String> names)
      throws IOException {
    Path dir = Files.createTempDirectory("dyad-ingest");
    try {
      for (String name : names) {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "doc " + name);
      }
      List<String> first = uris(dir);
      List<String> second = uris(dir);
      assertThat(second).isEqualTo(first);
      assertThat(first).isSortedAccordingTo(Comparator.comparing(Path::of));
      assertThat(first).hasSize((int) names.stream().distinct().count());
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<String> fileNames() {
    Arbitrary<String> stem =
        Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> ext = Arbitraries.of(".txt", ".md", ".TXT", ".html");
    Arbitrary<String> folder = Arbitraries.of("", "", "sub/", "sub/deeper/", "other/");
    return net.jqwik.api.Combinators.combine(folder, stem, ext).as((f, s, e) -> f + s + e);
  }

  private static List<String> uris(Path dir) {
    return Fixtures.ingest(IngestOptions.DEFAULTS, dir.toString()).docs().stream()
        .map(RawDocument::uri)
        .toList();
  }
}
