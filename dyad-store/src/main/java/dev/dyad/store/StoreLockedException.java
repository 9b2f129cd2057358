package dev.dyad.store;

import java.nio.file.Path;

/** Another process writes to the store; the message names it (pid, command, since when). */
public final class StoreLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreLockedException(Path db, String holder) {
    super(
        "the store "
            + db
            + " is being written by another process ("
            + holder
            + "); wait for it to finish, or use another --db");
  }
}
