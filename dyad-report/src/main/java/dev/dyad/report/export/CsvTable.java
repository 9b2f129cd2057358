package dev.dyad.report.export;

import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * A header and a way to turn one record into its cells. Rows are written as records arrive, so a
 * table of any length is written in constant memory.
 */
record CsvTable<T>(List<String> header, Function<T, List<String>> cells) {

  CsvTable {
    header = List.copyOf(header);
  }

  /**
   * Writes the header and a row per record, in order; an iterable may be lazy (a stream's
   * iterator).
   */
  long write(Writer out, Iterable<? extends T> records) {
    Csv.row(out, header);
    long rows = 0;
    for (T record : records) {
      List<String> row = cells.apply(record);
      if (row.size() != header.size()) {
        // A row that does not match the header shifts every later column: fail loudly instead.
        throw new IllegalStateException(row.size() + " cells for " + header.size() + " columns");
      }
      Csv.row(out, row);
      rows++;
    }
    return rows;
  }
}
