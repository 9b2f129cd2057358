package dev.dyad.core.dictionaries;

import java.util.HashSet;
import java.util.Set;

/**
 * Entry ids for compiled actor entries, unique across a dictionary set: the actor code itself when
 * it is asked for and still free (claims name a state or organisation by the entry with its code),
 * else the code or kind with the file and line it came from.
 */
final class IdAllocator {
  private final Set<String> used = new HashSet<>();

  /** Reserves ids already taken (the built-in entries of a merged set). */
  void reserve(Iterable<String> taken) {
    taken.forEach(used::add);
  }

  /** A free id: {@code wanted} if given and free, else one made from {@code source}. */
  String next(String wanted, String source) {
    if (wanted != null && used.add(wanted)) {
      return wanted;
    }
    String base = (wanted == null ? "entry" : wanted) + "@" + source;
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "#" + n;
    }
    return id;
  }
}
