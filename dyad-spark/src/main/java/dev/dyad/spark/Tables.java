package dev.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables a Spark run writes: each has the columns of the store's table of that name, in the
 * store's order (so {@code dyad import-spark} copies them column for column), then {@code
 * dictionary_hash} (the dictionaries that made the row: the built-in dictionaries and {@code
 * --actors}, and the {@code --dictionaries} set when it is not the built-in one) where the store
 * has none, then the {@code month} partition column ({@code 2024-10}, or {@code undated}). Events
 * carry the set as the store does: {@code dictionaries} (the spec) and {@code dictionaries_hash}.
 */
enum Tables {
  DOCUMENTS(
      "documents",
      true,
      "doc_id S",
      "seq L",
      "uri S",
      "origin S",
      "title S",
      "published D",
      "published_alternatives S",
      "published_source S",
      "published_evidence S",
      "family_id S",
      "raw_text S",
      "clean_text S",
      "warnings S",
      "metadata S",
      "ingested_at T",
      "run_id S"),
  SENTENCES(
      "sentences",
      true,
      "doc_id S",
      "sentence_index I",
      "text S",
      "start_offset I",
      "end_offset I",
      "block I",
      "kind S"),
  EVENTS(
      "events",
      false,
      "event_id S",
      "doc_id S",
      "ordinal I",
      "doc_uri S",
      "published D",
      "sentence_index I",
      "sentence S",
      "span_start I",
      "span_end I",
      "source_code S",
      "source_text S",
      "target_code S",
      "target_text S",
      "event_type S",
      "mode S",
      "cameo S",
      "quad_class I",
      "intensity F",
      "modality S",
      "modality_cue S",
      "event_date S",
      "date_basis S",
      "historical B",
      "pattern S",
      "confidence F",
      "object S",
      "coder_version S",
      "dictionary_hash S",
      "dictionaries S",
      "dictionaries_hash S"),
  ACTOR_MENTIONS(
      "actor_mentions",
      true,
      "doc_id S",
      "sentence_index I",
      "ordinal I",
      "start_offset I",
      "end_offset I",
      "text S",
      "actor_code S",
      "country_code S",
      "kind S"),
  DOCUMENT_SIGNATURES("document_signatures", true, "doc_id S", "signature X"),
  DOCUMENT_ASSESSMENTS(
      "document_assessments",
      true,
      "doc_id S",
      "ordinal I",
      "sentence_index I",
      "sentence S",
      "topic S",
      "direction S",
      "actors S",
      "cue S",
      "trigger_words S"),
  CLAIMS(
      "claims",
      true,
      "claim_id S",
      "statement S",
      "source_code S",
      "source_name S",
      "target_code S",
      "target_name S",
      "event_type S",
      "mode S",
      "object S",
      "status S",
      "documents I",
      "independent_sources I",
      "modality_profile S",
      "first_reported S",
      "last_reported S",
      "placed_on D",
      "placed_basis S"),
  CLAIM_MENTIONS(
      "claim_mentions",
      true,
      "claim_id S",
      "ordinal I",
      "event_id S",
      "doc_id S",
      "family_id S",
      "sentence_index I",
      "modality S",
      "modality_cue S",
      "published D"),
  ASSESSMENTS(
      "assessments",
      true,
      "assessment_id S",
      "topic S",
      "direction S",
      "actors S",
      "statement S",
      "documents I",
      "independent_sources I"),
  ASSESSMENT_MENTIONS(
      "assessment_mentions",
      true,
      "assessment_id S",
      "ordinal I",
      "doc_id S",
      "family_id S",
      "published D",
      "sentence_index I",
      "sentence S",
      "topic S",
      "direction S",
      "actors S",
      "cue S",
      "trigger_words S"),
  /** Every document's source family as of the last merge: authoritative over documents'. */
  FAMILIES("families", true, "doc_id S", "family_id S");

  /** The partition column: the month of a document's publication, or of a claim's first report. */
  static final String MONTH = "month";

  /** The month of what has no date. */
  static final String UNDATED = "undated";

  /** The column every table adds when the store's table lacks it. */
  static final String DICTIONARY_HASH = "dictionary_hash";

  /** Tables a run rewrites month by month: what the documents of a month gave. */
  static final List<Tables> BY_DOCUMENT =
      List.of(
          DOCUMENTS, SENTENCES, EVENTS, ACTOR_MENTIONS, DOCUMENT_SIGNATURES, DOCUMENT_ASSESSMENTS);

  /** Tables merged over every month: rewritten whole by each run. */
  static final List<Tables> MERGED =
      List.of(CLAIMS, CLAIM_MENTIONS, ASSESSMENTS, ASSESSMENT_MENTIONS, FAMILIES);

  private final String dir;
  private final List<String> storeColumns;
  private final StructType schema;

  Tables(String dir, boolean addHash, String... columns) {
    this.dir = dir;
    List<String> names = new ArrayList<>();
    List<StructField> fields = new ArrayList<>();
    for (String c : columns) {
      String[] parts = c.split(" ");
      names.add(parts[0]);
      fields.add(DataTypes.createStructField(parts[0], type(parts[1]), true));
    }
    if (addHash) {
      fields.add(DataTypes.createStructField(DICTIONARY_HASH, StringType, true));
    }
    fields.add(DataTypes.createStructField(MONTH, StringType, false));
    this.storeColumns = List.copyOf(names);
    this.schema = DataTypes.createStructType(fields);
  }

  /** The folder under the output, and the store's table name. */
  String dir() {
    return dir;
  }

  /** The columns the store's table has, in its order. */
  List<String> storeColumns() {
    return storeColumns;
  }

  /** Every column written: the store's, the dictionary hash, the month. */
  StructType schema() {
    return schema;
  }

  /** The number of values a row carries: every column. */
  int width() {
    return schema.fields().length;
  }

  private static DataType type(String code) {
    return switch (code) {
      case "S" -> StringType;
      case "L" -> LongType;
      case "I" -> IntegerType;
      case "F" -> DoubleType;
      case "B" -> BooleanType;
      case "D" -> DateType;
      case "T" -> TimestampType;
      case "X" -> BinaryType;
      default -> throw new IllegalArgumentException("no column type " + code);
    };
  }
}
