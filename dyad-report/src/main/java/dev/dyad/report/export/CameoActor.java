package dev.dyad.report.export;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorEntry;
import dev.dyad.core.actors.ActorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CAMEO actor code split the way the GDELT event table spreads it over columns.
 *
 * <p>A code is a base (a country, or an organisation such as {@code IGOUNO} or {@code IGOWSTNAT})
 * followed by three-letter sectors: {@code PRKMIL} is North Korea, military. States give the
 * country column; organisations give the known-group column (the last three letters of the base,
 * {@code UNO}, {@code NAT}) and their class ({@code IGO}, {@code NGO}) as the first type, as GDELT
 * does.
 *
 * @param countryCode the state's code, empty for organisations
 * @param knownGroupCode the organisation's group code, empty for states
 * @param types up to three type (sector) codes, in order
 * @param name the base's name, upper case as GDELT writes names; empty when unknown
 */
record CameoActor(String countryCode, String knownGroupCode, List<String> types, String name) {

  /** Prefixes of codes that name no state. */
  private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "UIS");

  private static final int MAX_TYPES = 3;

  CameoActor {
    types = List.copyOf(types.subList(0, Math.min(types.size(), MAX_TYPES)));
  }

  /** Reads codes against a dictionary: its countries and organisations are the known bases. */
  static final class Reader {
    private final ActorDictionary dictionary;
    private final Map<String, ActorKind> bases = new HashMap<>();
    private final Map<String, CameoActor> cache = new HashMap<>();

    Reader(ActorDictionary dictionary) {
      this.dictionary = dictionary;
      for (ActorEntry entry : dictionary.entries()) {
        if (entry.kind() == ActorKind.COUNTRY) {
          bases.putIfAbsent(entry.code(), ActorKind.COUNTRY);
        } else if (entry.kind() == ActorKind.ORGANIZATION && !entry.org().isEmpty()) {
          bases.putIfAbsent(entry.org(), ActorKind.ORGANIZATION);
        } else if (entry.kind() == ActorKind.ROLE) {
          bases.putIfAbsent(entry.code(), ActorKind.ROLE);
        }
      }
    }

    CameoActor read(String code) {
      // Few distinct codes recur across many events: remember them (bounded by the dictionary).
      return cache.computeIfAbsent(code, this::parse);
    }

    private CameoActor parse(String code) {
      String base = longestBase(code);
      ActorKind kind = base.isEmpty() ? null : bases.get(base);
      if (kind == ActorKind.ROLE) {
        // A bare sector with no country ("MIL"): every chunk is a type.
        return new CameoActor("", "", chunks(code), "");
      }
      if (base.isEmpty()) {
        // Unknown to the dictionary: read it as CAMEO writes it, a three-letter base first.
        base = code.length() >= 3 ? code.substring(0, 3) : code;
        kind = NON_STATE.contains(base) ? ActorKind.ORGANIZATION : ActorKind.COUNTRY;
      }
      List<String> types = new ArrayList<>();
      String name = dictionary.entry(base).map(e -> e.name().toUpperCase(Locale.ROOT)).orElse("");
      if (kind == ActorKind.COUNTRY) {
        types.addAll(chunks(code.substring(base.length())));
        return new CameoActor(base, "", types, name);
      }
      String group = base.length() > 3 ? base.substring(base.length() - 3) : "";
      String prefix = base.substring(0, Math.min(3, base.length()));
      if (NON_STATE.contains(prefix)) {
        types.add(prefix);
      }
      types.addAll(chunks(code.substring(base.length())));
      return new CameoActor("", group, types, name);
    }

    private String longestBase(String code) {
      for (int end = code.length(); end >= 3; end--) {
        if (bases.containsKey(code.substring(0, end))) {
          return code.substring(0, end);
        }
      }
      return "";
    }

    private static List<String> chunks(String rest) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i + 3 <= rest.length(); i += 3) {
        out.add(rest.substring(i, i + 3));
      }
      return out;
    }
  }

  String type(int index) {
    return index < types.size() ? types.get(index) : "";
  }
}
