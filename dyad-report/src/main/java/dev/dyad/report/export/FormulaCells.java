package dev.dyad.report.export;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula injection, neutralised the OWASP way. Excel, LibreOffice and Google Sheets
 * read a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return as a formula, and article URLs and sentences are untrusted ({@code =HYPERLINK(…)}); such a
 * cell is written with a leading apostrophe, which spreadsheets show as text. A plain number
 * ({@code -3.5}) cannot be a formula and is left alone, so numeric columns stay numbers.
 */
final class FormulaCells {
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private FormulaCells() {}

  /** The cell as a spreadsheet will show it: unchanged, or with a leading apostrophe. */
  static String neutralise(String cell) {
    if (cell == null || cell.isEmpty() || !startsAFormula(cell.charAt(0))) {
      return cell;
    }
    return NUMBER.matcher(cell).matches() ? cell : "'" + cell;
  }

  private static boolean startsAFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
