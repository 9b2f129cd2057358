package dev.dyad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English analysis for sentence text: standard tokens, possessives dropped, lower case, English
 * stop words, Snowball English (Porter2) stems.
 *
 * <p>{@link EnglishAnalyzer} is the same chain with the original Porter stemmer; Porter2 is used
 * instead because Porter stems "deployed" to "deploi" but "deployment" to "deploy", and news search
 * needs the verb to find the noun. The same analyzer serves indexing and queries.
 */
final class SentenceAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    // A stemmer holds state, so each token stream (one per thread) gets its own.
    result = new SnowballFilter(result, new EnglishStemmer());
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Wildcard and fuzzy terms skip analysis; lower-casing them keeps "Russ*" matching.
    return new LowerCaseFilter(in);
  }
}
