package dev.dyad.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the small tab-separated tables of the coding packages (the ontology, the CAMEO codes, the
 * irregular inflections): '#' comments and blank lines are skipped, the first other line must be
 * the expected header, and every row must have its columns.
 */
public final class Tsv {

  /** One data row with its 1-based line number, for error messages. */
  public record Row(String file, int line, List<String> cells) {
    public String cell(int i) {
      return cells.get(i);
    }

    public IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }
  }

  private Tsv() {}

  /**
   * The rows of the resource at the absolute {@code path}; messages name only its file, as the
   * people who edit it know it.
   */
  public static List<Row> resource(String path, List<String> header) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    InputStream in = Tsv.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(name + ": resource not found");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(name, reader.lines().toList(), header);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  /** The rows of {@code lines}; {@code file} names the source in error messages. */
  public static List<Row> parse(String file, List<String> lines, List<String> header) {
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      // -1 keeps trailing empty cells, which are meaningful (an empty last column).
      List<String> cells = Arrays.asList(text.split("\t", -1));
      Row row = new Row(file, i + 1, cells);
      if (!headerSeen) {
        if (!cells.equals(header)) {
          throw row.error("expected header " + String.join(" | ", header) + " but found " + text);
        }
        headerSeen = true;
        continue;
      }
      if (cells.size() != header.size()) {
        throw row.error(
            "expected " + header.size() + " tab-separated columns, found " + cells.size());
      }
      rows.add(row);
    }
    if (!headerSeen) {
      throw new IllegalStateException(file + ": no header line");
    }
    return rows;
  }
}
