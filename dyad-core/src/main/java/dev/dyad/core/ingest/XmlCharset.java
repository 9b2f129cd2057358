package dev.dyad.core.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML document the way its BOM or XML declaration says (UTF-8 by default), leniently: a
 * bad byte becomes U+FFFD and is counted, rather than ending the feed.
 */
final class XmlCharset {
  private static final int PEEK = 1024;
  private static final Pattern DECLARED =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");

  private XmlCharset() {}

  static LenientReader reader(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, PEEK * 8);
    in.mark(PEEK);
    byte[] head = in.readNBytes(PEEK);
    in.reset();
    Optional<Bom> bom = Bom.of(head);
    Charset charset;
    if (bom.isPresent()) {
      in.skipNBytes(bom.get().length());
      charset = bom.get().charset();
    } else {
      String ascii = new String(head, StandardCharsets.ISO_8859_1);
      Matcher m = DECLARED.matcher(ascii.stripLeading());
      charset = m.find() ? declared(m.group(1)) : StandardCharsets.UTF_8;
    }
    return new LenientReader(in, charset);
  }

  private static Charset declared(String label) {
    // Quirk: a UTF-16 declaration on bytes without a BOM is a transcoding leftover; read UTF-8.
    return TextDecoding.charset(label).orElse(StandardCharsets.UTF_8);
  }
}
