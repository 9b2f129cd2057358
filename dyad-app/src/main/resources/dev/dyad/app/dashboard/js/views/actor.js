import { h, fill, fmt, panel, note } from '../dom.js';
import { get } from '../api.js';
import { current, filters, href, go } from '../state.js';
import { load, downloads } from './common.js';
import { balanceClass } from './overview.js';
import * as charts from '../charts.js';
import { graph } from './network.js';

export async function render(main, [code]) {
  if (!code) {
    fill(main, note('Pick an actor on the overview.', 'error'));
    return;
  }
  const f = filters();
  const by = current().params.by === 'week' ? 'week' : 'month';
  const title = h('h1', {}, code);
  const partners = h('div');
  const ego = h('div', { class: 'graph', id: 'ego-network' });
  const chart = h('div', { class: 'chart', id: 'actor-timeline' });
  fill(main,
    h('div', { class: 'view-head' }, title, downloads({ actor: code })),
    h('div', { class: 'grid actor' },
      panel('Cooperation and conflict', chart, { class: 'wide' }),
      panel('Partners', partners),
      panel('Ego network (confirmed and reported claims)', ego)));

  load(partners, async () => {
    const list = (await get('dyads', { ...f, actor: code, limit: 25 })).items;
    if (!list.length) return note('No claims with this actor pass these filters.');
    const me = list[0].a === code || list[0].a.startsWith(code) ? list[0].a_name : list[0].b_name;
    fill(title, me, h('span', { class: 'code' }, code));
    return h('table', { class: 'dyads' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Partner'), h('th', { class: 'num' }, 'Claims'), h('th', { class: 'num' }, 'Balance'), h('th', {}, 'Last'))),
      h('tbody', {}, list.map((d) => {
        const other = d.a.startsWith(code) ? { c: d.b, n: d.b_name } : { c: d.a, n: d.a_name };
        return h('tr', {},
          h('td', {}, h('a', { href: href('dyad', [d.a + '-' + d.b], f) }, other.n)),
          h('td', { class: 'num' }, fmt.int(d.claims)),
          h('td', { class: 'num ' + balanceClass(d.balance) }, fmt.num(d.balance)),
          h('td', { class: 'date' }, d.last || '–'));
      })));
  });

  load(chart, async () => {
    const t = await get('timeline', { actor: code, ...f, by });
    if (!t.periods.length) return note('No dated claims for this actor.');
    const el = h('div', { class: 'chart-canvas' });
    requestAnimationFrame(() => charts.timeline(el, t, (since, until) => go('actor', [code], { since, until })));
    return el;
  });

  get('network', { ...f, actor: code, status: undefined, statuses: f.status || undefined })
    .then((n) => graph(ego, n, { focus: code, onEdge: (e) => go('dyad', [e.source + '-' + e.target]) }))
    .catch((e) => fill(ego, note('No network: ' + e.message, 'error')));
}
