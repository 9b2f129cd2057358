package dev.dyad.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, for a person reading a failed golden test: hunks with two lines of
 * context, long lines cut to a window around the column where they part, and at most {@value
 * #MAX_CHANGES} changed lines shown.
 */
final class LineDiff {
  static final int CONTEXT = 2;
  static final int MAX_CHANGES = 60;
  static final int LONG_LINE = 160;

  /** Beyond this many cells the middle is shown as replaced whole, not aligned line by line. */
  private static final long MAX_CELLS = 16_000_000L;

  private LineDiff() {}

  /** One line of the diff: ' ' kept, '-' only expected, '+' only actual; line numbers from 1. */
  record Edit(char op, int expectedLine, int actualLine, String text) {}

  static String render(String expectedText, String actualText) {
    List<String> expected = lines(expectedText);
    List<String> actual = lines(actualText);
    List<Edit> edits = edits(expected, actual);
    long removed = edits.stream().filter(e -> e.op() == '-').count();
    long added = edits.stream().filter(e -> e.op() == '+').count();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%d lines expected, %d actual; %d removed (-), %d added (+)%n",
            expected.size(), actual.size(), removed, added));
    if (removed == 0 && added == 0) {
      return out.append(
              "the lines are equal: the texts differ in line endings or the final newline\n")
          .toString();
    }
    int shown = 0;
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = hunkEnd(edits, i);
      out.append(header(edits, start, end));
      for (int k = start; k < end; k++) {
        Edit e = edits.get(k);
        if (e.op() != ' ' && shown == MAX_CHANGES) {
          long left = edits.subList(k, edits.size()).stream().filter(x -> x.op() != ' ').count();
          return out.append("… and ").append(left).append(" more changed lines\n").toString();
        }
        shown += e.op() == ' ' ? 0 : 1;
        out.append(e.op()).append(' ').append(excerpt(e.text(), partner(edits, k))).append('\n');
      }
      i = end;
    }
    return out.toString();
  }

  /** Lines as a reader counts them: a final newline ends the last line and starts none. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * The shortest edit script by longest common subsequence, after the common ends are set aside.
   */
  static List<Edit> edits(List<String> expected, List<String> actual) {
    int prefix = 0;
    while (prefix < expected.size()
        && prefix < actual.size()
        && expected.get(prefix).equals(actual.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < expected.size() - prefix
        && suffix < actual.size() - prefix
        && expected
            .get(expected.size() - 1 - suffix)
            .equals(actual.get(actual.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> a = expected.subList(prefix, expected.size() - suffix);
    List<String> b = actual.subList(prefix, actual.size() - suffix);
    List<Edit> out = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      out.add(new Edit(' ', k + 1, k + 1, expected.get(k)));
    }
    middle(a, b, prefix, out);
    for (int k = suffix; k > 0; k--) {
      out.add(
          new Edit(
              ' ',
              expected.size() - k + 1,
              actual.size() - k + 1,
              expected.get(expected.size() - k)));
    }
    return out;
  }

  private static void middle(List<String> a, List<String> b, int offset, List<Edit> out) {
    int n = a.size();
    int m = b.size();
    if ((long) n * m > MAX_CELLS) {
      for (int x = 0; x < n; x++) {
        out.add(new Edit('-', offset + x + 1, 0, a.get(x)));
      }
      for (int y = 0; y < m; y++) {
        out.add(new Edit('+', 0, offset + y + 1, b.get(y)));
      }
      return;
    }
    int[][] common = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        common[x][y] =
            a.get(x).equals(b.get(y))
                ? common[x + 1][y + 1] + 1
                : Math.max(common[x + 1][y], common[x][y + 1]);
      }
    }
    int x = 0;
    int y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && a.get(x).equals(b.get(y))) {
        out.add(new Edit(' ', offset + x + 1, offset + y + 1, a.get(x)));
        x++;
        y++;
      } else if (y == m || x < n && common[x + 1][y] >= common[x][y + 1]) {
        out.add(new Edit('-', offset + x + 1, 0, a.get(x)));
        x++;
      } else {
        out.add(new Edit('+', 0, offset + y + 1, b.get(y)));
        y++;
      }
    }
  }

  /**
   * The end (exclusive) of the hunk holding the change at {@code i}: changes closer than 2×context
   * join it.
   */
  private static int hunkEnd(List<Edit> edits, int i) {
    int end = i;
    int lastChange = i;
    while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
      if (edits.get(end).op() != ' ') {
        lastChange = end;
      }
      end++;
    }
    return Math.min(edits.size(), lastChange + CONTEXT + 1);
  }

  private static String header(List<Edit> edits, int start, int end) {
    List<Edit> hunk = edits.subList(start, end);
    int expectedFrom =
        hunk.stream().filter(e -> e.op() != '+').mapToInt(Edit::expectedLine).findFirst().orElse(0);
    int actualFrom =
        hunk.stream().filter(e -> e.op() != '-').mapToInt(Edit::actualLine).findFirst().orElse(0);
    long expectedCount = hunk.stream().filter(e -> e.op() != '+').count();
    long actualCount = hunk.stream().filter(e -> e.op() != '-').count();
    return String.format(
        "@@ -%d,%d +%d,%d @@%n", expectedFrom, expectedCount, actualFrom, actualCount);
  }

  /**
   * The line a changed line replaces or is replaced by: in a run of removals followed by a run of
   * additions, the k-th of one with the k-th of the other; null when it has none.
   */
  private static String partner(List<Edit> edits, int k) {
    char op = edits.get(k).op();
    if (op == ' ') {
      return null;
    }
    int runStart = k;
    while (runStart > 0 && edits.get(runStart - 1).op() == op) {
      runStart--;
    }
    int at = k - runStart;
    if (op == '-') {
      int plusStart = k;
      while (plusStart < edits.size() && edits.get(plusStart).op() == '-') {
        plusStart++;
      }
      int other = plusStart + at;
      return other < edits.size() && opsBetween(edits, plusStart, other + 1, '+')
          ? edits.get(other).text()
          : null;
    }
    int minusStart = runStart;
    while (minusStart > 0 && edits.get(minusStart - 1).op() == '-') {
      minusStart--;
    }
    int other = minusStart + at;
    return other < runStart ? edits.get(other).text() : null;
  }

  private static boolean opsBetween(List<Edit> edits, int from, int to, char op) {
    for (int k = from; k < to; k++) {
      if (edits.get(k).op() != op) {
        return false;
      }
    }
    return true;
  }

  /** A long line cut to a window around the first column where it and its partner part. */
  static String excerpt(String line, String partner) {
    if (line.length() <= LONG_LINE) {
      return line;
    }
    int column = 0;
    if (partner != null) {
      while (column < line.length()
          && column < partner.length()
          && line.charAt(column) == partner.charAt(column)) {
        column++;
      }
    }
    int from = Math.max(0, column - LONG_LINE / 3);
    int to = Math.min(line.length(), from + LONG_LINE);
    return (from > 0 ? "…" : "")
        + line.substring(from, to)
        + (to < line.length() ? "…" : "")
        + (partner != null ? "   [column " + (column + 1) + " of " + line.length() + "]" : "");
  }
}
