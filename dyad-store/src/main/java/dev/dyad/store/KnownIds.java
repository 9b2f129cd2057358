package dev.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the stored documents, read once when an ingest starts so that its workers skip coding
 * what is stored without asking DuckDB. An id is 16 hexadecimal digits (dyad-core {@code
 * DocumentIds}), so it is a 64-bit number: held as one in a sorted array, 8 bytes a document. As
 * strings, 400,000 ids took 84 MB of heap and 0.7 s to read, both growing with the store; as
 * numbers 0.1 s. An id of any other form is kept as text. Immutable; safe to share between threads.
 */
final class KnownIds {
  private final long[] numbers;
  private final Set<String> others;

  private KnownIds(long[] numbers, Set<String> others) {
    this.numbers = numbers;
    this.others = others;
  }

  static KnownIds read(Connection c) throws SQLException {
    long[] numbers = new long[1024];
    int n = 0;
    Set<String> others = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(Sql.get("known-ids"))) {
      while (r.next()) {
        long number = r.getLong(1);
        if (r.wasNull()) {
          others.add(r.getString(2));
        } else {
          if (n == numbers.length) {
            numbers = Arrays.copyOf(numbers, n * 2);
          }
          numbers[n++] = number;
        }
      }
    }
    long[] sorted = Arrays.copyOf(numbers, n);
    Arrays.sort(sorted);
    return new KnownIds(sorted, others);
  }

  boolean contains(String id) {
    if (isNumber(id)) {
      return Arrays.binarySearch(numbers, number(id)) >= 0;
    }
    return others.contains(id);
  }

  /** What known-ids.sql computes in DuckDB: the id as unsigned, shifted into a signed long. */
  static long number(String id) {
    return Long.parseUnsignedLong(id, 16) ^ Long.MIN_VALUE;
  }

  /** 16 lower-case hexadecimal digits, the form known-ids.sql reads as a number. */
  static boolean isNumber(String id) {
    if (id.length() != 16) {
      return false;
    }
    for (int i = 0; i < 16; i++) {
      char ch = id.charAt(i);
      if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
