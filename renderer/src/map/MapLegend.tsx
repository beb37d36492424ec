// The map's key: what the discs, the dashed ring and the red arrows mean.
import type { EntityType } from '../../../shared/domain/entity-types';
import { ENTITY_TYPE_INFO } from '../../../shared/domain/entity-types';
import { ENTITY_STYLE } from '../chart/style-tables';
import { LAND } from './land-colours';
import { FLOW_COLOUR } from './map-style';

const SHOWN: EntityType[] = [
  'dealer',
  'recovery',
  'crossing',
  'stop',
  'address',
  'person',
  'purchase',
  'organisation',
];

export function MapLegend({ flows, placed }: { flows: number; placed: number }) {
  return (
    <section className="map-legend" data-testid="map-legend">
      <h2 className="panel-title">Legend</h2>
      <ul>
        {SHOWN.map((t) => (
          <li key={t}>
            <span className="legend-disc" style={{ background: ENTITY_STYLE[t].colour }} />
            {ENTITY_TYPE_INFO[t].label}
          </li>
        ))}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <path d="M1 8 Q14 -2 24 5" fill="none" stroke={FLOW_COLOUR} strokeWidth="2.5" />
            <path d="M21 1 L27 6 L20 8 z" fill={FLOW_COLOUR} />
          </svg>
          Guns sold → recovered (width: number of guns)
        </li>
        <li>
          <span className="legend-disc manual" />
          Placed by hand
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <path d="M1 5 H27" stroke={LAND.countryBorder} strokeWidth="2.4" />
          </svg>
          U.S.–Mexico border
        </li>
      </ul>
      <p className="hint">
        {placed} entities placed; {flows} flows. People are drawn at their address, purchases at their store.
      </p>
      <p className="credits">Places: GeoNames (CC BY 4.0). Outlines: Natural Earth.</p>
    </section>
  );
}
