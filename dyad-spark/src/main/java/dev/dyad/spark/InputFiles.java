package dev.dyad.spark;

import dev.dyad.core.model.DataError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files of a run, listed on the driver from any Hadoop path: files as given, folders walked
 * depth first in sorted order with hidden files passed over, exactly the order in which {@code dyad
 * ingest} reads the same local paths, so document order (and with it each family's first document)
 * is the same.
 */
final class InputFiles {
  /** What the listing found: the files in input order, and what it could not use. */
  record Listing(List<InputFile> files, List<Problem> problems, long skipped) {}

  private final Configuration conf;
  private final List<InputFile> files = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private long skipped;

  private InputFiles(Configuration conf) {
    this.conf = conf;
  }

  static Listing list(List<String> inputs, Configuration conf) {
    InputFiles l = new InputFiles(conf);
    for (String input : inputs) {
      l.input(input);
    }
    return new Listing(List.copyOf(l.files), List.copyOf(l.problems), l.skipped);
  }

  private void input(String input) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        fail(DataError.Code.UNREADABLE, input, "no such file or directory");
        return;
      }
      FileStatus status = fs.getFileStatus(path);
      if (status.isDirectory()) {
        walk(fs, status, withoutTrailingSlash(input));
      } else if (InputFile.readable(input)) {
        add(fs, status, input);
      } else {
        fail(DataError.Code.UNSUPPORTED, input, "Dyad reads its text formats and .parquet files");
      }
    } catch (IOException | IllegalArgumentException e) {
      fail(DataError.Code.UNREADABLE, input, "cannot be listed: " + e.getMessage());
    }
  }

  private void walk(FileSystem fs, FileStatus dir, String name) throws IOException {
    FileStatus[] children = fs.listStatus(dir.getPath());
    // The order of Path.compareTo on local paths: the bytes of the names.
    Arrays.sort(
        children, Comparator.comparing(c -> bytes(c.getPath().getName()), Arrays::compareUnsigned));
    for (FileStatus child : children) {
      String childName = child.getPath().getName();
      String shown = name + "/" + childName;
      // Hidden files and folders (.git, _SUCCESS's .crc companions) are never corpus content.
      if (childName.startsWith(".")) {
        skipped++;
      } else if (child.isDirectory()) {
        walk(fs, child, shown);
      } else if (InputFile.readable(childName)) {
        add(fs, child, shown);
      } else {
        skipped++;
      }
    }
  }

  private void add(FileSystem fs, FileStatus status, String name) {
    files.add(new InputFile(files.size(), fs.makeQualified(status.getPath()).toString(), name));
  }

  private void fail(DataError.Code code, String where, String message) {
    problems.add(new Problem(code.name(), where, message));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String withoutTrailingSlash(String input) {
    String s = input;
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
