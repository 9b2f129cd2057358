package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads documents from paths: files and directories as given on a command line, or {@code -} for
 * JSON Lines on standard input. Lazy and streaming, so a corpus of any size is read in constant
 * memory; bad input is reported to {@link Problems} and never thrown.
 */
public final class Ingest {
  private Ingest() {}

  /**
   * Paths as given on the command line (files or directories, recursively, in stable sorted order),
   * or "-" for JSON Lines on stdin. Lazy. Never throws for bad data: problems go to {@code
   * problems}. Close the stream to release an input left half read.
   */
  public static Stream<RawDocument> read(
      List<String> inputs, IngestOptions options, Problems problems) {
    return read(inputs, options, problems, InputProgress.NONE);
  }

  /**
   * As {@link #read(List, IngestOptions, Problems)}, counting the bytes read into {@code progress}.
   */
  public static Stream<RawDocument> read(
      List<String> inputs, IngestOptions options, Problems problems, InputProgress progress) {
    List<String> given = List.copyOf(inputs);
    // Sources are cheap (a name and an opener); documents are pulled one at a time.
    Stream<Source> sources =
        given.stream().flatMap(input -> Inputs.sources(input, problems, progress));
    return LazyConcat.of(sources, source -> read(source, options, problems));
  }

  /**
   * Reads one source with the reader its name calls for; an unknown name is {@code UNSUPPORTED}.
   */
  public static Stream<RawDocument> read(Source source, IngestOptions options, Problems problems) {
    Optional<DocumentReader> reader = readerFor(source.name());
    if (reader.isEmpty()) {
      problems.fail(Code.UNSUPPORTED, source.name(), "Dyad reads " + Format.known() + " files");
      return Stream.empty();
    }
    int parts = options.maxPartChars();
    return reader
        .get()
        .read(source, options, problems)
        .flatMap(raw -> LongDocuments.split(raw, parts));
  }

  /**
   * The reader for a file name, chosen by its extension (case-insensitive, after an optional {@code
   * .gz}); {@code -} is JSON Lines. Empty when Dyad does not read such files.
   */
  public static Optional<DocumentReader> readerFor(String name) {
    return Format.of(name).map(Format::reader);
  }

  /** Whether Dyad reads files with this name. */
  public static boolean canRead(String name) {
    return Format.of(name).isPresent();
  }
}
