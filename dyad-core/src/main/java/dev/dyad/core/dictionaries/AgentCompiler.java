package dev.dyad.core.dictionaries;

import dev.dyad.core.actors.ActorEntry;
import dev.dyad.core.actors.ActorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles agents into Dyad's role words: "Arnor police" is the actor's code with the agent's
 * added, ARNCOP, as Dyad adds a role's sector ({@link ActorKind#ROLE}). An agent whose code goes
 * before the actor's ({@code [NGO~]}) is skipped: Dyad's role words only add after.
 */
final class AgentCompiler {
  private final IdAllocator ids;

  AgentCompiler(IdAllocator ids) {
    this.ids = ids;
  }

  /** The role entry for {@code agent}, or empty (logged) when it cannot be one. */
  Optional<ActorEntry> compile(PetrarchAgent agent, FileLog log) {
    if (agent.prepend()) {
      log.skip(
          agent.line(),
          "agent code to put before the actor's (" + agent.code() + "~): Dyad adds sectors after",
          agent.phrases().get(0));
      return Optional.empty();
    }
    List<ActorEntry.Alias> aliases = new ArrayList<>();
    for (String phrase : agent.phrases()) {
      aliases.add(new ActorEntry.Alias(phrase, false, false));
    }
    String source = log.file() + ":" + agent.line();
    return Optional.of(
        new ActorEntry(
            ids.next("agent-" + agent.code(), source),
            ActorKind.ROLE,
            agent.phrases().get(0).toLowerCase(java.util.Locale.ROOT),
            aliases,
            "",
            "",
            agent.code(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            source));
  }
}
