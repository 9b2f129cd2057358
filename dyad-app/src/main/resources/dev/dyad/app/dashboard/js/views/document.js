import { h, fill, panel, note, outLink } from '../dom.js';
import { get } from '../api.js';
import { current, filters } from '../state.js';
import { eventLink } from './common.js';

const MODALITIES = ['asserted', 'reported', 'alleged', 'planned', 'speculative', 'conditional', 'negated'];

/** The cleaned text as text nodes, each coded event's words marked in its modality's colour. */
function highlighted(doc, focus) {
  const marks = doc.events.map((e) => {
    const off = doc.sentence_offsets[e.sentence_index] || [0, 0];
    return { s: off[0] + e.span[0], e: off[0] + e.span[1], ev: e };
  }).sort((a, b) => a.s - b.s || b.e - a.e);
  const text = doc.text;
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.s < at || m.e > text.length) continue;
    out.push(text.slice(at, m.s));
    const e = m.ev;
    out.push(h('mark', {
      class: 'ev mod-' + e.modality,
      title: `${e.source.code} ${e.event_type}${e.mode ? '/' + e.mode : ''}${e.target ? ' ' + e.target.code : ''} · ${e.modality}${e.modality_cue ? ' (“' + e.modality_cue + '”)' : ''}`,
    }, text.slice(m.s, m.e)));
    at = m.e;
  }
  out.push(text.slice(at));
  const body = h('div', { class: 'doc-text' }, out);
  if (focus !== undefined && doc.sentence_offsets[focus]) body.dataset.focus = String(focus);
  return body;
}

export async function render(main, [id]) {
  const focus = current().params.s !== undefined ? Number(current().params.s) : undefined;
  const body = h('div', { id: 'document' });
  fill(main, body);
  try {
    const d = await get('documents/' + encodeURIComponent(id));
    const f = filters();
    fill(body,
      h('div', { class: 'view-head' },
        h('h1', { class: 'doc-title' }, d.title || '(no title)'),
        h('p', { class: 'muted' }, outLink(d.uri), ' · ', d.published || 'undated', ` · ${d.sentences.length} sentences · ${d.events.length} events`)),
      h('div', { class: 'grid document' },
        panel('Text', highlighted(d, focus), { class: 'wide-2' }),
        panel('Events', h('div', {},
          h('div', { class: 'legend' }, MODALITIES.map((m) => h('span', { class: 'mod mod-' + m }, m))),
          d.events.length ? h('ol', { class: 'doc-events' }, d.events.map((e) => h('li', {},
            eventLink(e, f),
            ' ', h('span', { class: 'mod mod-' + e.modality }, e.modality),
            e.date ? h('span', { class: 'muted' }, ' · ', e.date) : null))) : note('No events were coded from this text.'),
          d.warnings.length ? h('div', { class: 'warnings' }, h('h4', {}, 'Cleaning notes'), h('ul', {}, d.warnings.map((w) => h('li', {}, w)))) : null))));
  } catch (e) {
    fill(body, note('Could not load the document: ' + e.message, 'error'));
  }
}
