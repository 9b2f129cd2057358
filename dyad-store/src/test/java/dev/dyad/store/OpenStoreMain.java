package dev.dyad.store;

import java.nio.file.Path;

/**
 * A child process for {@link DuckDbLibraryIT}: opens a store, says so on standard output, then
 * waits to be killed (or closes at once with the argument {@code close}). A store that cannot be
 * opened prints the error's message on standard output and exits 3.
 *
 * <p>Arguments: database, then {@code wait} or {@code close}, then optionally {@code preload}: load
 * the library in the background first, as {@code dyad ingest} does.
 */
public final class OpenStoreMain {
  private OpenStoreMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 2 && args[2].equals("preload")) {
      Store.preloadLibrary();
    }
    try (Store store = Store.open(Path.of(args[0]), "OpenStoreMain")) {
      System.out.println("open " + store.counts().documents());
      System.out.flush();
      if (args[1].equals("wait")) {
        Thread.sleep(600_000);
      }
    } catch (StoreException e) {
      System.out.println(e.getMessage());
      System.exit(3);
    }
  }
}
