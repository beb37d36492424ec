// The bundled outlines (shared/geo, generated from Natural Earth) decoded once, and drawn
// as SVG path data in the map's model space: land, state borders, the U.S.–Mexico border.
import { geoCentroid, geoContains, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import data from '../../../shared/geo/us-mx-states.topo.json' with { type: 'json' };
import { makeProjection, regionOfState, type MapProjection, type Region } from './projection';

export interface StateProps {
  name: string;
  country: 'US' | 'MX';
  postal: string;
}
export type StateFeature = Feature<Geometry, StateProps> & { id: string };

const topo = data as unknown as Topology<{
  states: GeometryCollection<StateProps>;
  neighbours: GeometryCollection;
}>;
export const STATES = (feature(topo, topo.objects.states) as FeatureCollection<Geometry, StateProps>)
  .features as StateFeature[];
const NEIGHBOURS = (feature(topo, topo.objects.neighbours) as FeatureCollection).features;

const byCode = (code: string) => STATES.find((s) => s.id === code)!;
export const PROJECTION: MapProjection = makeProjection(
  STATES.filter((s) => regionOfState(s.id) === 'main'),
  byCode('US-AK'),
  byCode('US-HI'),
);

/** The state whose outline holds a point, by its ISO code ("MX-JAL"), or null offshore. */
export function stateAt(lon: number, lat: number): string | null {
  return STATES.find((s) => geoContains(s, [lon, lat]))?.id ?? null;
}

export interface OutlinePaths {
  neighbours: string;
  us: string;
  mx: string;
  stateBorders: string;
  countryBorder: string;
  labels: { x: number; y: number; text: string; country: 'US' | 'MX'; size: 'small' | 'large' }[];
}

let cached: OutlinePaths | null = null;

/** Path data of every layer, in model space, computed once. */
export function outlinePaths(): OutlinePaths {
  cached ??= draw();
  return cached;
}

function draw(): OutlinePaths {
  const regions: Region[] = ['main', 'alaska', 'hawaii'];
  const paths = Object.fromEntries(regions.map((r) => [r, geoPath(PROJECTION.of(r))])) as Record<
    Region,
    ReturnType<typeof geoPath>
  >;
  const inRegion = (r: Region, country: string) =>
    STATES.filter((s) => regionOfState(s.id) === r && s.properties.country === country);
  const land = (country: string) =>
    regions
      .map((r) =>
        inRegion(r, country)
          .map((s) => paths[r](s) ?? '')
          .join(''),
      )
      .join('');
  const states = topo.objects.states;
  const countryOf = (g: { properties?: unknown }) => (g.properties as StateProps).country;
  const inner = mesh(topo, states, (a, b) => a !== b && countryOf(a) === countryOf(b));
  const border = mesh(topo, states, (a, b) => a !== b && countryOf(a) !== countryOf(b));
  return {
    neighbours: NEIGHBOURS.map((n) => paths.main(n) ?? '').join(''),
    us: land('US'),
    mx: land('MX'),
    stateBorders: paths.main(inner as MultiLineString) ?? '',
    countryBorder: paths.main(border as MultiLineString) ?? '',
    labels: STATES.map((s) => {
      const [x, y] = PROJECTION.project(...geoCentroid(s));
      const area = paths[regionOfState(s.id)].area(s);
      return {
        x,
        y,
        text: area > 2500 || regionOfState(s.id) !== 'main' ? s.properties.name : s.properties.postal,
        country: s.properties.country,
        size: area > 2500 ? ('large' as const) : ('small' as const),
      };
    }),
  };
}
