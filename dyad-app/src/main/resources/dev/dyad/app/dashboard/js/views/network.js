import { h, fill, panel, note, badge } from '../dom.js';
import { get } from '../api.js';
import { current, filters, update, href } from '../state.js';
import { load } from './common.js';

const STATUSES = ['confirmed', 'reported', 'disputed', 'alleged', 'planned', 'speculative', 'denied'];

/** Draws an actor network with Cytoscape: edges signed (colour) and weighted (width). */
export function graph(el, net, { focus, onEdge } = {}) {
  if (!net.nodes.length) {
    fill(el, note('No claims to draw for these filters.'));
    return null;
  }
  const max = Math.max(1, ...net.edges.map((e) => e.weight));
  const elements = [
    ...net.nodes.map((n) => ({ data: { id: n.code, label: n.name, claims: n.claims, focus: n.code === focus ? 1 : 0 } })),
    ...net.edges.map((e, i) => ({
      data: {
        id: 'e' + i, source: e.source, target: e.target, weight: e.weight, sign: e.sign,
        width: 1 + (6 * e.weight) / max, ids: e.claim_ids,
      },
    })),
  ];
  fill(el);
  const cy = cytoscape({
    container: el,
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 10, color: '#1f2937', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        'background-color': '#5b6b80', width: 'mapData(claims, 1, 40, 12, 40)', height: 'mapData(claims, 1, 40, 12, 40)',
      } },
      { selector: 'node[focus = 1]', style: { 'background-color': '#f2a33a' } },
      { selector: 'edge', style: {
        width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
        'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', opacity: 0.85,
      } },
      { selector: 'edge[sign > 0]', style: { 'line-color': '#2f6db5', 'target-arrow-color': '#2f6db5' } },
      { selector: 'edge[sign < 0]', style: { 'line-color': '#c2412d', 'target-arrow-color': '#c2412d' } },
      { selector: 'edge:selected', style: { 'line-color': '#f2a33a', 'target-arrow-color': '#f2a33a' } },
    ],
    // Rings by degree (the focus, then the hubs, in the middle): readable and the same every time.
    layout: {
      name: 'concentric', animate: false, padding: 24, minNodeSpacing: 34, avoidOverlap: true,
      concentric: (n) => (n.data('focus') ? 1000 : n.degree()), levelWidth: () => 3,
    },
  });
  cy.on('tap', 'edge', (evt) => onEdge && onEdge(evt.target.data()));
  el.dataset.nodeIds = net.nodes.map((n) => n.code).join(',');
  el.dataset.nodes = String(net.nodes.length);
  return cy;
}

export async function render(main) {
  const s = current();
  const f = filters();
  const drawn = (s.params.statuses || 'confirmed,reported').split(',').filter((x) => STATUSES.includes(x));
  const canvas = h('div', { class: 'graph big', id: 'network-graph' });
  const side = h('div', { id: 'edge-claims' }, note('Click an edge to list its claims.'));
  const boxes = h('div', { class: 'checks' }, STATUSES.map((st) => h('label', {},
    h('input', { type: 'checkbox', value: st, checked: drawn.includes(st) ? 'checked' : null,
      onchange: () => update({ statuses: [...boxes.querySelectorAll('input:checked')].map((i) => i.value).join(',') }) }),
    ' ', st)));
  fill(main,
    h('div', { class: 'view-head' }, h('h1', {}, 'Actor network'),
      h('p', { class: 'muted' }, 'Edges run from source to target, width = claims, blue = cooperation, red = conflict.')),
    h('div', { class: 'grid network' },
      panel('Network', canvas, { class: 'wide-2', tools: boxes }),
      panel('Claims on the edge', side)));
  try {
    const { status, ...rest } = f;
    const net = await get('network', { ...rest, statuses: drawn.join(',') || 'confirmed' });
    graph(canvas, net, {
      onEdge: (e) => load(side, async () => {
        const page = await get('claims', { ...rest, dyad: e.source + ',' + e.target, limit: 1000 });
        const ids = new Set(e.ids);
        const claims = page.items.filter((c) => ids.has(c.claim_id));
        return [
          h('h3', {}, e.source, ' → ', e.target, h('span', { class: 'muted' }, ` ${e.weight} claims`)),
          h('ul', { class: 'edge-claims' }, claims.map((c) => h('li', {}, badge(c.status), ' ',
            h('a', { href: href('dyad', [c.source.code + '-' + c.target.code], { ...f, claim: c.claim_id }) }, c.statement)))),
        ];
      }),
    });
  } catch (e) {
    fill(canvas, note('Could not load the network: ' + e.message, 'error'));
  }
}
