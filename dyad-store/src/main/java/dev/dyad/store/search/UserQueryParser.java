package dev.dyad.store.search;

import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Reads a user's query without ever throwing: Lucene's classic syntax (words, "phrases", AND, OR,
 * NOT, -minus, +plus, parentheses, prefix*), all words required unless OR says otherwise. Input it
 * cannot read is searched as plain words, and the reason is kept for the caller.
 *
 * <p>Not thread-safe parsing state lives in a {@link QueryParser} made per call, so one instance
 * serves all threads.
 */
final class UserQueryParser {
  /**
   * Longer input is cut: it bounds the parser's recursion ("((((…") and the clause count, both of
   * which otherwise fail deep inside Lucene.
   */
  static final int MAX_CHARS = 1000;

  private final Analyzer analyzer;

  UserQueryParser(Analyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** A query read from user input, and why it was not read as written, if it was not. */
  record Parsed(Query query, Optional<String> problem) {}

  Parsed parse(String input) {
    Objects.requireNonNull(input, "input");
    String text = cut(input);
    Optional<String> cutNote =
        text.length() < input.length()
            ? Optional.of("the query was cut to its first " + text.length() + " characters")
            : Optional.empty();
    try {
      QueryParser parser = new QueryParser(SentenceFields.TEXT, analyzer);
      // Every word must match, as in web search; a sentence is too short for OR to rank well.
      parser.setDefaultOperator(QueryParser.Operator.AND);
      return new Parsed(parser.parse(withLiteralColons(text)), cutNote);
    } catch (org.apache.lucene.queryparser.classic.ParseException
        | RuntimeException
        | StackOverflowError e) {
      // Parsing reads no files, so anything thrown here is about the input (a bad regular
      // expression throws IllegalArgumentException, not ParseException).
      return new Parsed(plainWords(text), Optional.of(explain(e)));
    }
  }

  /** The analysed words of {@code text}, all required; matches nothing when there are none. */
  Query plainWords(String text) {
    Query q =
        new QueryBuilder(analyzer)
            .createBooleanQuery(SentenceFields.TEXT, cut(text), BooleanClause.Occur.MUST);
    return q != null ? q : new MatchNoDocsQuery("no words to search for");
  }

  static String explain(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int line = message.indexOf('\n');
    String first = line < 0 ? message : message.substring(0, line).strip();
    return "could not read the query as written (" + first + "); searched for its words instead";
  }

  private static String cut(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end);
  }

  /**
   * Escapes every unescaped colon. Only one field is searchable, so "field:" syntax has no use,
   * while "Seoul: officials said" would otherwise search a field named Seoul and find nothing.
   */
  static String withLiteralColons(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(++i));
      } else if (c == ':') {
        out.append("\\:");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
