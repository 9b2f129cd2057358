package dev.dyad.app;

import dev.dyad.app.serve.DyadServer;
import dev.dyad.app.serve.ServerSettings;
import dev.dyad.app.serve.StoreAccess;
import dev.dyad.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the REST API and the dashboard over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store: the dashboard at / and the REST API under /api/v1 (OpenAPI at"
          + " /api/v1/openapi.json).",
      "",
      "Binds to loopback (127.0.0.1) unless --host says otherwise, and prints the address. Reads"
          + " the store read-only, unless a token is given (DYAD_TOKEN, or --token-file): then the"
          + " server is the store's one writer and POST /api/v1/documents, with Authorization:"
          + " Bearer TOKEN, ingests JSON Lines or an HTML page; readers never see a half-written"
          + " batch. Ctrl-C or SIGTERM stops it cleanly: running requests finish, the store is"
          + " checkpointed and closed, and the writer lock is released."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  /**
   * What codes the documents a POST brings; a read-only server codes nothing, so only a server with
   * writes reads the set (at start, so that a missing file is a usage error).
   */
  @Mixin DictionaryOptions dictionaries;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "The port (0: any free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only). Anything else"
              + " serves the store to the network: there is no login for reading.")
  String host;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "Take writes, with the bearer token in FILE (its first line). Default: $DYAD_TOKEN, if"
              + " set; else writes are off.")
  Path tokenFile;

  @Option(
      names = "--max-request-mb",
      defaultValue = "16",
      paramLabel = "MB",
      description = "The largest request body taken, in MiB. Default: ${DEFAULT-VALUE}.")
  int maxRequestMb;

  @Override
  public Integer call() throws IOException {
    if (maxRequestMb < 1) {
      throw new Failures.UsageException("--max-request-mb must be at least 1");
    }
    Optional<String> token = token();
    ServerSettings settings =
        new ServerSettings(
            host,
            port,
            token,
            (long) maxRequestMb << 20,
            ServerSettings.DEFAULT_CACHE_ENTRIES,
            dictionaries.spec());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path db = store.path();
    Store s = token.isPresent() ? Store.open(db, "dyad serve") : Store.openReadOnly(db);
    StoreAccess access = StoreAccess.of(s, token.isPresent(), Serving.READERS);
    DyadServer server = Serving.start(settings, access);
    if (!isLoopback(host)) {
      err.println(
          "dyad: listening on "
              + host
              + ", beyond this machine: anyone who reaches it can read the store");
    }
    out.printf(
        "Dyad: serving %s at %s (%s; Ctrl-C to stop)%n",
        db, server.url(host), token.isPresent() ? "writes on, with the token" : "read-only");
    out.flush();
    Serving.awaitStop(server, err, () -> {});
    return ExitCode.OK.code();
  }

  private Optional<String> token() throws IOException {
    String t;
    if (tokenFile != null) {
      if (!Files.isRegularFile(tokenFile)) {
        throw new Failures.UsageException("--token-file: no file at " + tokenFile);
      }
      t = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
      if (t.isBlank()) {
        throw new Failures.UsageException("--token-file: " + tokenFile + " holds no token");
      }
    } else {
      t = System.getenv("DYAD_TOKEN");
    }
    if (t == null || t.isBlank()) {
      return Optional.empty();
    }
    if (t.strip().length() < 16) {
      throw new Failures.UsageException(
          "the token is too short to guard writes: use at least 16 characters");
    }
    return Optional.of(t.strip());
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
