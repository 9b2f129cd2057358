package dev.dyad.report.brief;

/**
 * How much the reading behind a brief can be trusted.
 *
 * @param documentsRead articles in the period about the subject (see {@link
 *     BriefStore#documentsAbout})
 * @param families source families among them
 * @param cited how many of them the brief cites
 * @param sentences sentences in them
 * @param speculativeSentences sentences that gave a speculative or conditional event or voice an
 *     assessment
 * @param withChromeResidue articles the cleaner had to strip of web chrome it noted (see {@link
 *     ChromeResidue})
 */
public record SourceQuality(
    int documentsRead,
    int families,
    int cited,
    int sentences,
    int speculativeSentences,
    int withChromeResidue) {

  /** Articles that copy another one read (documents minus source families). */
  public int duplicates() {
    return documentsRead - families;
  }

  /** Speculative sentences over all sentences, 0 when there are none. */
  public double speculativeShare() {
    return sentences == 0 ? 0 : (double) speculativeSentences / sentences;
  }
}
