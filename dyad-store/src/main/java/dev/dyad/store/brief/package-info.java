/**
 * The analyst brief: a {@link dev.dyad.store.brief.Brief} built once from the store by {@link
 * dev.dyad.store.brief.BriefBuilder} for a dyad or one actor, then rendered by {@link
 * dev.dyad.store.brief.MarkdownBrief} or {@link dev.dyad.store.brief.HtmlBrief}. Every sentence
 * of it comes from templates over the stored claims and assessments, and every item carries the
 * numbers of the sources it stands on.
 *
 * <p>{@link dev.dyad.store.brief.InterimTimeline} holds the claim-date rule and the timeline until
 * the store's analytics provide them.
 */
package dev.dyad.store.brief;
