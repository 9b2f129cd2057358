package dev.dyad.core.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Set;
import org.jsoup.nodes.Entities;

/**
 * Rewrites a feed's characters, on the way to the XML parser, into XML that a strict parser accepts
 * and can hand over in bounded pieces. Each rewrite keeps what the feed means:
 *
 * <ul>
 *   <li>HTML named entities ({@code &nbsp;}, {@code &eacute;}) become numeric references; an
 *       unknown name and a bare ampersand become literal text ({@code &amp;});
 *   <li>a numeric reference to a character XML forbids, and such a character itself, become U+FFFD;
 *   <li>a long CDATA section is cut into sections of {@value #CDATA_PIECE} characters, which the
 *       JDK parser would otherwise read whole into memory, however large.
 * </ul>
 *
 * Comments and CDATA sections are copied as they are (but for the cuts). Line ends are never added
 * or removed, so the parser's line numbers stay true.
 */
final class LenientXml extends Reader {
  static final int CDATA_PIECE = 4096;
  private static final int NAME_MAX = 32;
  private static final String CDATA_START = "<![CDATA[";
  private static final String CDATA_END = "]]>";
  private static final String COMMENT_START = "<!--";
  private static final String COMMENT_END = "-->";
  private static final String ENTITY_DECLARATION = "<!ENTITY";
  private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");

  private enum State {
    MARKUP,
    CDATA,
    COMMENT
  }

  private final Reader in;
  private final char[] buf = new char[16 * 1024];
  private int pos;
  private int end;
  private boolean eof;
  private final StringBuilder out = new StringBuilder();
  private int outPos;
  private State state = State.MARKUP;
  private int run;
  private char last;
  private boolean declaresEntities;

  LenientXml(Reader in) {
    this.in = in;
  }

  /**
   * Whether the text read so far declares entities (in a DTD's internal subset). The JDK parser
   * does not report an internal subset when DTDs are off, so the feed reader asks here.
   */
  boolean declaresEntities() {
    return declaresEntities;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      if (outPos == out.length()) {
        out.setLength(0);
        outPos = 0;
        if (!step()) {
          break;
        }
        continue;
      }
      int k = Math.min(len - n, out.length() - outPos);
      out.getChars(outPos, outPos + k, cbuf, off + n);
      outPos += k;
      n += k;
    }
    return n == 0 ? -1 : n;
  }

  /** Rewrites the next stretch of input into {@code out}; false at the end of the input. */
  private boolean step() throws IOException {
    if (!ensure(1)) {
      return false;
    }
    switch (state) {
      case MARKUP -> markup();
      case CDATA -> cdata();
      case COMMENT -> comment();
    }
    return true;
  }

  private void markup() throws IOException {
    char c = buf[pos];
    if (c == '&') {
      reference();
    } else if (c == '<' && startsWith(CDATA_START)) {
      copy(CDATA_START.length());
      state = State.CDATA;
      run = 0;
      last = 0;
    } else if (c == '<' && startsWith(COMMENT_START)) {
      copy(COMMENT_START.length());
      state = State.COMMENT;
    } else {
      declaresEntities |= c == '<' && startsWith(ENTITY_DECLARATION);
      int stop = pos + 1;
      while (stop < end && buf[stop] != '&' && buf[stop] != '<') {
        stop++;
      }
      copy(stop - pos);
    }
  }

  private void cdata() throws IOException {
    if (buf[pos] == ']' && startsWith(CDATA_END)) {
      copy(CDATA_END.length());
      state = State.MARKUP;
      return;
    }
    // A cut never falls inside "]]>" nor between the halves of a surrogate pair.
    if (run >= CDATA_PIECE && last != ']' && !Character.isHighSurrogate(last)) {
      out.append(CDATA_END).append(CDATA_START);
      run = 0;
      return;
    }
    int stop = pos + 1;
    int max = pos + Math.max(1, CDATA_PIECE - run);
    while (stop < end && stop < max && buf[stop] != ']') {
      stop++;
    }
    run += stop - pos;
    last = buf[stop - 1];
    copy(stop - pos);
  }

  private void comment() throws IOException {
    if (buf[pos] == '-' && startsWith(COMMENT_END)) {
      copy(COMMENT_END.length());
      state = State.MARKUP;
      return;
    }
    int stop = pos + 1;
    while (stop < end && buf[stop] != '-') {
      stop++;
    }
    copy(stop - pos);
  }

  /** An ampersand in markup or text: a reference to keep, to rewrite, or a literal ampersand. */
  private void reference() throws IOException {
    ensure(NAME_MAX + 3);
    int i = pos + 1;
    int j = i;
    if (j < end && buf[j] == '#') {
      j++;
      boolean hex = j < end && (buf[j] == 'x' || buf[j] == 'X');
      int digits = hex ? ++j : j;
      while (j < end && j - digits < (hex ? 6 : 7) && Character.digit(buf[j], hex ? 16 : 10) >= 0) {
        j++;
      }
      if (j > digits && j < end && buf[j] == ';') {
        int cp = Integer.parseInt(new String(buf, digits, j - digits), hex ? 16 : 10);
        out.append(allowed(cp) ? new String(buf, pos, j + 1 - pos) : "&#65533;");
        pos = j + 1;
        return;
      }
    } else {
      while (j < end && j - i < NAME_MAX && Character.isLetterOrDigit(buf[j])) {
        j++;
      }
      if (j > i && j < end && buf[j] == ';' && Character.isLetter(buf[i])) {
        named(new String(buf, i, j - i));
        pos = j + 1;
        return;
      }
    }
    // Quirk: a bare ampersand ("AT&T", "Q&A"), common in feeds written by hand.
    out.append("&amp;");
    pos++;
  }

  private void named(String name) {
    if (PREDEFINED.contains(name)) {
      out.append('&').append(name).append(';');
      return;
    }
    // Quirk: feeds use HTML's named entities, which XML never declares (&nbsp;, &eacute;, &mdash;).
    int[] codepoints = new int[2];
    int n = Entities.codepointsForName(name, codepoints);
    if (n == 0) {
      out.append("&amp;").append(name).append(';');
      return;
    }
    for (int k = 0; k < n; k++) {
      out.append("&#").append(codepoints[k]).append(';');
    }
  }

  /** Copies {@code n} characters, replacing those XML 1.0 forbids. */
  private void copy(int n) {
    for (int k = pos; k < pos + n; k++) {
      char c = buf[k];
      boolean forbidden =
          (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
      // Quirk: stray control characters (a pasted form feed, a vertical tab) are common in feeds.
      out.append(forbidden ? LenientText.REPLACEMENT : c);
    }
    pos += n;
  }

  private static boolean allowed(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  private boolean startsWith(String s) throws IOException {
    if (!ensure(s.length())) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (buf[pos + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Makes {@code n} characters available from {@code pos}, unless the input ends first. */
  private boolean ensure(int n) throws IOException {
    if (end - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, end - pos);
      end -= pos;
      pos = 0;
    }
    while (end - pos < n && !eof) {
      int r = in.read(buf, end, buf.length - end);
      if (r < 0) {
        eof = true;
      } else {
        end += r;
      }
    }
    return end - pos >= n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
