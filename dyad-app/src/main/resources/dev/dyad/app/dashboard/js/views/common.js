// Pieces several views share.
import { h, fill, badge, fmt, host, panel, note } from '../dom.js';
import { get, url } from '../api.js';
import { href, filters } from '../state.js';

/** Runs an async loader into a panel body, showing a quiet line while waiting and errors inline. */
export async function load(el, loader) {
  fill(el, note('Loading…'));
  try {
    const content = await loader();
    fill(el, content);
  } catch (e) {
    fill(el, h('p', { class: 'error' }, 'Could not load: ' + e.message));
  }
}

/** The claims table; onPick(claim) on a row. */
export function claimsTable(claims, onPick) {
  if (!claims.length) return note('No claims pass these filters.');
  const rows = claims.map((c) => {
    const tr = h('tr', { tabindex: '0', class: 'pick', 'data-claim': c.claim_id },
      h('td', {}, badge(c.status)),
      h('td', { class: 'statement' }, c.statement),
      h('td', { class: 'num' }, fmt.int(c.independent_sources)),
      h('td', { class: 'num' }, fmt.int(c.documents)),
      h('td', { class: 'date' }, c.first_reported || '–'),
      h('td', { class: 'date' }, c.last_reported || '–'));
    const pick = () => {
      tr.parentElement.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
      tr.classList.add('selected');
      onPick(c);
    };
    tr.addEventListener('click', pick);
    tr.addEventListener('keydown', (e) => (e.key === 'Enter' ? pick() : null));
    return tr;
  });
  return h('div', { class: 'table-wrap' }, h('table', { class: 'claims' },
    h('thead', {}, h('tr', {},
      h('th', {}, 'Status'), h('th', {}, 'Claim'), h('th', { class: 'num', title: 'independent sources' }, 'Sources'),
      h('th', { class: 'num' }, 'Docs'), h('th', {}, 'First report'), h('th', {}, 'Last report'))),
    h('tbody', {}, rows)));
}

/** A sentence with the event span and the modality cue marked (all as text nodes). */
export function markedSentence(sentence, span, cue, modality) {
  const marks = [];
  if (span && span[1] > span[0]) marks.push({ s: span[0], e: span[1], cls: 'span mod-' + modality, title: 'event' });
  if (cue) {
    const i = sentence.toLowerCase().indexOf(String(cue).toLowerCase());
    if (i >= 0) marks.push({ s: i, e: i + cue.length, cls: 'cue', title: 'modality cue: ' + modality });
  }
  marks.sort((a, b) => a.s - b.s);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.s < at) continue; // overlapping marks: keep the first
    out.push(sentence.slice(at, m.s));
    out.push(h('mark', { class: m.cls, title: m.title }, sentence.slice(m.s, m.e)));
    at = m.e;
  }
  out.push(sentence.slice(at));
  return out;
}

/** A claim's evidence: every sentence, its source, family, date, and a link to the document. */
export async function evidence(claimId) {
  const c = await get('claims/' + encodeURIComponent(claimId));
  const items = c.evidence.map((x) =>
    h('li', { class: 'evidence' },
      h('blockquote', {}, markedSentence(x.sentence, x.span, x.modality_cue, x.modality)),
      h('div', { class: 'meta' },
        h('span', { class: 'mod mod-' + x.modality }, x.modality),
        x.modality_cue ? h('span', { class: 'muted' }, ' cue “', x.modality_cue, '”') : null,
        h('span', {}, ' · ', host(x.doc_uri)),
        h('span', { class: 'muted', title: 'source family' }, ' · family ', String(x.family_id).slice(0, 8)),
        h('span', {}, ' · ', x.published || 'undated'),
        ' · ',
        h('a', { href: href('document', [x.doc_id], { ...filters(), s: x.sentence_index }) }, 'document'))));
  return h('div', { class: 'claim-detail', 'data-claim': c.claim_id },
    h('h3', {}, badge(c.status), ' ', c.statement),
    h('p', { class: 'muted' },
      `${c.event_type}${c.mode ? '/' + c.mode : ''} · ${c.independent_sources} independent source${c.independent_sources === 1 ? '' : 's'} · ${c.documents} document${c.documents === 1 ? '' : 's'} · modality: `,
      Object.entries(c.modality_profile).filter(([, n]) => n > 0).map(([m, n]) => `${m} ${n}`).join(', ')),
    h('ol', { class: 'evidence-list' }, items));
}

/** Assessments grouped by topic: speculation, kept apart from the claims. */
export function assessments(list) {
  if (!list.length) return note('No assessments in the sources for this selection.');
  const byTopic = new Map();
  for (const a of list) {
    if (!byTopic.has(a.topic)) byTopic.set(a.topic, []);
    byTopic.get(a.topic).push(a);
  }
  return h('div', { class: 'topics' }, [...byTopic.entries()].map(([topic, items]) =>
    h('div', { class: 'topic' },
      h('h4', {}, topic),
      h('ul', {}, items.map((a) => h('li', {},
        h('span', { class: 'dir dir-' + a.direction }, a.direction), ' ', a.statement,
        h('span', { class: 'muted' }, ` (${a.independent_sources} source${a.independent_sources === 1 ? '' : 's'})`)))))));
}

/** Downloads of the filtered data and the brief. */
export function downloads(subject) {
  const f = filters();
  const briefParams = { ...subject, since: f.since, until: f.until };
  const dataParams = { ...subject, ...f };
  return h('div', { class: 'downloads' },
    h('span', { class: 'muted' }, 'Brief '),
    h('a', { href: url('brief', { ...briefParams, format: 'md' }), download: '' }, 'Markdown'), ' ',
    h('a', { href: url('brief', { ...briefParams, format: 'html' }), download: '' }, 'HTML'),
    h('span', { class: 'muted sep' }, 'Claims '),
    ['csv', 'jsonl', 'parquet'].map((fm) => [h('a', { href: url('download/claims', { ...dataParams, format: fm }), download: '' }, fm), ' ']));
}

/**
 * A link to an event's dyad, or to its actor when it has no target (a protest, a mobilisation:
 * `target` is null), labelled "SRC TYPE TGT" or "SRC TYPE".
 */
export function eventLink(e, f) {
  if (!e.target) return h('a', { href: href('actor', [e.source.code], f) }, e.source.code, ' ', e.event_type);
  return h('a', { href: href('dyad', [e.source.code + '-' + e.target.code], f) }, e.source.code, ' ', e.event_type, ' ', e.target.code);
}

export { panel };
