import { h, fill, panel, note, host } from '../dom.js';
import { get } from '../api.js';
import { current, update, href, filters } from '../state.js';
import { markedSentence, eventLink } from './common.js';

export async function render(main) {
  const q = current().params.q || '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'troops deployed, "joint exercise", sanctions -trade', 'aria-label': 'Search' });
  const form = h('form', { class: 'search', onsubmit: (e) => { e.preventDefault(); update({ q: input.value.trim() }); } },
    input, h('button', { type: 'submit' }, 'Search'));
  const results = h('div', { id: 'search-results' });
  fill(main, h('div', { class: 'view-head' }, h('h1', {}, 'Search the sentences'), form), panel('Results', results, { class: 'wide' }));
  if (!q) {
    fill(results, note('Words must all appear (stemmed: "deployed" finds "deployment"); "quoted phrases", OR and -word work.'));
    return;
  }
  try {
    const hits = (await get('search', { q, limit: 50 })).items;
    if (!hits.length) {
      fill(results, note('No sentence matches.'));
      return;
    }
    const f = filters();
    fill(results, h('ol', { class: 'hits' }, hits.map((x) => h('li', {},
      h('blockquote', {}, x.events.length ? markedSentence(x.sentence, x.events[0].span, x.events[0].modality_cue, x.events[0].modality) : x.sentence),
      h('div', { class: 'meta' },
        h('a', { href: href('document', [x.doc_id], { ...f, s: x.sentence_index }) }, host(x.doc_uri)),
        h('span', { class: 'muted' }, ` · sentence ${x.sentence_index + 1} · score ${x.score.toFixed(2)}`)),
      x.events.length ? h('ul', { class: 'events' }, x.events.map((e) => h('li', {},
        eventLink(e, f),
        ' ', h('span', { class: 'mod mod-' + e.modality }, e.modality)))) : null))));
  } catch (e) {
    fill(results, note('Search failed: ' + e.message, 'error'));
  }
}
