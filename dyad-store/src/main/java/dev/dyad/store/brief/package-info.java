/**
 * The analyst brief: a {@link dev.dyad.store.brief.Brief} built once from the store by {@link
 * dev.dyad.store.brief.BriefBuilder} for a dyad or one actor, then rendered by {@link
 * dev.dyad.store.brief.MarkdownBrief} or {@link dev.dyad.store.brief.HtmlBrief}, which share one
 * walk over the sections ({@code BriefWalk}) and every sentence ({@code Wording}). Every sentence
 * of it comes from templates over the stored claims and assessments, and every item carries the
 * numbers of the sources it stands on.
 *
 * <p>Claims are dated, and a dyad's timeline drawn, by the store's analytics ({@link
 * dev.dyad.store.analytics.Analytics}), so the brief agrees with {@code dyad timeline}.
 */
package dev.dyad.store.brief;
