package dev.dyad.app;

import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import dev.dyad.store.StoreLockedException;
import dev.dyad.store.analytics.Analytics;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/** Asks one question of the store's analytics, read-only, for the analytics commands. */
final class AnalyticsRun {
  private AnalyticsRun() {}

  /**
   * The answer, or empty when the store cannot be read (no file, an older schema, a writer holding
   * it): then one line says why, and the command exits {@link ExitCode#STORE} like every store
   * command.
   */
  static <T> Optional<T> ask(StoreOptions store, PrintWriter err, Function<Analytics, T> question) {
    try (Store s = Store.openReadOnly(store.path())) {
      StaleData.checkClaims(s, err);
      return Optional.of(question.apply(s.analytics()));
    } catch (StoreLockedException | StoreException e) {
      err.println("dyad: " + e.getMessage());
      return Optional.empty();
    }
  }
}
