package dev.dyad.report.export;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.report.json.Json;
import dev.dyad.report.json.MentionJson;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims as RFC 4180 CSV, one row per claim. The header uses the field names of the {@code dyad
 * claims} JSON Lines contract: the actors are flattened ({@code source_code}, {@code source_name}),
 * the modality profile becomes one count column per modality ({@code modality_profile_asserted} …)
 * so a spreadsheet can sum it, and the mentions stay a JSON array in one cell with the contract's
 * objects.
 */
public final class ClaimCsv {

  /** The columns, in order. */
  public static final List<String> HEADER = header();

  private static final CsvTable<Claim> TABLE = new CsvTable<>(HEADER, ClaimCsv::cells);

  private ClaimCsv() {}

  /** Writes the header and one row per claim; returns the number of rows (without the header). */
  public static long write(Writer out, Iterable<? extends Claim> claims) {
    return TABLE.write(out, claims);
  }

  private static List<String> header() {
    List<String> h =
        new ArrayList<>(
            List.of(
                "claim_id",
                "statement",
                "source_code",
                "source_name",
                "target_code",
                "target_name",
                "event_type",
                "mode",
                "object",
                "status",
                "documents",
                "independent_sources"));
    for (Modality modality : Modality.values()) {
      h.add("modality_profile_" + modality.label());
    }
    h.addAll(List.of("first_reported", "last_reported", "mentions"));
    return List.copyOf(h);
  }

  static List<String> cells(Claim c) {
    List<String> row = new ArrayList<>(HEADER.size());
    row.addAll(
        List.of(
            c.claimId(),
            c.statement(),
            c.source().code(),
            c.source().name(),
            Cells.of(Optional.ofNullable(c.targetCode())),
            Cells.of(Optional.ofNullable(c.targetName())),
            c.eventType().name(),
            Cells.of(c.mode()),
            Cells.of(c.object()),
            c.status().label(),
            Cells.of(c.documents()),
            Cells.of(c.independentSources())));
    for (Modality modality : Modality.values()) {
      row.add(Cells.of(c.modalityProfile().getOrDefault(modality, 0)));
    }
    row.add(Cells.of(c.firstReported()));
    row.add(Cells.of(c.lastReported()));
    row.add(Json.write(c.mentions().stream().map(MentionJson::of).toList()));
    return row;
  }
}
