// The Map view: the chart's entities at their places on a map of the U.S. and Mexico.
import { rasterIconsReady } from '../chart/icons/raster';
import { lazyView } from './lazy-view';
import type { WorkbenchView } from './registry';

function MapGlyph() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <g fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
        <path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2z" />
        <path d="M9 4v14M15 6v14" />
      </g>
    </svg>
  );
}

export const mapView: WorkbenchView = {
  id: 'map',
  label: 'Map',
  glyph: MapGlyph,
  component: lazyView(
    () => Promise.all([import('../map/MapView'), rasterIconsReady()]).then(([m]) => m.MapView),
    'Opening the map…',
  ),
  toolbar: lazyView(() => import('../map/MapToolbar').then((m) => m.MapToolbar), null),
};
