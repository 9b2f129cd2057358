package dev.dyad.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Strips control characters from text on its way to a terminal: an escape sequence in an article's
 * URL or text must never reach the terminal raw (it can retitle the window, hide lines or fake
 * output). Kept: tab, line feed, and a carriage return directly before a line feed. Dropped: the
 * other C0 controls (escape among them), DEL and the C1 controls (U+0080 to U+009F, which some
 * terminals read as escape sequences too). JSON output is unaffected in meaning: JSON escapes C0
 * controls itself, so only C1 controls and DEL, which mean nothing in news text, are lost.
 *
 * <p>Standard error keeps every carriage return ({@link #keepingReturns}): the ingest progress bar
 * rewrites its line with one. What it prints from the data (a data error naming a file) is stripped
 * of them before ({@link #strip}).
 */
final class ControlFilter extends FilterWriter {
  private final boolean keepReturns;

  /** A carriage return seen last, kept only if a line feed follows. */
  private boolean pendingReturn;

  ControlFilter(Writer out) {
    this(out, false);
  }

  private ControlFilter(Writer out, boolean keepReturns) {
    super(out);
    this.keepReturns = keepReturns;
  }

  /** A filter that lets every carriage return through, for standard error. */
  static ControlFilter keepingReturns(Writer out) {
    return new ControlFilter(out, true);
  }

  /** The text with the control characters a terminal would act on removed. */
  static String strip(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        out.append(c);
      } else if (!dropped(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean dropped(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingReturn) {
      pendingReturn = false;
      if (ch == '\n') {
        out.write('\r');
      }
    }
    if (ch == '\r' && keepReturns) {
      out.write(ch);
    } else if (ch == '\r') {
      pendingReturn = true;
    } else if (!dropped(ch)) {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    int start = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = chars[i];
      if (pendingReturn || c == '\r' || dropped(c)) {
        out.write(chars, start, i - start);
        write(c);
        start = i + 1;
      }
    }
    out.write(chars, start, end - start);
  }

  @Override
  public void write(String text, int off, int len) throws IOException {
    write(text.toCharArray(), off, len);
  }
}
