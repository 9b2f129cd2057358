package dev.dyad.spark;

import java.io.Serializable;

/**
 * One input file of a run.
 *
 * @param index its place in input order: the inputs as given, folders walked in sorted order, as
 *     {@code dyad ingest} reads them
 * @param path the fully qualified Hadoop path
 * @param name the path as the user would write it (the input as given, then the path below it): the
 *     {@code uri} of a document that names none, and the start of every origin and error
 */
record InputFile(int index, String path, String name) implements Serializable {
  private static final String PARQUET = ".parquet";

  /** Whether the file is Parquet, read by Spark's own reader. */
  boolean parquet() {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(PARQUET);
  }

  /** Whether Dyad reads a file of this name: a format of dyad-core's readers, or Parquet. */
  static boolean readable(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(PARQUET)
        || dev.dyad.core.ingest.Ingest.canRead(name);
  }

  /**
   * The place of the {@code record}-th document of this file in input order: the file's index in
   * the high 32 bits, so that every document of a run has its own, ordered as the inputs are.
   */
  long seq(long record) {
    return ((long) index << 32) | record;
  }
}
