package dev.dyad.app;

import dev.dyad.app.serve.DyadServer;
import dev.dyad.app.serve.ServerSettings;
import dev.dyad.app.serve.StoreAccess;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the server until the process is told to stop (Ctrl-C, SIGTERM): then it stops taking
 * requests, lets running ones finish, checkpoints and closes the store (releasing the writer lock),
 * and runs {@code cleanup}, all in the JVM's shutdown hook, the one place that runs on a signal.
 */
final class Serving {
  /** The readers lent to request threads: about the machine's cores, at least 2. */
  static final int READERS = Math.max(2, Runtime.getRuntime().availableProcessors());

  private Serving() {}

  /** Starts the server; the caller then {@link #awaitStop waits}. */
  static DyadServer start(ServerSettings settings, StoreAccess store) {
    try {
      return DyadServer.start(settings, store);
    } catch (RuntimeException e) {
      store.close();
      if (isBindFailure(e)) {
        throw new Failures.UsageException(
            "cannot listen on "
                + settings.host()
                + ":"
                + settings.port()
                + " ("
                + rootMessage(e)
                + "); choose another with --port");
      }
      throw e;
    }
  }

  static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Blocks until a signal stops the server; the hook stops it, then runs {@code cleanup}. */
  static void awaitStop(DyadServer server, PrintWriter err, Runnable cleanup) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                    cleanup.run();
                    err.println("dyad: server stopped; the store is closed");
                    err.flush();
                  } finally {
                    stopped.countDown();
                  }
                },
                "dyad-serve-stop"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
