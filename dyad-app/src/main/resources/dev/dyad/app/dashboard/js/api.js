// The REST API under /api/v1.

/** Query string from an object, skipping empty values. */
export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const s = p.toString();
  return s ? '?' + s : '';
}

/** GET a JSON answer; an error answer becomes an Error with the server's message. */
export async function get(path, params) {
  const res = await fetch('/api/v1/' + path + qs(params), { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(body.message || res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

/** A download link's address. */
export function url(path, params) {
  return '/api/v1/' + path + qs(params);
}
