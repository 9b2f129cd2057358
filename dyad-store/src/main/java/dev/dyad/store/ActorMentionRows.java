package dev.dyad.store;

import dev.dyad.core.actors.Actor;
import dev.dyad.core.actors.SentenceActor;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Rows of {@code actor_mentions}: each dictionary actor named in a document's sentences. */
final class ActorMentionRows {
  private ActorMentionRows() {}

  static void appendAll(Appender a, String docId, List<SentenceActor> actors) throws SQLException {
    int sentence = -1;
    int ordinal = 0;
    for (SentenceActor s : actors) {
      if (s.sentenceIndex() != sentence) {
        sentence = s.sentenceIndex();
        ordinal = 0;
      }
      Actor actor = s.mention().actor();
      a.row()
          .add(docId)
          .add(s.sentenceIndex())
          .add(ordinal++)
          .add(s.mention().start())
          .add(s.mention().end())
          .add(s.mention().text())
          .add(actor.code())
          .add(actor.country().isEmpty() ? actor.code() : actor.country())
          .add(actor.kind().name().toLowerCase(Locale.ROOT))
          .end();
    }
  }
}
