package dev.dyad.core.coding.ontology;

import dev.dyad.core.internal.Tsv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO codes listed in {@code cameo.tsv} with their official names and Goldstein weights, kept
 * so that the weights copied into the ontology can be checked against one list.
 */
final class CameoCodes {

  /** A CAMEO code with its official name and Goldstein weight. */
  record Code(String code, String name, double goldstein) {}

  static final String FILE = "/dev/dyad/core/coding/cameo.tsv";
  private static final List<String> HEADER = List.of("code", "name", "goldstein");

  private final Map<String, Code> codes;

  private CameoCodes(Map<String, Code> codes) {
    this.codes = Map.copyOf(codes);
  }

  static CameoCodes builtIn() {
    Map<String, Code> codes = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.resource(FILE, HEADER)) {
      double goldstein;
      try {
        goldstein = Double.parseDouble(row.cell(2));
      } catch (NumberFormatException e) {
        throw row.error("goldstein '" + row.cell(2) + "' is not a number");
      }
      Code code = new Code(row.cell(0), row.cell(1), goldstein);
      if (codes.put(code.code(), code) != null) {
        throw row.error("duplicate CAMEO code " + code.code());
      }
    }
    return new CameoCodes(codes);
  }

  Optional<Code> code(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  Map<String, Code> all() {
    return codes;
  }
}
