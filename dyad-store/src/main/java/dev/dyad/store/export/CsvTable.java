package dev.dyad.store.export;

import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A header and a way to turn one record into its cells. Rows are written as records arrive, so a
 * table of any length is written in constant memory.
 */
record CsvTable<T>(List<String> header, Function<T, List<String>> cells) {

  CsvTable {
    header = List.copyOf(header);
  }

  long write(Writer out, Iterable<? extends T> records) {
    return write(out, records.iterator());
  }

  long write(Writer out, Stream<? extends T> records) {
    return write(out, records.sequential().iterator());
  }

  private long write(Writer out, Iterator<? extends T> records) {
    Csv.row(out, header);
    long rows = 0;
    while (records.hasNext()) {
      List<String> row = cells.apply(records.next());
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
