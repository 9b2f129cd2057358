// The dashboard's state lives in the URL hash: #/view/arg?since=…&until=…&status=…
// so every view can be shared and reloaded as it is.

export const FILTERS = ['since', 'until', 'status', 'modality', 'type'];

export function current() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query] = raw.split('?');
  const parts = (path || 'overview').split('/').map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query || ''));
  return { view: parts[0] || 'overview', args: parts.slice(1), params };
}

/** The hash of a view with parameters (empty ones dropped). */
export function href(view, args = [], params = {}) {
  const path = [view, ...args].map(encodeURIComponent).join('/');
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  const q = p.toString();
  return '#/' + path + (q ? '?' + q : '');
}

/** The filters of the current URL only. */
export function filters(params = current().params) {
  const out = {};
  for (const k of FILTERS) if (params[k]) out[k] = params[k];
  return out;
}

/** Goes to a view keeping the filters. */
export function go(view, args = [], extra = {}) {
  location.hash = href(view, args, { ...filters(), ...extra });
}

/** Changes parameters of the current view. */
export function update(changes) {
  const s = current();
  location.hash = href(s.view, s.args, { ...s.params, ...changes });
}
