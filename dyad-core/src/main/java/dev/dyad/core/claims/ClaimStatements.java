package dev.dyad.core.claims;

import dev.dyad.core.coding.ontology.EventType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical statement of a claim, from small templates per type (and a few modes). {@code {S}}
 * and {@code {T}} are the parties, {@code {O}} the object in brackets; a symmetric claim reads "{S}
 * and {T} …", or "… each other" when the template is directed.
 */
final class ClaimStatements {
  private static final Map<EventType, String> DIRECTED =
      Map.ofEntries(
          Map.entry(EventType.AGREE, "{S} reached an agreement{O} with {T}"),
          Map.entry(EventType.CONSULT, "{S} held talks with {T}"),
          Map.entry(EventType.SUPPORT, "{S} expressed support for {T}"),
          Map.entry(EventType.CONCEDE, "{S} made concessions to {T}"),
          Map.entry(EventType.COOPERATE, "{S} cooperated{M} with {T}{O}"),
          Map.entry(EventType.AID, "{S} provided {M}aid{O} to {T}"),
          Map.entry(EventType.RETREAT, "{S} de-escalated towards {T}"),
          Map.entry(EventType.REQUEST, "{S} made demands of {T}"),
          Map.entry(EventType.ACCUSE, "{S} accused {T}"),
          Map.entry(EventType.REJECT, "{S} rebuffed {T}"),
          Map.entry(EventType.THREATEN, "{S} threatened {T}"),
          Map.entry(EventType.PROTEST, "{S} protested against {T}"),
          Map.entry(EventType.SANCTION, "{S} imposed sanctions on {T}"),
          Map.entry(EventType.MOBILIZE, "{S} mobilized forces against {T}"),
          Map.entry(EventType.COERCE, "{S} took coercive action against {T}"),
          Map.entry(EventType.ASSAULT, "{S} attacked {T}"));

  // Modes that change the verb, and symmetric phrasings that read better than "each other".
  private static final Map<String, String> BY_MODE =
      Map.ofEntries(
          Map.entry("CONSULT/visit", "{S} visited {T}"),
          Map.entry("CONSULT/host", "{S} hosted {T}"),
          Map.entry("CONSULT/phone", "{S} spoke by phone with {T}"),
          Map.entry("CONSULT/negotiate", "{S} negotiated with {T}"),
          Map.entry("RETREAT/withdraw", "{S} withdrew forces from {T}"),
          Map.entry("RETREAT/ceasefire", "{S} agreed a ceasefire with {T}"),
          Map.entry("RETREAT/release", "{S} released people held from {T}"),
          Map.entry("RETREAT/ease-sanctions", "{S} eased sanctions on {T}"),
          Map.entry("SUPPORT/sign", "{S} signed an agreement{O} with {T}"),
          Map.entry(
              "SUPPORT/relations", "{S} established or restored diplomatic relations with {T}"),
          Map.entry("CONCEDE/apologize", "{S} apologized to {T}"),
          Map.entry("ACCUSE/criticize", "{S} criticized {T}"),
          Map.entry("ACCUSE/investigate", "{S} investigated {T}"),
          Map.entry("SANCTION/expel", "{S} expelled representatives of {T}"),
          Map.entry("SANCTION/diplomatic", "{S} downgraded relations with {T}"),
          Map.entry("AID/troops", "{S} deployed troops to {T}"),
          Map.entry("COOPERATE/exercises", "{S} held joint{M} exercises with {T}"));
  // Acts with no target (targetless.txt): by mode, then by type.
  private static final Map<String, String> TARGETLESS_BY_MODE =
      Map.ofEntries(
          Map.entry("PROTEST/demonstrate", "{S} demonstrated"),
          Map.entry("PROTEST/hunger-strike", "{S} went on hunger strike"),
          Map.entry("PROTEST/strike", "{S} went on strike"),
          Map.entry("PROTEST/obstruct", "{S} blocked access"),
          Map.entry("PROTEST/riot", "{S} rioted"),
          Map.entry("MOBILIZE/alert", "{S} raised its alert level"),
          Map.entry("MOBILIZE/police", "{S} deployed police"),
          Map.entry("RETREAT/resign", "{S} resigned"),
          Map.entry("RETREAT/surrender", "{S} surrendered"),
          Map.entry("RETREAT/demobilize", "{S} disarmed"),
          Map.entry("RETREAT/ceasefire", "{S} declared a ceasefire"),
          Map.entry("RETREAT/withdraw", "{S} withdrew forces"),
          Map.entry("COERCE/curfew", "{S} imposed a curfew"),
          Map.entry("COERCE/emergency", "{S} declared a state of emergency"),
          Map.entry("ASSAULT/suicide-bombing", "{S} carried out a suicide bombing"),
          Map.entry("ASSAULT/explosives", "{S} carried out a bombing"));
  private static final Map<EventType, String> TARGETLESS =
      Map.ofEntries(
          Map.entry(EventType.PROTEST, "{S} protested"),
          Map.entry(EventType.MOBILIZE, "{S} mobilized forces"),
          Map.entry(EventType.RETREAT, "{S} de-escalated"),
          Map.entry(EventType.COERCE, "{S} took coercive action"),
          Map.entry(EventType.ASSAULT, "{S} used violence"),
          Map.entry(EventType.CONCEDE, "{S} made concessions"));
  private static final Map<EventType, String> SYMMETRIC =
      Map.of(
          EventType.AGREE, "{S} and {T} reached an agreement{O}",
          EventType.CONSULT, "{S} and {T} held talks",
          EventType.COOPERATE, "{S} and {T} cooperated{M}{O}");
  private static final Map<String, String> SYMMETRIC_BY_MODE =
      Map.of(
          "COOPERATE/exercises", "{S} and {T} held joint{M} exercises",
          "CONSULT/phone", "{S} and {T} spoke by phone",
          "CONSULT/negotiate", "{S} and {T} negotiated",
          "SUPPORT/sign", "{S} and {T} signed an agreement{O}",
          "SUPPORT/relations", "{S} and {T} established or restored diplomatic relations",
          "AID/troops", "{S} and {T} exchanged troops");
  private static final Map<String, String> ADVERB =
      Map.of(
          "military",
          " militarily",
          "economic",
          " economically",
          "intelligence",
          " on intelligence",
          "legal",
          " on legal matters");
  private static final Map<String, String> ADJECTIVE =
      Map.of(
          "military",
          "military ",
          "economic",
          "economic ",
          "humanitarian",
          "humanitarian ",
          "peacekeeping",
          "peacekeeping ");

