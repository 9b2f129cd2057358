package dev.dyad.core.dictionaries;

import java.util.List;

/**
 * One entry of a TABARI/PETRARCH agent file, with its plural and substitutions spelled out.
 *
 * @param phrases every phrase that names it (singular, plural, each substitution), single-spaced
 * @param code the agent code without its {@code ~} ({@code GOV}, {@code GOVFRM}, {@code NGO})
 * @param prepend whether the code goes before the actor's ({@code [NGO~]}) rather than after it
 *     ({@code [~GOV]})
 * @param line the line it was read from
 */
record PetrarchAgent(List<String> phrases, String code, boolean prepend, int line) {
  PetrarchAgent {
    phrases = List.copyOf(phrases);
  }
}
