package dev.dyad.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Standard output and error as every command writes them: control characters stripped ({@link
 * ControlFilter}), and a failed write to standard output raised as {@link StandardOutputException}
 * instead of swallowed. ({@code System.out} is a {@code PrintStream}, which only sets a flag a
 * program must poll: with standard output on a full disk, Dyad used to exit 0 having written part
 * of its output.) Errors on standard error are still swallowed: there is nowhere left to report
 * them.
 */
final class StandardOutput {
  private StandardOutput() {}

  /** The process's standard output, in the encoding picocli would use. */
  static PrintWriter out() {
    return out(new FileOutputStream(FileDescriptor.out), encoding("sun.stdout.encoding"));
  }

  /** The process's standard error. */
  static PrintWriter err() {
    return err(new FileOutputStream(FileDescriptor.err), encoding("sun.stderr.encoding"));
  }

  /** Standard output over {@code stream}: write errors raise {@link StandardOutputException}. */
  static PrintWriter out(OutputStream stream, Charset charset) {
    return new PrintWriter(
        new ControlFilter(new Raising(new OutputStreamWriter(stream, charset))), true);
  }

  /** Standard error over {@code stream}: write errors are swallowed. */
  static PrintWriter err(OutputStream stream, Charset charset) {
    return new PrintWriter(
        ControlFilter.keepingReturns(new OutputStreamWriter(stream, charset)), true);
  }

  private static Charset encoding(String property) {
    String name = System.getProperty(property);
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }

  /**
   * A write to standard output failed: the disk is full, the pipe is closed, a quota is reached.
   */
  static final class StandardOutputException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    StandardOutputException(IOException cause) {
      super("cannot write to standard output: " + reason(cause), cause);
    }

    private static String reason(IOException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  /**
   * Raises every write error as an unchecked exception: {@link PrintWriter} catches {@link
   * IOException} only, so this one reaches the command and ends it.
   */
  private static final class Raising extends Writer {
    private final Writer out;

    Raising(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) {
      try {
        out.write(chars, off, len);
      } catch (IOException e) {
        throw new StandardOutputException(e);
      }
    }

    @Override
    public void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new StandardOutputException(e);
      }
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new StandardOutputException(e);
      }
    }
  }
}
