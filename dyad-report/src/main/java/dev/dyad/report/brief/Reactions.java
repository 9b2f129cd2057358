package dev.dyad.report.brief;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups reactions by third party: the dyad's default third parties first, in their order, then the
 * others, most active first. A third party that does the same to both sides of a dyad in the same
 * articles ("the U.S. has condemned the cooperation") is one reaction toward both.
 */
final class Reactions {
  private Reactions() {}

  static List<ReactionGroup> group(
      List<Claim> reactions, BriefSubject subject, Developments developments) {
    Map<String, List<Claim>> byActor = new LinkedHashMap<>();
    Map<String, ClaimActor> actors = new LinkedHashMap<>();
    for (Claim c : reactions) {
      ClaimActor other = ClaimSides.other(c, subject);
      byActor.computeIfAbsent(other.code(), k -> new ArrayList<>()).add(c);
      actors.putIfAbsent(other.code(), other);
    }
    List<String> first = ThirdParties.first(subject);
    Comparator<String> order =
        Comparator.comparingInt((String code) -> rank(first, code))
            .thenComparing(code -> -byActor.get(code).size())
            .thenComparing(code -> code);
    return byActor.keySet().stream()
        .sorted(order)
        .map(
            code ->
                new ReactionGroup(
                    actors.get(code), developments(byActor.get(code), subject, developments)))
        .toList();
  }

  private static int rank(List<String> first, String code) {
    int i = first.indexOf(code);
    return i < 0 ? first.size() : i;
  }

  private static List<Development> developments(
      List<Claim> claims, BriefSubject subject, Developments developments) {
    List<Development> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Claim c : claims) {
      if (done.contains(c.claimId())) {
        continue;
      }
      Claim twin = subject.isDyad() ? twin(c, claims, subject, done) : null;
      String both = twin == null ? null : statementTowardBoth(c, subject);
      if (both != null) {
        done.add(twin.claimId());
        out.add(developments.merged(List.of(c, twin), both));
      } else {
        out.add(developments.of(c));
      }
      done.add(c.claimId());
    }
    out.sort(Developments.NEWEST_FIRST);
    return out;
  }

  /** The same act by the same party toward the other side of the dyad, in a shared article. */
  private static Claim twin(Claim c, List<Claim> claims, BriefSubject subject, Set<String> done) {
    boolean fromThird = !subject.includes(c.source().code());
    Set<String> docs = new HashSet<>();
    c.mentions().forEach(m -> docs.add(m.docId()));
    for (Claim o : claims) {
      if (o == c
          || done.contains(o.claimId())
          || o.eventType() != c.eventType()
          || !o.mode().equals(c.mode())
          || !o.object().equals(c.object())
          || fromThird == subject.includes(o.source().code())
          || Objects.equals(
              ClaimSides.member(o, subject).code(), ClaimSides.member(c, subject).code())) {
        continue;
      }
      if (o.mentions().stream().map(ClaimMention::docId).anyMatch(docs::contains)) {
        return o;
      }
    }
    return null;
  }

  /**
   * "The United States criticized North Korea" → "… criticized North Korea and Russia"; null if the
   * name is not there once.
   */
  private static String statementTowardBoth(Claim c, BriefSubject subject) {
    String name = ClaimSides.member(c, subject).name();
    int at = c.statement().indexOf(name);
    if (at < 0 || c.statement().indexOf(name, at + 1) >= 0) {
      return null;
    }
    String both =
        ActorNames.phrase(subject.members().get(0))
            + " and "
            + ActorNames.phrase(subject.members().get(1));
    // The name may carry its article ("the Philippines"); the phrase brings its own.
    String before = c.statement().substring(0, at);
    if (before.endsWith("the ")) {
      before = before.substring(0, before.length() - 4);
    }
    return ActorNames.capitalise(before + both + c.statement().substring(at + name.length()));
  }
}
