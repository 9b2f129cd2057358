import { h, fill, panel, note } from '../dom.js';
import { get } from '../api.js';
import { current, filters, update } from '../state.js';
import { load, claimsTable, evidence, assessments, downloads } from './common.js';
import * as charts from '../charts.js';

export async function render(main, [pair]) {
  const [a, b] = String(pair || '').split('-');
  if (!a || !b) {
    fill(main, note('Pick a dyad on the overview.', 'error'));
    return;
  }
  const s = current();
  const f = filters();
  const by = s.params.by === 'week' ? 'week' : 'month';
  const subject = { dyad: a + ',' + b };
  const title = h('h1', {}, a, ' – ', b);
  const chart = h('div', { class: 'chart', id: 'timeline-chart' });
  const claims = h('div', { id: 'claims' });
  const detail = h('div', { id: 'evidence' }, note('Click a claim to read its evidence.'));
  const topics = h('div', { id: 'assessments' });
  const periodSwitch = h('div', { class: 'switch' },
    ['week', 'month'].map((p) => h('button', { type: 'button', class: p === by ? 'on' : '', onclick: () => update({ by: p }) }, p)));
  fill(main,
    h('div', { class: 'view-head' }, title, downloads(subject)),
    h('div', { class: 'grid dyad' },
      panel('Cooperation and conflict', chart, { class: 'wide', tools: periodSwitch }),
      panel('Claims', claims, { id: 'claims-panel' }),
      panel('Evidence', detail, { id: 'evidence-panel' }),
      panel('Assessments — speculation in the sources, not facts', topics, { class: 'wide assessments-panel' })));

  get('actors', { dyad: a + ',' + b, limit: 2 }).then((r) => {
    const names = Object.fromEntries(r.items.map((x) => [x.code, x.name]));
    fill(title, names[a] || a, ' – ', names[b] || b);
  }).catch(() => null);

  const chartDone = load(chart, async () => {
    const t = await get('timeline', { ...subject, ...f, by });
    if (!t.periods.length) return note('No dated claims for this dyad and these filters.');
    const el = h('div', { class: 'chart-canvas' });
    requestAnimationFrame(() => charts.timeline(el, t, (since, until) => update({ since, until })));
    const extra = t.unplaced.length ? note(`${t.unplaced.length} claims are not placed in time (undated or historical).`) : null;
    return [el, extra];
  });

  const showClaim = (id) => load(detail, () => evidence(id));
  const claimsDone = load(claims, async () => {
    const page = await get('claims', { ...subject, ...f, limit: 500 });
    const table = claimsTable(page.items, (c) => {
      update({ claim: c.claim_id });
    });
    if (s.params.claim) {
      table.querySelectorAll('tr[data-claim]').forEach((r) => r.classList.toggle('selected', r.dataset.claim === s.params.claim));
    }
    const more = page.total > page.items.length ? note(`Showing ${page.items.length} of ${page.total}.`) : null;
    return [table, more];
  });
  if (s.params.claim) showClaim(s.params.claim);
  // The first render of the page (chart and claims drawn), from the navigation's start: what
  // dyad bench serve reads as the time to first render.
  Promise.all([chartDone, claimsDone]).then(() => requestAnimationFrame(() => {
    if (!document.body.dataset.firstRenderMs) document.body.dataset.firstRenderMs = String(Math.round(performance.now()));
  }));

  load(topics, async () => assessments((await get('assessments', { ...subject, since: f.since, until: f.until, limit: 200 })).items));
}
