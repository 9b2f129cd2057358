package dev.dyad.report.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 rows: a field is quoted only when it holds a comma, a quote or a line break, and a quote
 * inside is doubled. Lines end in {@code \n} (RFC 4180 says CRLF, but every reader that matters
 * accepts LF, and LF keeps diffs and shell tools clean); a quoted field keeps its own line breaks
 * as they are.
 */
final class Csv {
  private Csv() {}

  static void row(Writer out, List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(field(fields.get(i)));
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The field as written: null is an empty field; a formula is neutralised ({@link FormulaCells}).
   */
  static String field(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    String value = FormulaCells.neutralise(cell);
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
