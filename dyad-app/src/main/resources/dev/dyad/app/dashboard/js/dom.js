// Safe DOM building: every piece of data goes in as text, never as markup.

/** An element with attributes and children (strings become text nodes). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href') { const safe = safeHref(v); if (safe) el.setAttribute('href', safe); }
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Empties an element and fills it again. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * A link target we are willing to make: our own hash routes and API paths, or an absolute http(s)
 * address. Anything else (javascript:, data:, relative tricks) gives null: shown as text instead.
 */
export function safeHref(v) {
  const s = String(v ?? '').trim();
  if (s.startsWith('#/') || s.startsWith('/api/v1/')) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/** An outside link (opens without a referrer), or the address as plain text when not http(s). */
export function outLink(url, label) {
  const safe = safeHref(url);
  if (!safe || safe.startsWith('#') || safe.startsWith('/')) return h('span', { class: 'uri' }, label ?? url ?? '');
  return h('a', { href: safe, rel: 'noopener noreferrer', target: '_blank', class: 'uri' }, label ?? url);
}

/** The host of an address, for "source" columns; the raw text when it is not a URL. */
export function host(url) {
  const raw = String(url ?? '');
  try {
    const name = new URL(raw).hostname.replace(/^www\./, '');
    if (name) return name;
  } catch (e) {
    // not a URL: a file the store was fed from
  }
  // A file path shows its name only (never the folders of the machine that ingested it).
  const last = raw.split(/[\\/]/).filter(Boolean).pop();
  return last || raw || '(no address)';
}

export const fmt = {
  int: (n) => (n ?? 0).toLocaleString('en-US'),
  num: (n, d = 2) => (n === null || n === undefined ? '–' : Number(n).toFixed(d)),
  pct: (n) => (n === null || n === undefined ? 'new' : (n > 0 ? '+' : '') + Math.round(n * 100) + '%'),
};

/** A status badge. */
export function badge(status) {
  return h('span', { class: 'badge st-' + status }, status);
}

/** A panel with a title and a body. */
export function panel(title, body, extra = {}) {
  return h('section', { class: 'panel ' + (extra.class || ''), id: extra.id },
    h('header', {}, h('h2', {}, title), extra.tools || null),
    h('div', { class: 'panel-body' }, body));
}

export function note(text, cls = 'muted') {
  return h('p', { class: cls }, text);
}
