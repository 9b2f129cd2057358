// The dashboard: one page, views chosen by the URL hash, filters kept in the URL.
import { h, fill, fmt, note } from './dom.js';
import { get } from './api.js';
import { current, update, FILTERS } from './state.js';
import * as charts from './charts.js';
import * as overview from './views/overview.js';
import * as dyad from './views/dyad.js';
import * as actor from './views/actor.js';
import * as network from './views/network.js';
import * as search from './views/search.js';
import * as documentView from './views/document.js';

const VIEWS = { overview, dyad, actor, network, search, document: documentView };
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

const form = document.getElementById('filters');
const main = document.getElementById('view');

function setUpFilters() {
  const type = form.elements.type;
  TYPES.forEach((t) => type.append(h('option', { value: t }, t.toLowerCase())));
  form.addEventListener('change', () => {
    const changes = {};
    for (const k of FILTERS) changes[k] = form.elements[k].value || '';
    update(changes);
  });
  document.getElementById('clear-filters').addEventListener('click', () => {
    const changes = {};
    for (const k of FILTERS) changes[k] = '';
    update(changes);
  });
}

function showFilters(params) {
  for (const k of FILTERS) form.elements[k].value = params[k] || '';
}

let rendering = 0;

async function route() {
  const s = current();
  showFilters(s.params);
  document.querySelectorAll('nav.views a').forEach((a) => a.classList.toggle('on', a.dataset.view === s.view));
  const view = VIEWS[s.view];
  const mine = ++rendering;
  charts.prune();
  if (!view) {
    fill(main, note('No such view: ' + s.view, 'error'));
    return;
  }
  main.dataset.view = s.view;
  main.dataset.ready = 'false';
  try {
    await view.render(main, s.args);
  } catch (e) {
    fill(main, note('This view failed: ' + e.message, 'error'));
  }
  if (mine === rendering) {
    charts.prune();
    main.dataset.ready = 'true';
  }
}

async function corpusLine() {
  try {
    const s = await get('stats');
    fill(document.getElementById('corpus-line'),
      `${fmt.int(s.documents)} documents · ${fmt.int(s.claims)} claims · ${fmt.int(s.families)} source families`);
  } catch (e) {
    fill(document.getElementById('corpus-line'), 'store unavailable');
  }
}

setUpFilters();
window.addEventListener('hashchange', route);
corpusLine();
route();
