/**
 * The analyst brief: a {@link dev.dyad.report.brief.Brief} built once from a store by {@link
 * dev.dyad.report.brief.BriefBuilder} for a dyad or one actor, then rendered by {@link
 * dev.dyad.report.brief.MarkdownBrief} or {@link dev.dyad.report.brief.HtmlBrief}, which share one
 * walk over the sections ({@code BriefWalk}) and every sentence ({@code Wording}). Every sentence
 * of it comes from templates over the stored claims and assessments, and every item carries the
 * numbers of the sources it stands on.
 *
 * <p>The builder reads the store only through {@link dev.dyad.report.brief.BriefStore}, which the
 * store implements: claims and assessments by query, the articles about the subject, and the
 * store's claim dates and dyad timelines, so the brief agrees with {@code dyad timeline}. The
 * renderers read only the built {@code Brief}.
 */
package dev.dyad.report.brief;
