package dev.dyad.app.serve;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.ingest.IngestOptions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code dyad serve}: the REST API under {@code /api/v1} and the dashboard's
 * static files, on Javalin. The routes are the one tree in {@link #routes}; errors of every kind
 * become JSON {@code {error, message}} and no answer ever carries a stack trace.
 */
public final class DyadServer implements AutoCloseable {
  /** Where the API lives. */
  public static final String API = "/api/v1";

  private static final Logger LOG = LoggerFactory.getLogger(DyadServer.class);

  private final Javalin app;
  private final StoreAccess store;
  private final List<Route> routes;

  /** A route as registered: its method and path, for the OpenAPI check. */
  public record Route(String method, String path) {}

  private DyadServer(Javalin app, StoreAccess store, List<Route> routes) {
    this.app = app;
    this.store = store;
    this.routes = routes;
  }

  /** Starts serving {@code store}; throws when the port cannot be bound. */
  public static DyadServer start(ServerSettings settings, StoreAccess store) {
    List<Route> routes = Collections.synchronizedList(new ArrayList<>());
    PipelineConfig coding =
        new PipelineConfig(IngestOptions.DEFAULTS, Optional.empty(), settings.dictionaries());
    Supplier<Pipeline> pipeline = memoize(() -> Pipeline.standard(coding));
    if (settings.token().isPresent() && !settings.dictionaries().isBuiltIn()) {
      // A set read from files is read now, so that a missing file stops the start, not the
      // first POST; the built-in set stays lazy (a read-only server never codes).
      pipeline.get();
    }
    ReadEndpoints reads = new ReadEndpoints(store, new AnswerCache(settings.cacheEntries()));
    BriefEndpoint brief = new BriefEndpoint(store, ActorDictionary.builtIn());
    Downloads downloads = new Downloads(store);
    DocumentUpload upload =
        new DocumentUpload(store, settings.token(), pipeline, settings.maxRequestBytes());
    byte[] openApi = resource("openapi.json");
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.staticFiles.add(
                  s -> {
                    s.hostedPath = "/";
                    s.directory = "/dev/dyad/app/dashboard";
                    s.location = Location.CLASSPATH;
                    s.headers = new HashMap<>(SecurityHeaders.ALL);
                  });
              config.staticFiles.add(
                  s -> {
                    s.hostedPath = "/webjars";
                    s.directory = "/META-INF/resources/webjars";
                    s.location = Location.CLASSPATH;
                    s.headers = new HashMap<>(SecurityHeaders.ALL);
                    s.headers.put("Cache-Control", "max-age=86400");
                  });
              config.events.handlerAdded(
                  h ->
                      routes.add(
                          new Route(
                              h.getHttpMethod().name().toLowerCase(Locale.ROOT), h.getPath())));
              config.routes.before(ctx -> SecurityHeaders.apply(ctx::header));
              config.routes.get(API + "/health", reads::health);
              config.routes.get(API + "/stats", reads::stats);
              config.routes.get(API + "/actors", reads::actors);
              config.routes.get(API + "/dyads", reads::dyads);
              config.routes.get(API + "/timeline", reads::timeline);
              config.routes.get(API + "/changes", reads::changes);
              config.routes.get(API + "/network", reads::network);
              config.routes.get(API + "/claims", reads::claims);
              config.routes.get(API + "/claims/{id}", reads::claim);
              config.routes.get(API + "/events", reads::events);
              config.routes.get(API + "/assessments", reads::assessments);
              config.routes.get(API + "/search", reads::search);
              config.routes.get(API + "/documents/{doc_id}", reads::document);
              config.routes.post(API + "/documents", upload::upload);
              config.routes.get(API + "/brief", brief::brief);
              config.routes.get(API + "/download/{set}", downloads::download);
              config.routes.get(
                  API + "/openapi.json", ctx -> ctx.contentType(Answers.JSON).result(openApi));
              config.routes.exception(
                  ApiException.class,
                  (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> error(ctx, e.getStatus(), code(e.getStatus()), e.getMessage()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    // The stack goes to the server's log, never into an answer.
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal", "internal error; the server's log has the details");
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    String type = ctx.res().getContentType();
                    if (type != null && type.startsWith("application/json")) {
                      return; // an ApiException's own 404, already written
                    }
                    error(ctx, 404, "not_found", "nothing at " + ctx.path());
                  });
              config.routes.error(
                  405,
                  ctx ->
                      error(
                          ctx,
                          405,
                          "method_not_allowed",
                          ctx.method() + " is not allowed on " + ctx.path()));
            });
    app.start(settings.host(), settings.port());
    return new DyadServer(app, store, List.copyOf(routes));
  }

  private static void error(Context ctx, int status, String error, String message) {
    SecurityHeaders.apply(ctx::header);
    ctx.status(status);
    Answers.json(ctx, Answers.error(error, message));
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 415 -> "unsupported_media_type";
      default -> "http_" + status;
    };
  }

  private static byte[] resource(String name) {
    try (InputStream in = DyadServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Supplier<T> memoize(Supplier<T> s) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }

  /** The bound port. */
  public int port() {
    return app.port();
  }

  /** The dashboard's address, for people: {@code http://HOST:PORT/}. */
  public String url(String host) {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  /** The API's routes as registered, method and path. */
  public List<Route> routes() {
    return routes;
  }

  /**
   * Stops taking requests, lets running ones finish, then closes the store (see {@link
   * StoreAccess#close}).
   */
  public void stop() {
    app.stop();
    store.close();
  }

  @Override
  public void close() {
    stop();
  }
}
