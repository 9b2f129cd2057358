package dev.dyad.core.ingest;

import static dev.dyad.core.ingest.Fixtures.ingest;
import static dev.dyad.core.ingest.Fixtures.rss;
import static dev.dyad.core.ingest.Fixtures.rssItem;
import static dev.dyad.core.ingest.Fixtures.utf8;
import static dev.dyad.core.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import dev.dyad.testkit.Corpora;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
  @TempDir Path dir;

  @Test
  void choosesTheReaderByFileNameIgnoringCaseAndGzip() {
    assertThat(Ingest.readerFor("a.TXT")).containsInstanceOf(PlainFileReader.class);
    assertThat(Ingest.readerFor("a.jsonl.gz")).containsInstanceOf(JsonLinesReader.class);
    assertThat(Ingest.readerFor("-")).containsInstanceOf(JsonLinesReader.class);
    assertThat(Ingest.readerFor("x.Warc.GZ")).containsInstanceOf(WarcFileReader.class);
    assertThat(Ingest.readerFor("feed.atom")).containsInstanceOf(FeedReader.class);
    assertThat(Ingest.readerFor("notes.docx")).isEmpty();
    assertThat(Ingest.readerFor(".txt")).isEmpty();
    assertThat(Ingest.canRead("y.html.gz")).isTrue();
  }

  @Test
  void walksDirectoriesRecursivelyInSortedOrderSkippingHiddenAndUnknownFiles() {
    write(dir.resolve("b/2.txt"), "two");
    write(dir.resolve("b/1.md"), "one");
    write(dir.resolve("a.html"), "<p>a</p>");
    write(dir.resolve("c/d/3.txt"), "three");
    write(dir.resolve(".git/config.txt"), "hidden");
    write(dir.resolve(".hidden.txt"), "hidden");
    write(dir.resolve("image.png"), new byte[] {1, 2});

    Fixtures.Run run = ingest(IngestOptions.DEFAULTS, dir.toString());

    assertThat(run.docs())
        .extracting(RawDocument::uri)
        .containsExactly(
            dir.resolve("a.html").toString(), dir.resolve("b/1.md").toString(),
            dir.resolve("b/2.txt").toString(), dir.resolve("c/d/3.txt").toString());
    assertThat(run.docs())
        .extracting(RawDocument::type)
        .containsExactly(
            ContentType.HTML, ContentType.MARKDOWN, ContentType.TEXT, ContentType.TEXT);
    assertThat(run.errors()).isEmpty();
    assertThat(run.problems().skipped()).isEqualTo(3);
  }

  @Test
  void reportsMissingPathsAndUnsupportedFilesNamedExplicitly() {
    write(dir.resolve("notes.docx"), "x");
    write(dir.resolve("ok.txt"), "fine");
    String missing = dir.resolve("missing.txt").toString();

    Fixtures.Run run =
        ingest(
            IngestOptions.DEFAULTS,
            missing,
            dir.resolve("notes.docx").toString(),
            dir.resolve("ok.txt").toString());

    assertThat(run.docs()).extracting(RawDocument::body).containsExactly("fine");
    assertThat(run.errors())
        .extracting(DataError::code)
        .containsExactly(Code.UNREADABLE, Code.UNSUPPORTED);
    assertThat(run.errors().get(0).where()).isEqualTo(missing);
  }

  @Test
  void readsABatchOfGoodAndBadFilesCountingErrorsByCodeInAStableOrder() {
    write(dir.resolve("01-good.txt"), "Talks began.");
    write(dir.resolve("02-empty.txt"), "");
    write(
        dir.resolve("03-good.jsonl"),
        "{\"url\":\"https://n.example/1\",\"text\":\"a\"}\nnot json\n{\"text\":\"b\"}\n");
    write(dir.resolve("04-binary.html"), new byte[] {'<', 0, 0, 0});
    write(dir.resolve("05-feed.rss"), rss(rssItem("T", "https://n.example/f", "d", "<p>feed</p>")));
    write(dir.resolve("06-bad.xml"), "<html/>");
    write(dir.resolve("07-good.md.gz"), Fixtures.gzip(utf8("# Heading\n\nBody.")));
    write(dir.resolve("08-cut.txt.gz"), Fixtures.cut(Fixtures.gzip(utf8("x ".repeat(10_000))), 40));
    write(
        dir.resolve("09-crawl.warc"),
        Fixtures.response("https://n.example/w", "text/html", utf8("<p>w</p>")));

    Fixtures.Run first = ingest(IngestOptions.DEFAULTS, dir.toString());
    Fixtures.Run second = ingest(IngestOptions.DEFAULTS, dir.toString());

    assertThat(first.docs())
        .extracting(RawDocument::uri)
        .containsExactly(
            dir.resolve("01-good.txt").toString(),
            "https://n.example/1",
            dir.resolve("03-good.jsonl") + " line 3",
            "https://n.example/f",
            dir.resolve("07-good.md.gz").toString(),
            "https://n.example/w");
    assertThat(first.problems().failuresByCode())
        .isEqualTo(
            Map.of(
                Code.EMPTY,
                1L,
                Code.MALFORMED_JSON,
                1L,
                Code.BINARY,
                1L,
                Code.MALFORMED_XML,
                1L,
                Code.TRUNCATED,
                1L));
    assertThat(second.docs()).isEqualTo(first.docs());
    assertThat(second.errors()).isEqualTo(first.errors());
  }

  @Test
  void readsJsonLinesFromStandardInputForADash() {
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(
          new java.io.ByteArrayInputStream(
              utf8("{\"url\":\"https://n.example/s\",\"text\":\"piped\"}\n")));
      Fixtures.Run run = ingest(IngestOptions.DEFAULTS, "-");
      assertThat(run.docs())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.uri()).isEqualTo("https://n.example/s");
                assertThat(d.origin()).isEqualTo("- line 1");
              });
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void isLazyOpeningNothingUntilAsked() {
    write(dir.resolve("a.txt"), "a");
    write(dir.resolve("b.txt"), "");
    Problems problems = Problems.counting();
    try (Stream<RawDocument> docs =
        Ingest.read(List.of(dir.toString()), IngestOptions.DEFAULTS, problems)) {
      assertThat(problems.failed()).isZero();
      assertThat(docs.findFirst()).isPresent();
      assertThat(problems.failed()).isZero();
    }
  }

  @Test
  void neverLetsAnExceptionOutOfTheStream() {
    write(dir.resolve("x.jsonl"), "{\"text\":" + "[".repeat(5000) + "\n{\"text\":\"ok\"}\n");
    write(dir.resolve("y.atom"), "<feed>" + "<a>".repeat(5000));
    Fixtures.Run run = ingest(IngestOptions.DEFAULTS, dir.toString());
    assertThat(run.docs()).hasSize(1);
    // The feed is nested deeper than the parser may go before it ends early.
    assertThat(run.errors())
        .extracting(DataError::code)
        .containsExactly(Code.MALFORMED_JSON, Code.MALFORMED_XML);
  }

  @Test
  void readsAllWikinewsArticlesWithUrlTitleAndDate() {
    Path wikinews = Corpora.wikinews();
    Fixtures.Run run = ingest(IngestOptions.DEFAULTS, wikinews.toString());

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .hasSize(295)
        .allSatisfy(
            d -> {
              assertThat(d.uri()).startsWith("https://");
              assertThat(d.title()).isPresent();
              assertThat(d.published()).isPresent();
              assertThat(d.type()).isEqualTo(ContentType.TEXT);
            });
  }
}
