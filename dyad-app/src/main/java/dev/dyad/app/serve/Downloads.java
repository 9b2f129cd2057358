package dev.dyad.app.serve;

import dev.dyad.report.export.AssessmentCsv;
import dev.dyad.report.export.ClaimCsv;
import dev.dyad.report.export.EventCsv;
import dev.dyad.report.json.ClaimJson;
import dev.dyad.report.json.EventJson;
import dev.dyad.report.json.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code GET /api/v1/download/{set}}: exactly the filtered claims, events or assessments (no page:
 * all of them) as CSV (the export contract), JSON Lines (the command line's), or Parquet, which
 * DuckDB writes from that same CSV in an in-memory database, so the three hold the same rows.
 */
final class Downloads {
  private final StoreAccess store;

  Downloads(StoreAccess store) {
    this.store = store;
  }

  void download(Context ctx) {
    String set = ctx.pathParam("set");
    switch (set) {
      case "claims" -> {
        Params p = Params.of(ctx, Params.withFilters("format"));
        var q = p.claimQuery();
        send(
            ctx,
            p,
            set,
            store.read(s -> s.claims(q)),
            (w, r) -> ClaimCsv.write(w, r),
            ClaimJson::claim);
      }
      case "events" -> {
        Params p =
            Params.of(
                ctx, List.of("actor", "dyad", "type", "modality", "since", "until", "format"));
        var q = p.eventQuery();
        send(
            ctx,
            p,
            set,
            store.read(s -> s.events(q)),
            (w, r) -> EventCsv.write(w, r),
            EventJson::fields);
      }
      case "assessments" -> {
        Params p = Params.of(ctx, List.of("actor", "dyad", "since", "until", "text", "format"));
        var q = p.assessmentQuery();
        send(
            ctx,
            p,
            set,
            store.read(s -> s.assessments(q)),
            (w, r) -> AssessmentCsv.write(w, r),
            ClaimJson::assessment);
      }
      default ->
          throw ApiException.notFound(
              "no download named " + set + "; claims, events or assessments");
    }
  }

  private static <T> void send(
      Context ctx, Params p, String set, List<T> rows, CsvWriter<T> csv, Function<T, Object> json) {
    String format = p.string("format").orElse("csv").toLowerCase(Locale.ROOT);
    switch (format) {
      case "csv" -> {
        StringWriter out = new StringWriter();
        csv.write(out, rows);
        attach(ctx, set + ".csv", "text/csv; charset=utf-8");
        ctx.result(out.toString());
      }
      case "jsonl" -> {
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> out.append(Json.write(json.apply(r))).append('\n'));
        attach(ctx, set + ".jsonl", "application/x-ndjson; charset=utf-8");
        ctx.result(out.toString());
      }
      case "parquet" -> {
        attach(ctx, set + ".parquet", "application/vnd.apache.parquet");
        ctx.result(parquet(rows, csv));
      }
      default -> throw ApiException.badParameter("format", "csv, jsonl or parquet, not " + format);
    }
  }

  private static void attach(Context ctx, String file, String type) {
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
  }

  private static <T> byte[] parquet(List<T> rows, CsvWriter<T> csv) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("dyad-download");
      Path in = dir.resolve("rows.csv");
      Path out = dir.resolve("rows.parquet");
      try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
        csv.write(w, rows);
      }
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        // Paths go in as SQL string literals (COPY takes no parameters); they are our temp files.
        s.execute(
            "COPY (SELECT * FROM read_csv('"
                + literal(in)
                + "', header = true, delim = ',', quote = '\"', escape = '\"', sample_size = -1))"
                + " TO '"
                + literal(out)
                + "' (FORMAT parquet)");
      }
      return Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("writing Parquet failed: " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static String literal(Path p) {
    return p.toAbsolutePath().toString().replace("'", "''");
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // A temp file left behind is harmless; the answer is already made.
    }
  }

  /** One of the export writers ({@code ClaimCsv.write}, …). */
  interface CsvWriter<T> {
    long write(Writer out, List<T> rows);
  }
}
