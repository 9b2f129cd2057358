package dev.dyad.report.brief;

/** "1 article", "3 articles". */
final class Plural {
  private Plural() {}

  static String of(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  static String of(int n, String singular) {
    return of(n, singular, singular + "s");
  }

  /** "a, b and c". */
  static String join(java.util.List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
