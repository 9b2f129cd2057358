package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The stored ids read as numbers answer exactly as the set of their strings would. */
class KnownIdsTest {
  @Property(tries = 50)
  void containsExactlyTheStoredIds(
      @ForAll("ids") List<String> stored, @ForAll("ids") List<String> asked) throws SQLException {
    KnownIds known = read(stored);
    Set<String> expected = new HashSet<>(stored);
    for (String id : asked) {
      assertThat(known.contains(id)).as(id).isEqualTo(expected.contains(id));
    }
    for (String id : stored) {
      assertThat(known.contains(id)).as(id).isTrue();
    }
  }

  @Example
  void idsOfOtherFormsAreKeptAsText() throws SQLException {
    KnownIds known =
        read(List.of("00000000000000ff", "ffffffffffffffff", "DOC-1", "ABCDEF0123456789"));
    assertThat(known.contains("00000000000000ff")).isTrue();
    assertThat(known.contains("ffffffffffffffff")).isTrue();
    assertThat(known.contains("DOC-1")).isTrue();
    assertThat(known.contains("ABCDEF0123456789")).isTrue();
    // The same digits in lower case are another id.
    assertThat(known.contains("abcdef0123456789")).isFalse();
    assertThat(known.contains("8000000000000000")).isFalse();
  }

  @Provide
  Arbitrary<List<String>> ids() {
    Arbitrary<String> hex = Arbitraries.longs().map(n -> HexFormat.of().toHexDigits(n));
    Arbitrary<String> near =
        Arbitraries.of("0000000000000000", "8000000000000000", "7fffffffffffffff");
    Arbitrary<String> other =
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, hex),
            net.jqwik.api.Tuple.of(1, near),
            net.jqwik.api.Tuple.of(1, other))
        .list()
        .ofMaxSize(60);
  }

  private static KnownIds read(List<String> ids) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE documents (doc_id VARCHAR)");
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO documents VALUES (?)")) {
        for (String id : ids) {
          p.setString(1, id);
          p.executeUpdate();
        }
      }
      return KnownIds.read(c);
    }
  }
}
