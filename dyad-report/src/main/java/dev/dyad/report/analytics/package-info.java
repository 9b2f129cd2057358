/**
 * What the store's analytics answer with, as plain values: actor and dyad activity, a dyad's
 * timeline period by period, claim dates, and the cooperation–conflict balance with the weights it
 * is made of ({@link dev.dyad.report.analytics.ClaimWeights}). The brief and the output contracts
 * read them; the store computes them in SQL.
 */
package dev.dyad.report.analytics;
