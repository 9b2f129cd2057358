package dev.dyad.core.dictionaries;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TABARI/PETRARCH dictionary file into its lines, with the comments of those formats
 * removed: {@code #} to the end of the line, {@code <!-- … -->} (which may span lines), and any
 * line that begins {@code <!}. Blank lines are dropped. Bytes that are not UTF-8 become U+FFFD, so
 * that the reader can report the line ({@link Line#damage()}) rather than fail the file.
 */
final class DictionaryFile {
  private DictionaryFile() {}

  /**
   * The lines of {@code file}.
   *
   * @throws DictionaryLoadException when the file cannot be read
   */
  static List<Line> read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DictionaryLoadException(file, "cannot read the dictionary file (" + e + ")", e);
    }
    return lines(decode(bytes));
  }

  /** The lines of {@code text} as {@link #read} gives them. */
  static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    boolean inComment = false;
    int number = 0;
    int start = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF') {
      start = 1;
    }
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String raw = text.substring(start, end);
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      number++;
      StringBuilder kept = new StringBuilder();
      inComment = stripComments(raw, inComment, kept);
      String line = kept.toString();
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.stripTrailing();
      if (!line.isBlank() && !line.stripLeading().startsWith("<!")) {
        out.add(new Line(number, line));
      }
      if (end == n) {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * Appends to {@code kept} the parts of {@code raw} outside {@code <!-- … -->}; returns whether a
   * comment is still open at the end of the line.
   */
  private static boolean stripComments(String raw, boolean inComment, StringBuilder kept) {
    int i = 0;
    boolean open = inComment;
    while (i < raw.length()) {
      if (open) {
        int close = raw.indexOf("-->", i);
        if (close < 0) {
          return true;
        }
        i = close + 3;
        open = false;
      } else {
        int begin = raw.indexOf("<!--", i);
        if (begin < 0) {
          kept.append(raw, i, raw.length());
          return false;
        }
        kept.append(raw, i, begin);
        i = begin + 4;
        open = true;
      }
    }
    return open;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE never throws", e);
    }
  }
}
