package dev.dyad.report.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one GDELT event row says, whether it came from an event or a claim, and how it becomes the
 * 61 cells of the table.
 */
record GdeltRecord(
    String id,
    Optional<LocalDate> day,
    String actor1Code,
    String actor1Name,
    String actor2Code, // null: no target, Actor2 empty
    String actor2Name,
    boolean root,
    String cameo,
    int quadClass,
    double goldstein,
    int mentions,
    int sources,
    int articles,
    String sourceUrl) {

  /** Actor1Geo, Actor2Geo and ActionGeo: 8 columns each, which Dyad does not geocode. */
  private static final int GEO_COLUMNS = 24;

  List<String> cells(CameoActor.Reader actors, String dateAdded) {
    List<String> c = new ArrayList<>(GdeltEventWriter.COLUMNS.size());
    c.add(Long.toString(globalEventId(id)));
    c.add(
        day.map(
                d ->
                    String.format(
                        Locale.ROOT,
                        "%04d%02d%02d",
                        d.getYear(),
                        d.getMonthValue(),
                        d.getDayOfMonth()))
            .orElse(""));
    c.add(
        day.map(d -> String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()))
            .orElse(""));
    c.add(day.map(d -> Integer.toString(d.getYear())).orElse(""));
    // GDELT's FractionDate: the year plus the day of the year over 365, to four decimals.
    c.add(
        day.map(d -> String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0))
            .orElse(""));
    actor(c, actors, actor1Code, actor1Name);
    actor(c, actors, actor2Code, actor2Name);
    c.add(root ? "1" : "0");
    c.add(cameo);
    c.add(baseCode(cameo));
    c.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
    c.add(Integer.toString(quadClass));
    c.add(Double.toString(goldstein));
    c.add(Integer.toString(mentions));
    c.add(Integer.toString(sources));
    c.add(Integer.toString(articles));
    c.add(""); // AvgTone: Dyad measures no tone.
    c.addAll(Collections.nCopies(GEO_COLUMNS, ""));
    c.add(dateAdded);
    c.add(sourceUrl);
    // Every cell, not only the free-text ones: a stray tab in any cell would shift the columns.
    c.replaceAll(GdeltRecord::clean);
    c.replaceAll(FormulaCells::neutralise);
    return c;
  }

  /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3: ten cells. */
  private static void actor(List<String> c, CameoActor.Reader actors, String code, String name) {
    if (code == null) {
      // An event with no target: GDELT leaves Actor2 empty, as for its own one-actor events.
      c.addAll(Collections.nCopies(10, ""));
      return;
    }
    CameoActor a = actors.read(code);
    c.add(code);
    c.add(a.name().isEmpty() ? name.toUpperCase(Locale.ROOT) : a.name());
    c.add(a.countryCode());
    c.add(a.knownGroupCode());
    c.add(""); // ethnic
    c.add(""); // religion 1
    c.add(""); // religion 2
    c.add(a.type(0));
    c.add(a.type(1));
    c.add(a.type(2));
  }

  /** The first three digits; a two-digit root code reads as its "0" base ("19" is "190"). */
  static String baseCode(String cameo) {
    return cameo.length() >= 3 ? cameo.substring(0, 3) : cameo + "0";
  }

  /**
   * A positive 63-bit number from the first eight bytes of the SHA-256 of the Dyad id: stable
   * across runs and machines, and collisions are negligible at any corpus size.
   */
  static long globalEventId(String id) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (hash[i] & 0xff);
    }
    value &= Long.MAX_VALUE;
    return value == 0 ? 1 : value;
  }

  /** Tabs and line breaks would split the row: any control character becomes a space. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean breaks = Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029';
      out.append(breaks ? ' ' : ch);
    }
    return out.toString().strip();
  }
}
