package dev.dyad.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's bytes into text: a byte order mark first, then (for HTML) a declared charset,
 * then UTF-8 when the bytes are UTF-8 (all of them, or all but a few stray bytes), else
 * windows-1252. Decoding never refuses a document: a byte that cannot be decoded becomes U+FFFD,
 * and the count of such bytes goes into the metadata ({@value #UNDECODABLE_BYTES}) so the cleaner
 * can warn.
 */
final class TextDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The metadata key for the number of bytes replaced by U+FFFD, present only when not zero. */
  static final String UNDECODABLE_BYTES = "undecodable-bytes";

  private static final int META_SCAN = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoding() {}

  /**
   * Decoded text, and the metadata that says how, when it was not plain UTF-8.
   *
   * @param note e.g. {@code windows-1252 (fallback)}, empty for UTF-8
   * @param replaced bytes that could not be decoded and became U+FFFD
   */
  record Decoded(String text, Optional<String> note, long replaced) {
    Decoded(LenientText.Result result, Optional<String> note) {
      this(result.text(), note, result.replaced());
    }

    Map<String, String> metadata() {
      Map<String, String> metadata = new HashMap<>();
      note.ifPresent(n -> metadata.put("encoding", n));
      if (replaced > 0) {
        metadata.put(UNDECODABLE_BYTES, Long.toString(replaced));
      }
      return Map.copyOf(metadata);
    }
  }

  /** Decodes a plain text file or a JSON line. */
  static Decoded text(byte[] bytes) {
    return decode(bytes, Optional.empty(), false);
  }

  /** Decodes HTML, honouring a charset from a transport header or from a meta tag. */
  static Decoded html(byte[] bytes, Optional<String> declared) {
    return decode(bytes, declared, true);
  }

  /** Decodes text whose charset a transport header may name (a WARC record's HTTP header). */
  static Decoded declared(byte[] bytes, Optional<String> declared) {
    return decode(bytes, declared, false);
  }

  private static Decoded decode(byte[] bytes, Optional<String> declared, boolean html) {
    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      Bom b = bom.get();
      boolean utf8 = b.charset().equals(StandardCharsets.UTF_8);
      return new Decoded(
          LenientText.decode(bytes, b.length(), b.charset()),
          utf8 ? Optional.empty() : Optional.of(b.charset().name() + " (BOM)"));
    }
    Optional<Charset> named = declared.flatMap(TextDecoding::charset);
    if (named.isEmpty() && html) {
      named = metaCharset(bytes);
    }
    if (named.isPresent() && !named.get().equals(StandardCharsets.UTF_8)) {
      return new Decoded(
          LenientText.decode(bytes, 0, named.get()),
          Optional.of(named.get().name() + " (declared)"));
    }
    // Quirk: a page that declares UTF-8 but is not falls through to the windows-1252 fallback.
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), Optional.empty(), 0);
    }
    if (mostlyUtf8(bytes)) {
      // Quirk: a stray byte (a cut multi-byte character, a 0xFF from a bad copy) in UTF-8 text.
      return new Decoded(LenientText.decode(bytes, 0, StandardCharsets.UTF_8), Optional.empty());
    }
    // Quirk: old news sites and mail archives are windows-1252 that never says so.
    return new Decoded(
        LenientText.decode(bytes, 0, WINDOWS_1252), Optional.of("windows-1252 (fallback)"));
  }

  /** A charset by its label, the way browsers read labels. */
  static Optional<Charset> charset(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    // Quirk: browsers read latin-1 and ASCII labels as windows-1252, and so do the pages.
    if (name.equals("iso-8859-1")
        || name.equals("latin1")
        || name.equals("us-ascii")
        || name.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    // Quirk: a UTF-16 label on bytes with no BOM is a lie browsers ignore (the page was
    // transcoded).
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
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
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

  /**
   * More well-formed multi-byte UTF-8 sequences than stray bytes: UTF-8 with a few broken bytes,
   * which windows-1252 would turn into mojibake throughout.
   */
  static boolean mostlyUtf8(byte[] bytes) {
    long valid = 0;
    long stray = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int tail =
          b < 0x80
              ? 0
              : b >= 0xC2 && b <= 0xDF
                  ? 1
                  : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (tail == 0) {
        i++;
      } else if (tail > 0 && continues(bytes, i + 1, tail)) {
        valid++;
        i += tail + 1;
      } else {
        stray++;
        i++;
      }
    }
    return valid > 0 && valid >= stray;
  }

  private static boolean continues(byte[] bytes, int from, int count) {
    if (from + count > bytes.length) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
