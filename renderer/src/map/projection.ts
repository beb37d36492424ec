// The map's projection: a conic conformal fitted to the lower 48 and Mexico, with Alaska
// and Hawaii as insets in the Pacific, as briefing maps of the two countries draw them.
// Its output is the chart's model space, so nodes take their positions from it directly.
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

/** The model-space box the lower 48 and Mexico are fitted into. */
export const MAP_WIDTH = 1600;
export const MAP_HEIGHT = 1150;

export type Region = 'main' | 'alaska' | 'hawaii';

export interface MapProjection {
  project(lon: number, lat: number): [number, number];
  invert(x: number, y: number): [number, number] | null;
  regionOf(lon: number, lat: number): Region;
  of(region: Region): GeoProjection;
  /** The inset frames, drawn as boxes on the map. */
  insets: { region: Region; x: number; y: number; w: number; h: number }[];
}

export function regionOf(lon: number, lat: number): Region {
  if (lat > 50 && lon < -129) return 'alaska';
  if (lat < 24 && lon < -150) return 'hawaii';
  return 'main';
}

export function regionOfState(code: string): Region {
  return code === 'US-AK' ? 'alaska' : code === 'US-HI' ? 'hawaii' : 'main';
}

export function makeProjection(
  mainland: Feature<Geometry>[],
  alaska: Feature<Geometry>,
  hawaii: Feature<Geometry>,
) {
  const main = geoConicConformal()
    .parallels([20, 45])
    .rotate([100, 0])
    .fitExtent(
      [
        [40, 20],
        [MAP_WIDTH - 20, MAP_HEIGHT - 20],
      ],
      { type: 'FeatureCollection', features: mainland },
    );
  const akBox = { region: 'alaska' as const, x: 20, y: MAP_HEIGHT - 330, w: 360, h: 260 };
  const hiBox = { region: 'hawaii' as const, x: 400, y: MAP_HEIGHT - 170, w: 200, h: 100 };
  const ak = geoConicConformal().parallels([55, 65]).rotate([154, 0]).fitExtent(box(akBox, 12), alaska);
  const hi = geoConicConformal().parallels([8, 18]).rotate([157, 0]).fitExtent(box(hiBox, 8), hawaii);
  const byRegion: Record<Region, GeoProjection> = { main, alaska: ak, hawaii: hi };
  const projection: MapProjection = {
    project: (lon, lat) => byRegion[regionOf(lon, lat)]([lon, lat]) ?? [0, 0],
    invert: (x, y) => {
      const inset = projection.insets.find((b) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h);
      return byRegion[inset?.region ?? 'main'].invert?.([x, y]) ?? null;
    },
    regionOf,
    of: (region) => byRegion[region],
    insets: [akBox, hiBox],
  };
  return projection;
}

function box(
  b: { x: number; y: number; w: number; h: number },
  pad: number,
): [[number, number], [number, number]] {
  return [
    [b.x + pad, b.y + pad],
    [b.x + b.w - pad, b.y + b.h - pad],
  ];
}
