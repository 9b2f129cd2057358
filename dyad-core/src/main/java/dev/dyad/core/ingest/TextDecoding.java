package dev.dyad.core.ingest;

import dev.dyad.core.model.DataError.Code;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's bytes into text: a byte order mark first, then (for HTML) a declared
 * charset, then UTF-8 when the bytes are valid UTF-8, then windows-1252 when they are plausible
 * single-byte text. Anything else is an {@code ENCODING} error.
 */
final class TextDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int META_SCAN = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoding() {}

  /**
   * Decoded text, and the metadata that says how, when it was not plain UTF-8.
   *
   * @param note e.g. {@code windows-1252 (fallback)}, empty for UTF-8
   */
  record Decoded(String text, Optional<String> note) {
    Map<String, String> metadata() {
      return note.map(n -> Map.of("encoding", n)).orElse(Map.of());
    }
  }

  /** Decodes a plain text file or a JSON line. */
  static Decoded text(byte[] bytes, String where) {
    return decode(bytes, Optional.empty(), false, where);
  }

  /** Decodes HTML, honouring a charset from a transport header or from a meta tag. */
  static Decoded html(byte[] bytes, Optional<String> declared, String where) {
    return decode(bytes, declared, true, where);
  }

  private static Decoded decode(byte[] bytes, Optional<String> declared, boolean html, String where) {
    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      Bom b = bom.get();
      String text = new String(bytes, b.length(), bytes.length - b.length(), b.charset());
      boolean utf8 = b.charset().equals(StandardCharsets.UTF_8);
      return new Decoded(text, utf8 ? Optional.empty() : Optional.of(b.charset().name() + " (BOM)"));
    }
    Optional<Charset> named = declared.flatMap(TextDecoding::charset);
    if (named.isEmpty() && html) {
      named = metaCharset(bytes);
    }
    if (named.isPresent() && !named.get().equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, named.get()), Optional.of(named.get().name() + " (declared)"));
    }
    // Quirk: a page that declares UTF-8 but is not falls through to the windows-1252 fallback.
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), Optional.empty());
    }
    if (plausibleWindows1252(bytes)) {
      // Quirk: old news sites and mail archives are windows-1252 that never says so.
      return new Decoded(new String(bytes, WINDOWS_1252), Optional.of("windows-1252 (fallback)"));
    }
    throw new BadInput(Code.ENCODING, where, "bytes are neither valid UTF-8 nor windows-1252 text");
  }

  /** A charset by its label, the way browsers read labels. */
  static Optional<Charset> charset(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    // Quirk: browsers read latin-1 and ASCII labels as windows-1252, and so do the pages.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    // Quirk: a UTF-16 label on bytes with no BOM is a lie browsers ignore (the page was transcoded).
    if (name.startsWith("utf-16") || name.startsWith("utf16")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Text in windows-1252 never uses its five unassigned bytes, nor C0 controls other than layout. */
  private static boolean plausibleWindows1252(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
        return false;
      }
      if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
        return false;
      }
    }
    return true;
  }
}
