package dev.dyad.core.clean;

import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Warning;
import dev.dyad.core.time.PublicationDates;
import java.time.LocalDate;

/**
 * The publication date, by {@link PublicationDates}: from the source's metadata or the body's, else
 * from a dateline in the blocks. Runs before {@link DropChrome}, because a dateline ("date
 * 2023-11-15", "3 min read 07-11-2024") is chrome to the reader but evidence for the date. An
 * ambiguous day and month is kept as two readings, with a warning.
 */
final class FindPublicationDate implements CleaningStep {

  @Override
  public Draft apply(Draft draft) {
    PublicationDate published =
        PublicationDates.find(
            draft.raw().published().or(draft.extracted()::published), draft.blocks());
    Draft out = draft.withPublished(published);
    if (published.isAmbiguous()) {
      out =
          out.warn(
              Warning.ambiguousDate(
                  published.evidence(),
                  published.alternatives().stream().map(LocalDate::toString).toList()));
    }
    return out;
  }
}
