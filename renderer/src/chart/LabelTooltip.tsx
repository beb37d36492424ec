// The full label of a hovered entity whose label the chart cuts short or hides (issue 11).
import { useEffect, useState } from 'react';
import type { ChartController } from './controller';
import type { HoveredLabel } from './label-overlap';

export function LabelTooltip({ chart }: { chart: ChartController }) {
  const [hovered, setHovered] = useState<HoveredLabel | null>(null);
  useEffect(() => chart.watchHover(setHovered), [chart]);
  if (!hovered) return null;
  return (
    <div
      className="label-tooltip"
      role="tooltip"
      data-testid="label-tooltip"
      style={{ left: hovered.x, top: hovered.y }}
    >
      {hovered.label}
    </div>
  );
}
