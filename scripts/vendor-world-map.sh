#!/usr/bin/env bash
# Writes the dashboard's world map (dyad-app/src/main/resources/dev/dyad/app/dashboard/vendor/
# world-110m.geo.json) from two npm packages: world-atlas (Natural Earth 1:110m countries as
# TopoJSON, ISC) and i18n-iso-countries (ISO 3166 numeric to alpha-3 codes, MIT), converted to
# GeoJSON with topojson-client. Run by hand when the versions change; the build needs no npm.
# No Maven artifact carries country geometry, so the file is kept in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
out="dyad-app/src/main/resources/dev/dyad/app/dashboard/vendor/world-110m.geo.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0 >/dev/null)
for f in "$work"/*.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
node - "$work" "$out" <<'JS'
const [work, out] = process.argv.slice(2);
const fs = require('fs');
const path = require('path');
const pkg = (name) => path.join(work, fs.readdirSync(work).find((d) => d.startsWith(name) && !d.endsWith('.tgz')), 'package');
const topojson = require(path.join(pkg('topojson-client'), 'dist', 'topojson-client.js'));
const world = JSON.parse(fs.readFileSync(path.join(pkg('world-atlas'), 'countries-110m.json'), 'utf8'));
const codes = JSON.parse(fs.readFileSync(path.join(pkg('i18n-iso-countries'), 'codes.json'), 'utf8'));
const alpha3 = new Map(codes.map(([, a3, num]) => [String(num).padStart(3, '0'), a3]));
// Quirk: Natural Earth gives Kosovo no ISO number; Dyad's dictionary codes it XKX.
const byName = new Map([['Kosovo', 'XKX']]);
const round = (c) => (typeof c[0] === 'number' ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
// Quirk: a ring that crosses the antimeridian (Russia, Fiji) jumps from +180 to -180 and would be
// drawn as a stripe across a flat map: unwrap it, then clamp it to the map's edge.
const ring = (pts) => {
  let shift = 0;
  const out = [pts[0].slice()];
  for (let i = 1; i < pts.length; i++) {
    const d = pts[i][0] + shift - out[i - 1][0];
    if (d > 180) shift -= 360;
    else if (d < -180) shift += 360;
    out.push([pts[i][0] + shift, pts[i][1]]);
  }
  return out.map(([x, y]) => [Math.max(-180, Math.min(180, x)), y]);
};
const unwrap = (g) => g.type === 'Polygon'
  ? { type: g.type, coordinates: g.coordinates.map(ring) }
  : { type: g.type, coordinates: g.coordinates.map((poly) => poly.map(ring)) };
const geo = topojson.feature(world, world.objects.countries);
const features = geo.features
  .map((f) => ({ code: alpha3.get(f.id) || byName.get(f.properties.name), f }))
  // Antarctica is left out: no actor there, and a flat map makes it the largest shape.
  .filter(({ code }) => code && code !== 'ATA')
  .map(({ code, f }) => ({ type: 'Feature', id: code, properties: { name: code, title: f.properties.name },
    geometry: round2(unwrap(f.geometry)) }));
function round2(g) { return { type: g.type, coordinates: round(g.coordinates) }; }
fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
console.log(`${out}: ${features.length} countries`);
JS