  private ClaimStatements() {}

  /** The statement of a claim; {@code target} is empty for an act with no target. */
  static String statement(
      String source,
      Optional<String> target,
      EventType type,
      Optional<String> mode,
      Optional<String> object,
      boolean symmetric) {
    String template =
        target.isPresent() ? template(type, mode, object, symmetric) : targetless(type, mode);
    String objectText = object.map(o -> " (" + o + ")").orElse("");
    if (template.contains("exercises")
        || (type == EventType.AID && template.contains("troops"))
        || (template.contains("agreement") && object.equals(Optional.of("agreements")))
        || (type == EventType.SANCTION && object.equals(Optional.of("sanctions")))) {
      objectText = ""; // the template already says it
    }
    String m = mode.orElse("");
    String filled =
        template
            .replace("{S}", source)
            .replace("{T}", target.orElse(""))
            .replace("{O}", objectText)
            .replace(
                "{M}",
                type == EventType.COOPERATE && template.contains("exercises")
                    ? (m.equals("military") ? " military" : "")
                    : type == EventType.COOPERATE
                        ? ADVERB.getOrDefault(m, "")
                        : ADJECTIVE.getOrDefault(m, ""));
    if (!template.contains("{O}") && !objectText.isEmpty() && !filled.contains(object.get())) {
      filled += objectText;
    }
    return capitalise(filled);
  }

  private static String template(
      EventType type, Optional<String> mode, Optional<String> object, boolean symmetric) {
    String byMode = type + "/" + mode.orElse("");
    String byObject = type + "/" + object.orElse("");
    if (symmetric) {
      String t =
          SYMMETRIC_BY_MODE.getOrDefault(
              byObject, SYMMETRIC_BY_MODE.getOrDefault(byMode, SYMMETRIC.get(type)));
      if (t != null) {
        return t;
      }
      String d = directed(type, byMode, byObject);
      int at = d.lastIndexOf("{T}");
      return (d.substring(0, at) + "each other" + d.substring(at + 3))
          .replace("{S}", "{S} and {T}");
    }
    return directed(type, byMode, byObject);
  }

  /**
   * A template without {@code {T}}: the targetless one of the type and mode, or the directed one
   * cut before its target ("{S} threatened").
   */
  private static String targetless(EventType type, Optional<String> mode) {
    String t = TARGETLESS_BY_MODE.get(type + "/" + mode.orElse(""));
    if (t == null) {
      t = TARGETLESS.get(type);
    }
    if (t == null) {
      String d = DIRECTED.get(type);
      int at = d.indexOf(" {T}");
      t = at < 0 ? d : d.substring(0, at);
      t = t.replaceAll(" (with|to|of|for|against|towards|on)$", "");
    }
    return t;
  }

  private static String directed(EventType type, String byMode, String byObject) {
    return BY_MODE.getOrDefault(byObject, BY_MODE.getOrDefault(byMode, DIRECTED.get(type)));
  }

  static String capitalise(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
