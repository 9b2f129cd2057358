package dev.dyad.report.export;

import dev.dyad.core.claims.Assessment;
import dev.dyad.report.json.Json;
import dev.dyad.report.json.MentionJson;
import java.io.Writer;
import java.util.List;

/**
 * Assessments as RFC 4180 CSV, one row per assessment, with the field names of the {@code dyad
 * assessments} JSON Lines contract; {@code actors} and {@code mentions} are JSON arrays in one
 * cell.
 */
public final class AssessmentCsv {

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "assessment_id",
          "topic",
          "direction",
          "actors",
          "statement",
          "documents",
          "independent_sources",
          "mentions");

  private static final CsvTable<Assessment> TABLE = new CsvTable<>(HEADER, AssessmentCsv::cells);

  private AssessmentCsv() {}

  /** Writes the header and one row per assessment; returns the number of rows. */
  public static long write(Writer out, Iterable<? extends Assessment> assessments) {
    return TABLE.write(out, assessments);
  }

  static List<String> cells(Assessment a) {
    return List.of(
        a.assessmentId(),
        a.topic(),
        a.direction().label(),
        Json.write(a.actors()),
        a.statement(),
        Cells.of(a.documents()),
        Cells.of(a.independentSources()),
        Json.write(a.mentions().stream().map(MentionJson::of).toList()));
  }
}
