package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input read in a JVM with a small heap ({@link HeapProbe}): whatever one item or document
 * holds, reading it must end in data errors, never in an OutOfMemoryError, and the items around it
 * must still be read.
 */
class BoundedMemoryTest {
  private static final String HEAP = "-Xmx64m";
  private static final long MB = 1024 * 1024;

  @TempDir Path dir;

  @Test
  void refusesAFeedItemWithAHugeCdataDescriptionAndReadsTheOthers() throws Exception {
    Path feed =
        gzipFeed(
            "huge-cdata.rss.gz",
            out -> {
              out.write(item(1, "<![CDATA[<p>Talks resumed.</p>]]>"));
              out.write("<item><title>Two</title><description><![CDATA[");
              repeat(out, "<p>Filler text that never ends. ", 40 * MB);
              out.write("]]></description></item>\n");
              out.write(item(3, "<![CDATA[<p>Police arrested ten protesters.</p>]]>"));
            });

    List<String> lines = probe("read", MB, feed);

    assertThat(lines).contains("documents 2");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("error "))
        .containsExactly("error TOO_LARGE " + feed + " item 2");
  }

  @Test
  void refusesAFeedItemWithHugePlainTextAndReadsTheOthers() throws Exception {
    Path feed =
        gzipFeed(
            "huge-text.rss.gz",
            out -> {
              out.write(item(1, "Talks resumed."));
              out.write("<item><title>Two</title><description>");
              repeat(out, "Filler &amp; text. ", 40 * MB);
              out.write("</description></item>\n");
              out.write(item(3, "Police arrested ten protesters."));
            });

    List<String> lines = probe("read", MB, feed);

    assertThat(lines).contains("documents 2");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("error "))
        .containsExactly("error TOO_LARGE " + feed + " item 2");
  }

  @Test
  void endsAFeedWithAHugeCommentWithADataErrorKeepingTheItemsBefore() throws Exception {
    Path feed =
        gzipFeed(
            "huge-comment.rss.gz",
            out -> {
              out.write(item(1, "Talks resumed."));
              out.write("<!--");
              repeat(out, "a comment ", 40 * MB);
              out.write("-->");
              out.write(item(2, "Police arrested ten protesters."));
            });

    List<String> lines = probe("read", MB, feed);

    assertThat(lines).contains("documents 1");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("error "))
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("error TOO_LARGE " + feed));
  }

  @Test
  void endsAFeedNestedAMillionElementsDeepWithADataError() throws Exception {
    Path feed =
        gzipFeed(
            "deep.rss.gz",
            out -> {
              out.write(item(1, "Talks resumed."));
              out.write("<item><title>Two</title><description>");
              repeat(out, "<b>", 3 * MB);
              out.write("</description></item>\n");
            });

    List<String> lines = probe("read", 20 * MB, feed);

    assertThat(lines).contains("documents 1");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("error "))
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("error MALFORMED_XML " + feed + " item 2"));
  }

  interface Content {
    void write(Writer out) throws IOException;
  }

  private Path gzipFeed(String name, Content items) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream raw = Files.newOutputStream(file);
        Writer out =
            new java.io.OutputStreamWriter(
                new GZIPOutputStream(raw, 64 * 1024), StandardCharsets.UTF_8)) {
      out.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>\n");
      items.write(out);
      out.write("</channel></rss>\n");
    }
    return file;
  }

  private static String item(int n, String description) {
    return "<item><title>Item "
        + n
        + "</title><link>https://n.example/"
        + n
        + "</link><description>"
        + description
        + "</description></item>\n";
  }

  private static void repeat(Writer out, String piece, long chars) throws IOException {
    String block = piece.repeat((int) Math.max(1, 64 * 1024 / piece.length()));
    for (long written = 0; written < chars; written += block.length()) {
      out.write(block);
    }
  }

  /** Runs {@link HeapProbe} in a JVM with a small heap and returns what it printed. */
  static List<String> probe(String mode, long maxDocumentBytes, Path... inputs) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                HeapProbe.class.getName(),
                mode,
                Long.toString(maxDocumentBytes)));
    for (Path p : inputs) {
      command.add(p.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    process.getInputStream().transferTo(output);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String text = output.toString(StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("exit code; output:%n%s", text).isZero();
    assertThat(text).doesNotContain("OutOfMemoryError");
    return text.lines().toList();
  }
}
