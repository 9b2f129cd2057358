package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError;
import dev.dyad.core.model.DataError.Code;
import java.io.CharConversionException;
import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;

/** Turns what a reader threw into one line a user can act on. */
final class Failures {
  private Failures() {}

  static DataError describe(Throwable e, String where, Code fallback) {
    if (e instanceof BadInput bad) {
      return bad.error();
    }
    if (has(e, NoSuchFileException.class)) {
      return new DataError(Code.UNREADABLE, where, "no such file");
    }
    if (has(e, AccessDeniedException.class)) {
      return new DataError(Code.UNREADABLE, where, "permission denied");
    }
    if (has(e, EOFException.class)) {
      return new DataError(
          Code.TRUNCATED, where, "the input ends early (truncated file or gzip stream)");
    }
    if (has(e, ZipException.class)) {
      return new DataError(Code.UNREADABLE, where, "not valid gzip data: " + text(e));
    }
    if (has(e, CharConversionException.class) || has(e, CharacterCodingException.class)) {
      return new DataError(
          Code.ENCODING, where, "bytes that are not valid in the declared encoding");
    }
    if (e instanceof java.io.IOException) {
      return new DataError(Code.UNREADABLE, where, "could not be read: " + text(e));
    }
    return new DataError(fallback, where, "could not be parsed: " + text(e));
  }

  static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String text(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }
}
