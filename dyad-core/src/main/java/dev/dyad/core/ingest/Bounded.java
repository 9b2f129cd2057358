package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError.Code;
import java.io.IOException;
import java.io.InputStream;

/** Reads a whole document only when it fits the size limit, never more than limit + 1 bytes. */
final class Bounded {
  private Bounded() {}

  static byte[] readAll(InputStream in, long limit, String where, String what) throws IOException {
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16L);
    byte[] bytes = in.readNBytes(cap + 1);
    if (bytes.length > cap) {
      throw tooLarge(where, what, limit);
    }
    return bytes;
  }

  static BadInput tooLarge(String where, String what, long limit) {
    return new BadInput(
        Code.TOO_LARGE,
        where,
        what + " is larger than the limit of " + limit + " bytes (maxDocumentBytes)");
  }
}
