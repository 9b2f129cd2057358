package dev.dyad.store.brief;

import java.util.List;
import java.util.Locale;

/**
 * The timeline as an inline SVG: per period, cooperation above a middle axis and conflict below
 * it, unconfirmed claims hatched on top, and the balance (cooperation minus conflict) as a line.
 * Shapes differ as well as colours, so the chart reads in black and white print.
 */
final class TimelineChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int LEFT = 36;
  private static final int RIGHT = 12;
  private static final int TOP = 34;
  private static final int PLOT = 160;
  /** Labels drawn at most this many; the others are skipped evenly. */
  private static final int MAX_LABELS = 12;

  private TimelineChart() {}

  /** Whether there is a claim to draw (assessments alone are left to the table). */
  static boolean drawable(Timeline t) {
    return !rows(t).isEmpty();
  }

  private static List<Timeline.Row> rows(Timeline t) {
    List<Timeline.Row> claims = t.rows().stream()
        .filter(r -> !(r.label().equals("undated") && r.cooperation() + r.conflict() + r.unconfirmed() == 0))
        .toList();
    return claims.stream().allMatch(r -> r.cooperation() + r.conflict() + r.unconfirmed() == 0) ? List.of() : claims;
  }

  static String svg(Timeline t) {
    List<Timeline.Row> rows = rows(t);
    if (rows.isEmpty()) {
      return "";
    }
    int up = Math.max(1, rows.stream().mapToInt(r -> r.cooperation() + r.unconfirmed()).max().orElse(1));
    int down = Math.max(1, rows.stream().mapToInt(Timeline.Row::conflict).max().orElse(1));
    double unit = (double) PLOT / (up + down);
    double axis = TOP + up * unit;
    double slot = (double) (WIDTH - LEFT - RIGHT) / rows.size();
    double bar = Math.min(36, slot * 0.6);
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n");
    s.append("<title id=\"chart-title\">Claims per ").append(t.unit()).append("</title>\n");
    s.append("<desc id=\"chart-desc\">Cooperation above the axis, conflict below it, unconfirmed claims hatched,"
        + " and the balance of cooperation minus conflict as a line.</desc>\n");
    s.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#777\" stroke-width=\"2\"/></pattern></defs>\n");
    legend(s);
    s.append(line(LEFT, axis, WIDTH - RIGHT, axis, "#333", 1, false));
    s.append(text(LEFT - 6, TOP + 4, "end", "+" + up));
    s.append(text(LEFT - 6, axis + 4, "end", "0"));
    s.append(text(LEFT - 6, TOP + PLOT + 4, "end", "\u2212" + down));
    int every = (int) Math.ceil(rows.size() / (double) MAX_LABELS);
    StringBuilder balance = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      Timeline.Row r = rows.get(i);
      double x = LEFT + slot * i + (slot - bar) / 2;
      double centre = x + bar / 2;
      double coop = r.cooperation() * unit;
      double open = r.unconfirmed() * unit;
      if (r.cooperation() > 0) {
        s.append(rect(x, axis - coop, bar, coop, "#2e6b4f", r.label() + ": " + r.cooperation() + " cooperation"));
      }
      if (r.unconfirmed() > 0) {
        s.append(rect(x, axis - coop - open, bar, open, "url(#hatch)", r.label() + ": " + r.unconfirmed() + " unconfirmed"));
      }
      if (r.conflict() > 0) {
        s.append(rect(x, axis, bar, r.conflict() * unit, "#a8412f", r.label() + ": " + r.conflict() + " conflict"));
      }
      if (i % every == 0) {
        s.append(text(centre, TOP + PLOT + 20, "middle", r.label()));
      }
      if (!r.label().equals("undated")) {
        balance.append(balance.length() == 0 ? "" : " ").append(num(centre)).append(',').append(num(axis - r.balance() * unit));
      }
    }
    if (balance.length() > 0) {
      s.append("<polyline points=\"").append(balance).append("\" fill=\"none\" stroke=\"#111\" stroke-width=\"1.5\""
          + " stroke-dasharray=\"4 3\"/>\n");
      for (String point : balance.toString().split(" ")) {
        String[] xy = point.split(",");
        s.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"3\" fill=\"#111\"/>\n");
      }
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static void legend(StringBuilder s) {
    s.append(rect(LEFT, 8, 10, 10, "#2e6b4f", null)).append(text(LEFT + 14, 17, "start", "cooperation"));
    s.append(rect(LEFT + 100, 8, 10, 10, "#a8412f", null)).append(text(LEFT + 114, 17, "start", "conflict"));
    s.append("<rect x=\"").append(LEFT + 180).append("\" y=\"8\" width=\"10\" height=\"10\" fill=\"url(#hatch)\" stroke=\"#777\"/>\n")
        .append(text(LEFT + 194, 17, "start", "unconfirmed"));
    s.append(line(LEFT + 290, 13, LEFT + 310, 13, "#111", 1.5, true)).append(text(LEFT + 314, 17, "start", "balance"));
  }

  private static String rect(double x, double y, double w, double h, String fill, String title) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h)
        + "\" fill=\"" + fill + "\"" + (fill.startsWith("url") ? " stroke=\"#777\"" : "")
        + (title == null ? "/>\n" : "><title>" + Html.escape(title) + "</title></rect>\n");
  }

  private static String line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
    return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
        + "\" stroke=\"" + stroke + "\" stroke-width=\"" + num(width) + "\"" + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>\n";
  }

  private static String text(double x, double y, String anchor, String label) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\">" + Html.escape(label) + "</text>\n";
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
