// The land under the map's canvas: an SVG in the same model space as the nodes, moved
// with the chart's pan and zoom (the controller sets the group's transform directly).
import { forwardRef } from 'react';
import { LAND } from './land-colours';
import { outlinePaths } from './outlines';
import { PROJECTION } from './outlines';

export const OutlineLayer = forwardRef<SVGGElement>(function OutlineLayer(_props, ref) {
  const o = outlinePaths();
  return (
    <svg className="map-outlines" aria-hidden="true" style={{ background: LAND.sea }}>
      <g ref={ref}>
        <path d={o.neighbours} fill={LAND.neighbour} stroke={LAND.coast} strokeWidth={0.5} className="nss" />
        <path d={o.us} fill={LAND.us} stroke={LAND.coast} strokeWidth={0.7} className="nss" />
        <path d={o.mx} fill={LAND.mx} stroke={LAND.coast} strokeWidth={0.7} className="nss" />
        <path d={o.stateBorders} fill="none" stroke={LAND.stateBorder} strokeWidth={0.7} className="nss" />
        <path d={o.countryBorder} fill="none" stroke={LAND.countryBorder} strokeWidth={2.4} className="nss" />
        {PROJECTION.insets.map((b) => (
          <rect
            key={b.region}
            x={b.x}
            y={b.y}
            width={b.w}
            height={b.h}
            fill="none"
            stroke={LAND.coast}
            strokeWidth={0.8}
            strokeDasharray="4 3"
            className="nss"
          />
        ))}
        {o.labels.map((l) => (
          <text
            key={`${l.text}-${l.x}`}
            x={l.x}
            y={l.y}
            className={`map-state-label ${l.size}`}
            fill={LAND.label}
            textAnchor="middle"
          >
            {l.text.toUpperCase()}
          </text>
        ))}
      </g>
    </svg>
  );
});
