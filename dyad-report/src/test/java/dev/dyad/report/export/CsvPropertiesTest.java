package dev.dyad.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;

class CsvPropertiesTest {

  @Property(tries = 500)
  void anyStringsRoundTrip(@ForAll @NotEmpty @Size(max = 6) List<String> fields) {
    StringWriter out = new StringWriter();
    Csv.row(out, fields);

    List<List<String>> rows = CsvReader.read(out.toString());

    assertThat(rows).containsExactly(neutralised(fields));
  }

  @Property(tries = 500)
  void delimiterHeavyStringsRoundTrip(
      @ForAll @NotEmpty @Size(max = 4)
          List<@Chars({',', '"', '\n', '\r', 'a', ' ', 'é'}) String> fields) {
    StringWriter out = new StringWriter();
    Csv.row(out, fields);

    assertThat(CsvReader.read(out.toString())).containsExactly(neutralised(fields));
  }

  /** What a reader gets back: the fields, each formula with its leading apostrophe. */
  private static List<String> neutralised(List<String> fields) {
    return fields.stream().map(FormulaCells::neutralise).toList();
  }
}
