import { h, fill, fmt, panel, note } from '../dom.js';
import { get } from '../api.js';
import { href, filters, go } from '../state.js';
import { load } from './common.js';
import * as charts from '../charts.js';

export async function render(main) {
  const f = filters();
  const figures = h('div', { class: 'figures' });
  const dyads = h('div');
  const map = h('div', { class: 'map', id: 'world-map' });
  const changes = h('div');
  fill(main,
    h('div', { class: 'grid overview' },
      panel('Corpus', figures, { class: 'wide' }),
      panel('Most active dyads', dyads, { id: 'top-dyads' }),
      panel('Actor activity', map, { id: 'actor-map' }),
      panel('What changed', changes, { id: 'what-changed', class: 'wide' })));

  load(figures, async () => {
    const s = await get('stats');
    const cell = (n, label) => h('div', { class: 'figure' }, h('strong', {}, fmt.int(n)), h('span', {}, label));
    return [cell(s.documents, 'documents'), cell(s.families, 'source families'), cell(s.events, 'events'),
      cell(s.claims, 'claims'), cell(s.assessments, 'assessments')];
  });

  load(dyads, async () => {
    const top = (await get('dyads', { ...f, limit: 12 })).items;
    if (!top.length) return note('No claims between two actors pass these filters.');
    const rows = top.map((d) => {
      const spark = h('div', { class: 'spark' });
      get('timeline', { dyad: d.a + ',' + d.b, by: 'month', ...f }).then((t) => charts.sparkline(spark, t.periods)).catch(() => null);
      return h('tr', {},
        h('td', {}, h('a', { href: href('dyad', [d.a + '-' + d.b], f) }, d.a_name, ' – ', d.b_name)),
        h('td', { class: 'num' }, fmt.int(d.claims)),
        h('td', { class: 'num ' + balanceClass(d.balance) }, fmt.num(d.balance)),
        h('td', {}, spark));
    });
    return h('table', { class: 'dyads' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Dyad'), h('th', { class: 'num' }, 'Claims'),
        h('th', { class: 'num', title: '-1 all conflict … +1 all cooperation' }, 'Balance'), h('th', {}, 'Balance by month'))),
      h('tbody', {}, rows));
  });

  const actors = (await get('actors', { ...f, limit: 250 }).catch(() => ({ items: [] }))).items;
  charts.worldMap(map, actors, (code) => go('actor', [code])).catch((e) => fill(map, note('No map: ' + e.message)));

  load(changes, async () => {
    const c = await get('changes', f);
    if (!c.week) return note('No dated claims to compare.');
    const list = (rows, label) => rows.length
      ? h('table', { class: 'changes' }, h('tbody', {}, rows.slice(0, 12).map((r) => h('tr', {},
        h('td', {}, r.code
          ? h('a', { href: href('actor', [r.code], f) }, r.name)
          : h('a', { href: href('dyad', [r.a + '-' + r.b], f) }, r.a_name, ' – ', r.b_name)),
        h('td', { class: 'measure m-' + r.measure }, r.measure),
        h('td', { class: 'num ' + direction(r) }, fmt.pct(r.change)),
        h('td', { class: 'muted num' }, `${r.claims_latest} now / ${r.claims_prior} before`)))))
      : note(`No ${label} moved by more than ${Math.round(c.threshold * 100)}%.`);
    return [
      note(`Week ${c.week} (${c.week_start} to ${c.week_end}) against the weekly mean of the 4 weeks from ${c.prior_start}; weighted claims, series with fewer than ${c.min_claims} claims left out.`),
      h('div', { class: 'cols' }, h('div', {}, h('h3', {}, 'Dyads'), list(c.dyads, 'dyad')), h('div', {}, h('h3', {}, 'Actors'), list(c.actors, 'actor'))),
    ];
  });
}

/** More conflict or less cooperation reads as worse; the opposite as better. */
function direction(r) {
  const up = r.change === null || r.change > 0;
  return (r.measure === 'conflict') === up ? 'worse' : 'better';
}

export function balanceClass(b) {
  if (b === null || b === undefined) return '';
  return b > 0.15 ? 'coop' : b < -0.15 ? 'conflict' : '';
}
