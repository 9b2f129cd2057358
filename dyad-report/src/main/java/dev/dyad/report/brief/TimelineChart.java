package dev.dyad.report.brief;

import java.util.List;
import java.util.Locale;

/**
 * The timeline as an inline SVG. Above, the balance of each period on a band from −1 (all conflict)
 * to +1 (all cooperation); below, the weighed cooperation of its claims above an axis and the
 * weighed conflict beneath it. Shapes and position say as much as colour, so the chart reads in
 * black and white print.
 */
final class TimelineChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 300;
  private static final int LEFT = 40;
  private static final int RIGHT = 12;
  private static final int BAND_TOP = 34;
  private static final int BAND = 56;
  private static final int BARS_TOP = BAND_TOP + BAND + 26;
  private static final int BARS = 140;

  /** Labels drawn at most this many; the others are skipped evenly. */
  private static final int MAX_LABELS = 12;

  private TimelineChart() {}

  /** Whether any period has a claim to draw. */
  static boolean drawable(Timeline t) {
    return t.rows().stream().anyMatch(r -> r.claims() > 0);
  }

  static String svg(Timeline t) {
    if (!drawable(t)) {
      return "";
    }
    List<Timeline.Row> rows = t.rows();
    double up = rows.stream().mapToDouble(Timeline.Row::cooperation).max().orElse(0);
    double down = rows.stream().mapToDouble(Timeline.Row::conflict).max().orElse(0);
    // With nothing weighed (only plans and speculation) the bars are empty and the axis sits
    // midway.
    double unit = up + down > 0 ? BARS / (up + down) : 0;
    double axis = up + down > 0 ? BARS_TOP + up * unit : BARS_TOP + BARS / 2.0;
    double zero = BAND_TOP + BAND / 2.0;
    double slot = (double) (WIDTH - LEFT - RIGHT) / rows.size();
    double bar = Math.min(36, slot * 0.6);
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n");
    s.append("<title id=\"chart-title\">Claims per ").append(t.unit()).append("</title>\n");
    s.append("<desc id=\"chart-desc\">Above, the balance of each ")
        .append(t.unit())
        .append(
            " from -1 (all conflict)"
                + " to +1 (all cooperation); below, the weighed cooperation above the axis and the weighed conflict"
                + " beneath it.</desc>\n");
    legend(s);
    s.append(line(LEFT, BAND_TOP, WIDTH - RIGHT, BAND_TOP, "#ccc", 0.5, false));
    s.append(line(LEFT, zero, WIDTH - RIGHT, zero, "#999", 1, true));
    s.append(line(LEFT, BAND_TOP + BAND, WIDTH - RIGHT, BAND_TOP + BAND, "#ccc", 0.5, false));
    s.append(text(LEFT - 6, BAND_TOP + 4, "end", "+1"));
    s.append(text(LEFT - 6, zero + 4, "end", "0"));
    s.append(text(LEFT - 6, BAND_TOP + BAND + 4, "end", "\u22121"));
    s.append(line(LEFT, axis, WIDTH - RIGHT, axis, "#333", 1, false));
    if (up > 0) {
      s.append(text(LEFT - 6, BARS_TOP + 4, "end", num(up)));
    }
    if (down > 0) {
      s.append(text(LEFT - 6, BARS_TOP + BARS + 4, "end", "\u2212" + num(down)));
    }
    int every = (int) Math.ceil(rows.size() / (double) MAX_LABELS);
    // The balance line breaks where a period weighs nothing: there is no balance to join.
    List<StringBuilder> runs = new java.util.ArrayList<>();
    StringBuilder run = null;
    for (int i = 0; i < rows.size(); i++) {
      Timeline.Row r = rows.get(i);
      double x = LEFT + slot * i + (slot - bar) / 2;
      double centre = x + bar / 2;
      if (r.cooperation() > 0) {
        s.append(
            rect(
                x,
                axis - r.cooperation() * unit,
                bar,
                r.cooperation() * unit,
                "#2e6b4f",
                r.label() + ": cooperation " + num(r.cooperation())));
      }
      if (r.conflict() > 0) {
        s.append(
            rect(
                x,
                axis,
                bar,
                r.conflict() * unit,
                "#a8412f",
                r.label() + ": conflict " + num(r.conflict())));
      }
      if (i % every == 0) {
        s.append(text(centre, BARS_TOP + BARS + 20, "middle", r.label()));
      }
      if (r.balance().isPresent()) {
        double y = zero - r.balance().getAsDouble() * BAND / 2.0;
        if (run == null) {
          run = new StringBuilder();
          runs.add(run);
        }
        run.append(run.length() == 0 ? "" : " ").append(num(centre)).append(',').append(num(y));
      } else {
        run = null;
      }
    }
    for (StringBuilder points : runs) {
      if (points.indexOf(" ") > 0) {
        s.append("<polyline points=\"")
            .append(points)
            .append("\" fill=\"none\" stroke=\"#111\" stroke-width=\"1.5\"/>\n");
      }
      for (String point : points.toString().split(" ")) {
        String[] xy = point.split(",");
        s.append("<circle cx=\"")
            .append(xy[0])
            .append("\" cy=\"")
            .append(xy[1])
            .append("\" r=\"3\" fill=\"#111\"/>\n");
      }
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static void legend(StringBuilder s) {
    s.append(line(LEFT, 13, LEFT + 20, 13, "#111", 1.5, false))
        .append(text(LEFT + 24, 17, "start", "balance (\u22121 to +1)"));
    s.append(rect(LEFT + 160, 8, 10, 10, "#2e6b4f", null))
        .append(text(LEFT + 174, 17, "start", "cooperation (weighed)"));
    s.append(rect(LEFT + 330, 8, 10, 10, "#a8412f", null))
        .append(text(LEFT + 344, 17, "start", "conflict (weighed)"));
  }

  private static String rect(double x, double y, double w, double h, String fill, String title) {
    return "<rect x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" width=\""
        + num(w)
        + "\" height=\""
        + num(h)
        + "\" fill=\""
        + fill
        + "\""
        + (title == null ? "/>\n" : "><title>" + Html.escape(title) + "</title></rect>\n");
  }

  private static String line(
      double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
    return "<line x1=\""
        + num(x1)
        + "\" y1=\""
        + num(y1)
        + "\" x2=\""
        + num(x2)
        + "\" y2=\""
        + num(y2)
        + "\" stroke=\""
        + stroke
        + "\" stroke-width=\""
        + num(width)
        + "\""
        + (dashed ? " stroke-dasharray=\"4 3\"" : "")
        + "/>\n";
  }

  private static String text(double x, double y, String anchor, String label) {
    return "<text x=\""
        + num(x)
        + "\" y=\""
        + num(y)
        + "\" text-anchor=\""
        + anchor
        + "\">"
        + Html.escape(label)
        + "</text>\n";
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
