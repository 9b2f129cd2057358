package dev.dyad.core.actors;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A token trie over every alias of a dictionary. A walk from one token costs at most the length of
 * the longest alias, so matching a sentence is O(tokens × longest alias).
 */
final class AliasTrie {

  /** One alias ending at a node; {@code forms} is set only for a case-sensitive alias. */
  private record Terminal(ActorEntry entry, String[] forms) {}

  /** The longest match from one token: the entry and the token index after it. */
  record Hit(ActorEntry entry, int end) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Terminal> terminals = new ArrayList<>(1);
  }

  private final Node root = new Node();

  /** Adds every alias of the entries; on a shared alias the earlier entry wins. */
  AliasTrie(List<ActorEntry> entries) {
    for (ActorEntry entry : entries) {
      for (ActorEntry.Alias alias : entry.aliases()) {
        add(entry, alias);
      }
    }
  }

  private void add(ActorEntry entry, ActorEntry.Alias alias) {
    List<Token> tokens = Tokenizer.tokenize(alias.text());
    if (tokens.isEmpty()) {
      return;
    }
    Node node = root;
    String[] forms = alias.caseSensitive() ? new String[tokens.size()] : null;
    for (int k = 0; k < tokens.size(); k++) {
      node = node.children.computeIfAbsent(tokens.get(k).key(), key -> new Node());
      if (forms != null) {
        forms[k] = tokens.get(k).form();
      }
    }
    node.terminals.add(new Terminal(entry, forms));
  }

  /** The longest alias starting at token {@code start} whose entry passes {@code accept}. */
  Hit longest(List<Token> tokens, int start, Predicate<ActorEntry> accept) {
    return longest(tokens, start, accept, java.util.Optional.empty());
  }

  /**
   * The same; on an alias two people share on purpose ("~Shevardnadze": Soviet foreign minister
   * until 1990, Georgia's leader from 1992), the one who held office on {@code date} wins over the
   * first loaded when the first held none then.
   */
  Hit longest(
      List<Token> tokens,
      int start,
      Predicate<ActorEntry> accept,
      java.util.Optional<java.time.LocalDate> date) {
    Hit best = null;
    Node node = root;
    for (int k = start; k < tokens.size(); k++) {
      node = node.children.get(tokens.get(k).key());
      if (node == null) {
        break;
      }
      ActorEntry chosen = null;
      for (Terminal terminal : node.terminals) {
        if (!accept.test(terminal.entry()) || !caseMatches(terminal, tokens, start)) {
          continue;
        }
        if (chosen == null) {
          chosen = terminal.entry();
          if (!outOfOffice(chosen, date)) {
            break;
          }
        } else if (terminal.entry().kind() == ActorKind.PERSON
            && !outOfOffice(terminal.entry(), date)) {
          chosen = terminal.entry();
          break;
        }
      }
      if (chosen != null) {
        best = new Hit(chosen, k + 1);
      }
    }
    return best;
  }

  /** A person who held no office on a known date. */
  private static boolean outOfOffice(ActorEntry e, java.util.Optional<java.time.LocalDate> date) {
    return e.kind() == ActorKind.PERSON && date.isPresent() && e.officeOn(date).isEmpty();
  }

  private static boolean caseMatches(Terminal terminal, List<Token> tokens, int start) {
    if (terminal.forms() == null) {
      return true;
    }
    for (int k = 0; k < terminal.forms().length; k++) {
      if (!terminal.forms()[k].equals(tokens.get(start + k).form())) {
        return false;
      }
    }
    return true;
  }
}
