package dev.dyad.core.dictionaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH actor file: a primary phrase with an optional {@code [CODE]}, {@code +}
 * synonym lines, and indented restriction lines {@code [CODE]}, {@code [CODE >date]}, {@code [CODE
 * <date]} and {@code [CODE date-date]} (inclusive; dates {@code YYMMDD} or {@code YYYYMMDD}),
 * several of them on one line if need be. Words are joined by {@code _} or spaces.
 *
 * <p>A bad line is skipped and logged with the reason; an entry keeps its good phrases and codes,
 * and one left with no phrase or no code is skipped whole.
 */
final class ActorFileReader {
  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,}|---");

  private final FileLog log;
  private final List<PetrarchActor> actors = new ArrayList<>();
  private List<String> phrases;
  private List<PetrarchActor.DatedCode> codes;
  private int entryLine;

  private ActorFileReader(FileLog log) {
    this.log = log;
  }

  /** The entries of {@code lines}; what is skipped goes to {@code log}. */
  static List<PetrarchActor> read(List<Line> lines, FileLog log) {
    ActorFileReader reader = new ActorFileReader(log);
    for (Line line : lines) {
      reader.line(line);
    }
    reader.flush();
    return List.copyOf(reader.actors);
  }

  private void line(Line line) {
    String text = tabariComment(line.trimmed());
    if (text.isEmpty()) {
      return;
    }
    if (text.startsWith("[")) {
      if (phrases == null) {
        log.skip(line, "a code with no actor before it");
        return;
      }
      codes(line, text);
      return;
    }
    boolean synonym = text.startsWith("+");
    if (synonym && phrases == null) {
      log.skip(line, "a synonym with no actor before it");
      return;
    }
    if (!synonym) {
      flush();
      phrases = new ArrayList<>();
      codes = new ArrayList<>();
      entryLine = line.number();
    }
    int bracket = text.indexOf('[');
    String phrase = (bracket >= 0 ? text.substring(0, bracket) : text).strip();
    if (synonym) {
      phrase = phrase.substring(1);
    }
    phrases(line, phrase);
    if (bracket >= 0) {
      codes(line, text.substring(bracket));
    }
  }

  /**
   * Quirk: TABARI files mark comments with {@code ;} as well as {@code #} ("JAMES_BYRNES_ ;
   * CountryInfo.txt").
   */
  private static String tabariComment(String text) {
    int semi = text.indexOf(';');
    return semi >= 0 ? text.substring(0, semi).strip() : text;
  }

  private void phrases(Line line, String written) {
    Optional<String> damage = line.damage();
    if (damage.isPresent()) {
      log.skip(line, "phrase with " + damage.get());
      return;
    }
    // Quirk: a '+' inside a phrase joins two synonyms that lost the line break between them.
    String[] parts = written.indexOf('+') < 0 ? new String[] {written} : written.split("\\+");
    if (parts.length > 1) {
      log.note("two synonyms on one line, split at '+'");
    }
    for (String part : parts) {
      String phrase = Phrases.normalise(part);
      if (phrase.isEmpty()) {
        if (parts.length == 1) {
          log.skip(line, "empty phrase");
        }
        continue;
      }
      if (!Phrases.hasWord(phrase)) {
        log.skip(line, "phrase with no word");
        continue;
      }
      phrases.add(phrase);
    }
  }

  private void codes(Line line, String text) {
    Matcher m = BRACKET.matcher(text);
    boolean any = false;
    while (m.find()) {
      any = true;
      code(line, m.group(1));
    }
    if (!any) {
      log.skip(line, "unclosed '['");
    }
  }

  private void code(Line line, String inside) {
    String body = inside.strip();
    if (!body.equals(inside)) {
      log.note("padded code, trimmed");
    }
    if (body.isEmpty()) {
      log.skip(line, "empty code");
      return;
    }
    int space = 0;
    while (space < body.length() && !Character.isWhitespace(body.charAt(space))) {
      space++;
    }
    String[] words =
        space < body.length()
            ? new String[] {body.substring(0, space), body.substring(space).strip()}
            : new String[] {body};
    String code = words[0];
    String upper = code.toUpperCase(Locale.ROOT);
    if (!upper.equals(code)) {
      log.note("lower-case code, upper-cased");
      code = upper;
    }
    if (code.contains("/")) {
      // Quirk: "[FRO/BIL/SAM]" names several actors at once; Dyad gives a phrase one actor.
      log.note("several codes for one phrase, the first kept");
      code = code.substring(0, code.indexOf('/'));
    }
    if (!CODE.matcher(code).matches()) {
      log.skip(line, "bad code '" + code + "'");
      return;
    }
    String dates = words.length > 1 ? withoutSpaces(words[1]) : "";
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    if (dates.startsWith(">") || dates.startsWith("<")) {
      Optional<LocalDate> day = TabariDates.parse(dates.substring(1));
      if (day.isEmpty()) {
        log.skip(line, "bad date '" + dates.substring(1) + "'");
        return;
      }
      if (dates.startsWith(">")) {
        from = day;
      } else {
        to = day;
      }
    } else if (!dates.isEmpty()) {
      int dash = dates.indexOf('-');
      if (dash < 0) {
        log.skip(line, "bad date restriction '" + dates + "'");
        return;
      }
      String first = dates.substring(0, dash);
      String last = dates.substring(dash + 1);
      from = TabariDates.parse(first);
      to = TabariDates.parse(last);
      if (from.isEmpty() || to.isEmpty()) {
        log.skip(line, "bad date '" + (from.isEmpty() ? first : last) + "'");
        return;
      }
      if (to.get().isBefore(from.get())) {
        log.skip(line, "dates out of order");
        return;
      }
    }
    codes.add(new PetrarchActor.DatedCode(code, from, to));
  }

  private static String withoutSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  private void flush() {
    if (phrases == null) {
      return;
    }
    log.read();
    if (phrases.isEmpty()) {
      log.skip(entryLine, "actor whose every phrase was skipped", "");
    } else if (codes.isEmpty()) {
      log.skip(entryLine, "actor with no code", phrases.get(0));
    } else {
      actors.add(new PetrarchActor(phrases, codes, entryLine));
    }
    phrases = null;
    codes = null;
  }
}
