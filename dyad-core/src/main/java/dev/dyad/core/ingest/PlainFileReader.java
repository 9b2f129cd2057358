package dev.dyad.core.ingest;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads a text, Markdown or HTML file as one document whose uri is the path as given. */
final class PlainFileReader implements DocumentReader {
  private final ContentType type;

  PlainFileReader(ContentType type) {
    this.type = type;
  }

  @Override
  public Stream<RawDocument> read(Source source, IngestOptions options, Problems problems) {
    return CursorStream.of(
        source, Head.Check.TEXT, problems, in -> new OneFile(in, source.name(), options));
  }

  private final class OneFile extends Cursor {
    private final InputStream in;
    private final String name;
    private final IngestOptions options;
    private boolean read;

    OneFile(InputStream in, String name, IngestOptions options) {
      this.in = in;
      this.name = name;
      this.options = options;
    }

    @Override
    Optional<RawDocument> next() throws IOException {
      if (read) {
        return Optional.empty();
      }
      read = true;
      byte[] bytes = Bounded.readAll(in, options.maxDocumentBytes(), name, "the file");
      TextDecoding.Decoded decoded =
          type == ContentType.HTML
              ? TextDecoding.html(bytes, Optional.empty())
              : TextDecoding.text(bytes);
      if (decoded.text().isBlank()) {
        throw new BadInput(Code.EMPTY, name, "the file holds only white space");
      }
      return Optional.of(
          new RawDocument(
              name,
              name,
              type,
              decoded.text(),
              Optional.empty(),
              Optional.empty(),
              decoded.metadata()));
    }

    @Override
    String where() {
      return name;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
