package dev.dyad.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: an output compared byte for byte with a file under the module's {@code
 * src/test/resources}, reviewed by hand and committed. A failure shows a line diff (with the column
 * where long lines part). After a deliberate change, run the test with {@code
 * -Ddyad.golden.update=true}: the file is rewritten from the output, and the diff is read and
 * committed with the reason.
 */
public final class Golden {
  /** The system property that rewrites golden files instead of comparing with them. */
  public static final String UPDATE = "dyad.golden.update";

  private Golden() {}

  /** Fails, with a diff, unless {@code actual} is the content of golden file {@code name}. */
  public static void assertMatches(String actual, String name) {
    check(actual, file(name), Boolean.getBoolean(UPDATE));
  }

  static void check(String actual, Path file, boolean update) {
    if (update) {
      write(file, actual);
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new AssertionFailedError(
          "golden file "
              + shown(file)
              + " does not exist; write it with -D"
              + UPDATE
              + "=true, read it, and commit it");
    }
    String expected = read(file);
    if (!expected.equals(actual)) {
      throw new AssertionFailedError(
          "golden file "
              + shown(file)
              + " differs from the output:\n"
              + LineDiff.render(expected, actual)
              + "\nIf the change is deliberate, rewrite the file ("
              + command()
              + "), read its diff"
              + " and commit it with the reason.",
          expected,
          actual);
    }
  }

  /** {@link #assertMatches(String, String)} for output made of lines, each ended by a newline. */
  public static void assertMatches(List<String> lines, String name) {
    assertMatches(text(lines), name);
  }

  static String text(List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  /** Golden file {@code name} of the module under test: {@code src/test/resources/name}. */
  public static Path file(String name) {
    // Surefire and Failsafe pass the module's folder as basedir; an IDE runs tests inside it.
    String module = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(module).resolve("src").resolve("test").resolve("resources").resolve(name);
  }

  /**
   * The command that reruns the calling test class (the nearest *Test, *IT or *Properties) in
   * update mode.
   */
  private static String command() {
    String caller =
        StackWalker.getInstance()
            .walk(
                frames ->
                    frames
                        .map(StackWalker.StackFrame::getClassName)
                        .filter(c -> c.matches(".*(Test|IT|Properties)(\\$.*)?"))
                        .map(c -> c.replaceFirst("\\$.*", ""))
                        .findFirst()
                        .orElse("TheTest"));
    String module =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .getFileName()
            .toString();
    return "mvn -pl "
        + module
        + " -am test -Dtest="
        + caller.substring(caller.lastIndexOf('.') + 1)
        + " -Dsurefire.failIfNoSpecifiedTests=false -D"
        + UPDATE
        + "=true";
  }

  private static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Path root = Corpora.root();
      return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    } catch (IllegalStateException e) {
      return absolute.toString();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      System.err.println("golden: rewrote " + shown(file) + "; read its diff before committing it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
