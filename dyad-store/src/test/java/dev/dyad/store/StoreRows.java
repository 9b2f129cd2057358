package dev.dyad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows of a query as text, one string per row, for comparing two stores. */
final class StoreRows {
  private StoreRows() {}

  static List<String> of(Store store, String sql) {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      List<String> out = new ArrayList<>();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          Object v = r.getObject(i);
          row.append(i > 1 ? " | " : "")
              .append(v instanceof byte[] b ? Arrays.toString(b) : String.valueOf(v));
        }
        out.add(row.toString());
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
