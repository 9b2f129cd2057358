package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError.Code;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Looks at the first 8 KB of an input before a reader sees it, to refuse empty, binary and BOM-less
 * UTF-16 input with one clear error instead of a parser's confusion.
 */
final class Head {
  static final int SIZE = 8192;

  /** How much a format wants checked. */
  enum Check {
    /** Only emptiness: the format carries binary payloads (WARC). */
    EMPTY_ONLY,
    /** Emptiness, binary signatures and control bytes, BOM-less UTF-16. */
    TEXT,
    /**
     * As {@link #TEXT}, but control bytes are judged record by record ({@link #controlBytes}), so
     * one bad record does not condemn a file of good ones (JSON Lines).
     */
    RECORDS
  }

  private record Signature(String name, byte[] magic) {}

  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
          new Signature(
              "a PDF document", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
          new Signature("a ZIP archive", new byte[] {'P', 'K', 3, 4}),
          new Signature("a GIF image", new byte[] {'G', 'I', 'F', '8'}),
          new Signature("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
          new Signature("gzip data (name it .gz)", new byte[] {0x1F, (byte) 0x8B}),
          new Signature("an ELF executable", new byte[] {0x7F, 'E', 'L', 'F'}));

  private Head() {}

  /**
   * Returns a stream that yields exactly the bytes of {@code in}, after refusing it with a {@link
   * BadInput} when its head shows it cannot be text.
   */
  static InputStream checked(InputStream in, String name, Check check) throws IOException {
    byte[] head = new byte[SIZE];
    int n = 0;
    EOFException early = null;
    try {
      while (n < SIZE) {
        int r = in.read(head, n, SIZE - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (EOFException e) {
      // Quirk: a truncated gzip file still has good lines before the break; replay them first.
      early = e;
    }
    byte[] bytes = Arrays.copyOf(head, n);
    boolean whole = n < SIZE;
    if (early == null && whole && isBlank(bytes)) {
      throw new BadInput(
          Code.EMPTY, name, n == 0 ? "the file is empty" : "the file holds only white space");
    }
    if (check != Check.EMPTY_ONLY) {
      refuseNonText(bytes, name, check == Check.TEXT);
    }
    InputStream rest = early == null ? in : failing(in, early);
    return new SequenceInputStream(new ByteArrayInputStream(bytes), rest);
  }

  private static void refuseNonText(byte[] bytes, String name, boolean controls) {
    if (Bom.of(bytes).isPresent()) {
      return;
    }
    for (Signature s : SIGNATURES) {
      if (startsWith(bytes, s.magic())) {
        throw new BadInput(Code.BINARY, name, "binary data: looks like " + s.name());
      }
    }
    if (looksLikeUtf16WithoutBom(bytes)) {
      throw new BadInput(
          Code.ENCODING, name, "looks like UTF-16 without a byte order mark; save it as UTF-8");
    }
    if (controls) {
      controlBytes(bytes)
          .ifPresent(
              why -> {
                throw new BadInput(Code.BINARY, name, "binary data: " + why + " in the first 8 KB");
              });
    }
  }

  /** Why these bytes cannot be text: NUL bytes, or over 10% control bytes; empty for text. */
  static Optional<String> controlBytes(byte[] bytes) {
    int nul = 0;
    int control = 0;
    for (byte b : bytes) {
      if (b == 0) {
        nul++;
      } else if ((b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')
          || b == 0x7F) {
        control++;
      }
    }
    if (nul > 0) {
      return Optional.of(nul + " NUL byte" + (nul == 1 ? "" : "s"));
    }
    if (bytes.length > 0 && control * 10 > bytes.length) {
      return Optional.of("over 10% control bytes");
    }
    return Optional.empty();
  }

  /** ASCII text in UTF-16 has a NUL in every other byte, and almost none in the others. */
  static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
    int pairs = bytes.length / 2;
    if (pairs < 2) {
      return false;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      evenNul += bytes[i] == 0 ? 1 : 0;
      oddNul += bytes[i + 1] == 0 ? 1 : 0;
    }
    int high = Math.max(evenNul, oddNul);
    int low = Math.min(evenNul, oddNul);
    return high * 10 >= pairs * 3 && low * 20 <= pairs;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static InputStream failing(InputStream in, EOFException e) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw e;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
