package dev.dyad.app.serve;

import dev.dyad.core.Pipeline;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.report.json.Json;
import dev.dyad.store.CoderVersion;
import dev.dyad.store.IngestSettings;
import dev.dyad.store.IngestSummary;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code POST /api/v1/documents}: JSON Lines (the input contract of {@code dyad ingest}) or one
 * HTML page, ingested into the store. Enabled only when the server was given a token, and then only
 * for {@code Authorization: Bearer <token>}. The body is held to the server's size limit; an HTML
 * page becomes one JSON Lines record ({@code html}, and {@code url} from the query), so both go
 * through the same reader. Bad records are reported in the answer, and the rest are stored.
 */
final class DocumentUpload {
  private final StoreAccess store;
  private final Optional<String> token;
  private final Supplier<Pipeline> pipeline;
  private final long maxBytes;

  DocumentUpload(
      StoreAccess store, Optional<String> token, Supplier<Pipeline> pipeline, long maxBytes) {
    this.store = store;
    this.token = token;
    this.pipeline = pipeline;
    this.maxBytes = maxBytes;
  }

  void upload(Context ctx) {
    if (token.isEmpty() || !store.writable()) {
      throw new ApiException(
          403,
          "writes_disabled",
          "writes are off: start dyad serve with DYAD_TOKEN or --token-file to take documents");
    }
    authorize(ctx);
    Params p = Params.of(ctx, List.of("url"));
    Optional<String> url = p.string("url").map(DocumentUpload::httpUrl);
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    boolean html = type.startsWith("text/html");
    boolean jsonl =
        type.startsWith("application/x-ndjson")
            || type.startsWith("application/jsonl")
            || type.startsWith("application/json");
    if (!html && !jsonl) {
      throw new ApiException(
          415,
          "unsupported_media_type",
          "send JSON Lines (application/x-ndjson) or one HTML page (text/html), not "
              + (type.isEmpty() ? "no Content-Type" : type));
    }
    if (ctx.contentLength() > maxBytes) {
      throw tooLarge();
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    if (jsonl && url.isPresent()) {
      throw ApiException.badParameter("url", "only for an HTML page; JSON Lines carry their own");
    }
    Map<String, Object> answer = ingest(html ? htmlRecord(body, url) : body);
    ctx.status(200);
    Answers.json(ctx, answer);
  }

  private ApiException tooLarge() {
    return new ApiException(
        413,
        "too_large",
        "the body is over the limit of " + maxBytes + " bytes; send fewer documents at a time");
  }

  private void authorize(Context ctx) {
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    String given =
        header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    // Constant-time comparison: the answer's timing must not tell how much of a guess was right.
    boolean ok =
        !given.isEmpty()
            && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8),
                token.get().getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(
          401,
          "unauthorized",
          header.isEmpty()
              ? "writes need Authorization: Bearer <token>"
              : "the bearer token is not the server's");
    }
  }

  private static String httpUrl(String v) {
    try {
      URI u = new URI(v);
      String scheme = Optional.ofNullable(u.getScheme()).orElse("").toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return v;
      }
    } catch (java.net.URISyntaxException e) {
      // answered below
    }
    throw ApiException.badParameter("url", "an http(s) address, not " + v);
  }

  private static byte[] htmlRecord(byte[] body, Optional<String> url) {
    Map<String, Object> record = new LinkedHashMap<>();
    url.ifPresent(u -> record.put("url", u));
    record.put("html", new String(body, StandardCharsets.UTF_8));
    return (Json.write(record) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, Object> ingest(byte[] jsonLines) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dyad-upload");
      Path file = dir.resolve("request.jsonl");
      Files.write(file, jsonLines);
      List<DataError> errors = Collections.synchronizedList(new ArrayList<>());
      Problems problems = new Problems(errors::add);
      Pipeline p = pipeline.get();
      IngestSummary summary =
          store.write(
              s -> {
                try (Stream<Document> docs = p.documents(List.of(file.toString()), problems)) {
                  return s.ingest(
                      docs,
                      p,
                      CoderVersion.of(Optional.empty(), p.dictionaries()),
                      problems,
                      IngestSettings.of(List.of("POST /api/v1/documents")));
                }
              });
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("read", summary.read());
      m.put("stored", summary.stored());
      m.put("already_stored", summary.alreadyStored());
      m.put("failed", problems.failed());
      m.put("events", summary.events());
      m.put("claims", summary.claims());
      m.put("assessments", summary.assessments());
      m.put(
          "errors",
          errors.stream()
              .map(
                  e -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("code", e.code().name());
                    // The temporary file is ours; the client knows it as the request body.
                    x.put("where", e.where().replace(file.toString(), "request body"));
                    x.put("message", e.message().replace(file.toString(), "request body"));
                    return x;
                  })
              .toList());
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        try (var files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          // A temp file left behind is harmless.
        }
      }
    }
  }
}
