package dev.dyad.core.dictionaries;

import dev.dyad.core.coding.ontology.EventKind;
import dev.dyad.core.coding.ontology.EventOntology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives the event code of a verb dictionary its PLOVER type and mode through Dyad's ontology, so
 * that events keep Dyad's contract: a CAMEO code as the ontology lists it, else as its nearest
 * listed ancestor ({@link EventOntology#kindOfCameo}); a code outside CAMEO's twenty roots (an old
 * WEIS code, a test code) takes the type of its verb block's code when that one is CAMEO. Failing
 * that, a code in WEIS's two roots beyond CAMEO's (21 seize, 22 force: TABARI's older dictionaries
 * and PETRARCH's validation set are coded in WEIS) is read as the CAMEO code WEIS's becomes, first
 * the pattern's own, then its block's. The dictionary's code itself is kept on the event.
 */
final class CodeTyping {
  /** A code as the verb files write it: "064", "0874", "174K". */
  private static final Pattern CODE = Pattern.compile("\\d{2,4}[A-Z]?");

  /** The null code: the verb or pattern codes no event. */
  static final String NULL = "---";

  /**
   * WEIS codes beyond CAMEO's roots, as the CAMEO codes for the same acts: 211 seize position or
   * possessions (1711 confiscate), 212 arrest or detain (173), 221 and 222 destructive and
   * injurious acts (180 assault), 223 military engagement (190); a code under a root and not
   * listed, as its root.
   */
  private static final java.util.Map<String, String> WEIS =
      java.util.Map.of(
          "21", "1711",
          "211", "1711",
          "212", "173",
          "22", "180",
          "221", "180",
          "222", "180",
          "223", "190");

  private final EventOntology ontology;

  CodeTyping(EventOntology ontology) {
    this.ontology = ontology;
  }

  /**
   * One code read: its kind, or why it has none.
   *
   * @param code the code as written
   * @param kind the type and mode, when it has one
   * @param problem why not, when it has none
   * @param byBlock whether the type came from the block's code
   */
  record Typed(String code, Optional<EventKind> kind, String problem, boolean byBlock) {}

  /**
   * The codes of a bracket: one code, or two joined by {@code :} for a pair of events (source to
   * target, then target to source: {@code [032:033]} is a visit and its hosting). The first may be
   * empty ({@code [:110]}): the event goes back only. Empty when the bracket is malformed.
   */
  static Optional<List<String>> split(String bracket) {
    String[] parts = bracket.strip().split(":", -1);
    if (parts.length > 2) {
      return Optional.empty();
    }
    List<String> codes = new ArrayList<>();
    for (int k = 0; k < parts.length; k++) {
      String code = parts[k].strip();
      if (k == 0 && code.isEmpty() && parts.length == 2) {
        codes.add(NULL);
        continue;
      }
      if (!code.equals(NULL) && !CODE.matcher(code).matches()) {
        return Optional.empty();
      }
      codes.add(code);
    }
    return Optional.of(List.copyOf(codes));
  }

  /** The kind of {@code code}, falling back to the kind of {@code blockCode}. */
  Typed type(String code, String blockCode) {
    Optional<EventKind> own = cameo(code);
    if (own.isPresent()) {
      return new Typed(code, own, null, false);
    }
    if (code.length() >= 2 && root(code) >= 1 && root(code) <= 20) {
      return new Typed(
          code, Optional.empty(), "CAMEO " + code + " has no PLOVER type in the ontology", false);
    }
    Optional<EventKind> block =
        split(blockCode).filter(c -> c.size() >= 1).flatMap(c -> cameo(c.get(0)));
    if (block.isPresent()) {
      return new Typed(code, block, null, true);
    }
    Optional<EventKind> weis = weis(code);
    if (weis.isPresent()) {
      return new Typed(code, weis, null, false);
    }
    Optional<EventKind> blockWeis =
        split(blockCode).filter(c -> c.size() >= 1).flatMap(c -> weis(c.get(0)));
    if (blockWeis.isPresent()) {
      return new Typed(code, blockWeis, null, true);
    }
    return new Typed(
        code,
        Optional.empty(),
        "code " + code + " is not CAMEO or WEIS, nor is its block's code " + blockCode,
        false);
  }

  /** The kind of a block's own code, when it has one. */
  Optional<EventKind> blockKind(String blockCode) {
    return split(blockCode)
        .filter(c -> !c.isEmpty())
        .flatMap(c -> cameo(c.get(0)).or(() -> weis(c.get(0))));
  }

  /** The kind of a WEIS code beyond CAMEO's roots (21, 22), through its CAMEO equivalent. */
  private Optional<EventKind> weis(String code) {
    if (!CODE.matcher(code).matches() || (root(code) != 21 && root(code) != 22)) {
      return Optional.empty();
    }
    String digits = code.replaceAll("[A-Z]$", "");
    String cameo =
        WEIS.getOrDefault(
            digits.length() > 3 ? digits.substring(0, 3) : digits,
            WEIS.get(digits.substring(0, 2)));
    return ontology.kindOfCameo(cameo);
  }

  private Optional<EventKind> cameo(String code) {
    if (!CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    int root = root(code);
    if (root < 1 || root > 20) {
      return Optional.empty();
    }
    return ontology.kindOfCameo(code);
  }

  private static int root(String code) {
    return Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))
        ? Integer.parseInt(code.substring(0, 2))
        : -1;
  }
}
