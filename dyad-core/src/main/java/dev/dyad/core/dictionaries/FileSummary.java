package dev.dyad.core.dictionaries;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reading one dictionary file gave.
 *
 * @param file the file's name as the config gives it
 * @param role what the file holds: {@code verbs}, {@code actors}, {@code agents}, {@code discards},
 *     {@code issues}, or {@code builtin} for Dyad's own set
 * @param read the entries read from it (an actor with its synonyms and dates, an agent, a verb
 *     pattern, a discard phrase)
 * @param merged the entries compiled into Dyad's dictionaries; {@code read - merged} were skipped
 * @param skipped every line skipped or entry not compiled, with the reason, in file order
 * @param notes concessions to messy input that kept an entry (a padded code, a lower-case code),
 *     with how often each was made
 */
public record FileSummary(
    String file,
    String role,
    int read,
    int merged,
    List<SkippedLine> skipped,
    Map<String, Integer> notes) {
  public FileSummary {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(role, "role");
    skipped = List.copyOf(skipped);
    notes = Map.copyOf(notes);
  }
}
