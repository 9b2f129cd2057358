package dev.dyad.core.coding.ontology;

import dev.dyad.core.internal.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The PLOVER event types and modes Dyad codes, each mapped to a CAMEO code, quad class and
 * Goldstein intensity. The table lives in {@code ontology.tsv} so that analysts can edit it.
 */
public final class EventOntology {

  static final String FILE = "/dev/dyad/core/coding/ontology.tsv";
  static final List<String> HEADER =
      List.of("event_type", "mode", "cameo", "quad_class", "intensity", "description");

  private static final Pattern MODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");

  private final List<EventKind> kinds;
  private final Map<EventType, EventKind> defaults;
  private final Map<EventType, Map<String, EventKind>> byMode;
  private final Map<String, EventKind> byCameo = new LinkedHashMap<>();

  private EventOntology(List<EventKind> kinds) {
    this.kinds = List.copyOf(kinds);
    this.defaults = new EnumMap<>(EventType.class);
    this.byMode = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      byMode.put(type, new LinkedHashMap<>());
    }
    for (EventKind kind : kinds) {
      // A code that several rows share (044: third-party and multilateral) reads as the first.
      byCameo.putIfAbsent(kind.cameo(), kind);
      kind.mode()
          .ifPresentOrElse(
              mode -> byMode.get(kind.type()).put(mode, kind),
              () -> defaults.put(kind.type(), kind));
    }
  }

  private static final class BuiltIn {
    // Holder idiom: the file is read once, on first use.
    static final EventOntology INSTANCE = new EventOntology(read(Tsv.resource(FILE, HEADER)));
  }

  /** The ontology shipped with Dyad, loaded once. */
  public static EventOntology builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** Parses an ontology table; {@code file} names it in error messages. */
  static EventOntology parse(String file, List<String> lines) {
    return new EventOntology(read(Tsv.parse(file, lines, HEADER)));
  }

  /**
   * The kind for {@code type} in {@code mode}; the type's default kind when the mode is empty or
   * not one the ontology knows for that type.
   */
  public EventKind kind(EventType type, Optional<String> mode) {
    return mode.map(byMode.get(type)::get).orElse(defaults.get(type));
  }

  /**
   * The kind a CAMEO code reads as: the row with that code, else the row of its nearest listed
   * ancestor (a four-digit code's three-digit parent, then its root's "not specified" code: 0874
   * reads as RETREAT/surrender, 1717 as COERCE). Empty for a code outside the twenty CAMEO roots
   * and for a root the ontology leaves out (01, public statements: PLOVER has no such type).
   */
  public Optional<EventKind> kindOfCameo(String code) {
    if (code.length() < 2) {
      return Optional.empty();
    }
    for (String candidate :
        List.of(
            code,
            code.length() > 3 ? code.substring(0, 3) : code,
            code.substring(0, 2) + "0",
            code.substring(0, 2))) {
      EventKind kind = byCameo.get(candidate);
      if (kind != null) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Every kind, in file order. */
  public List<EventKind> kinds() {
    return kinds;
  }

  /** The modes known for {@code type}, in file order; empty when it has none. */
  public Set<String> modes(EventType type) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(byMode.get(type).keySet()));
  }

  /**
   * The quad class of a CAMEO code by its root, after the ICEWS/GDELT QuadClass convention: 01-05
   * verbal cooperation (1), 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20
   * material conflict (4).
   */
  static int quadClassOf(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("not a CAMEO root: " + cameo);
    }
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  private static List<EventKind> read(List<Tsv.Row> rows) {
    List<EventKind> kinds = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Set<EventType> withDefault = new LinkedHashSet<>();
    String file = "?";
    for (Tsv.Row row : rows) {
      file = row.file();
      EventKind kind = kind(row);
      String key = kind.type() + "/" + kind.mode().orElse("");
      if (!seen.add(key)) {
        throw row.error("duplicate row for " + key);
      }
      if (kind.mode().isEmpty()) {
        withDefault.add(kind.type());
      }
      kinds.add(kind);
    }
    for (EventType type : EventType.values()) {
      if (!withDefault.contains(type)) {
        throw new IllegalStateException(file + ": no default row (empty mode) for " + type);
      }
    }
    return kinds;
  }

  private static EventKind kind(Tsv.Row row) {
    EventType type;
    try {
      type = EventType.valueOf(row.cell(0));
    } catch (IllegalArgumentException e) {
      throw row.error("unknown event type '" + row.cell(0) + "'");
    }
    String mode = row.cell(1);
    if (!mode.isEmpty() && !MODE.matcher(mode).matches()) {
      throw row.error("mode '" + mode + "' is not lower-case-with-hyphens");
    }
    String cameo = row.cell(2);
    if (!CAMEO.matcher(cameo).matches()) {
      throw row.error("CAMEO code '" + cameo + "' is not 2 to 4 digits");
    }
    int expected;
    try {
      expected = quadClassOf(cameo);
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
    int quad = number(row, 3, "quad_class");
    if (quad != expected) {
      throw row.error(
          "quad_class " + quad + " disagrees with CAMEO root of " + cameo + " (" + expected + ")");
    }
    double intensity;
    try {
      intensity = Double.parseDouble(row.cell(4));
    } catch (NumberFormatException e) {
      throw row.error("intensity '" + row.cell(4) + "' is not a number");
    }
    if (!(intensity >= -10 && intensity <= 10)) {
      throw row.error("intensity " + intensity + " is outside -10..10");
    }
    String description = row.cell(5).strip();
    if (description.isEmpty()) {
      throw row.error("empty description");
    }
    return new EventKind(
        type,
        mode.isEmpty() ? Optional.empty() : Optional.of(mode),
        cameo,
        quad,
        intensity,
        description);
  }

  private static int number(Tsv.Row row, int column, String name) {
    try {
      return Integer.parseInt(row.cell(column));
    } catch (NumberFormatException e) {
      throw row.error(name + " '" + row.cell(column) + "' is not an integer");
    }
  }
}
