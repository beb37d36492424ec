// The zoom buttons over the entity chart, the case map and the map: zoom in, zoom out, fit
// everything, and whatever view-specific buttons follow (the map's border region).
import type { ReactNode } from 'react';

export function ZoomControls(props: {
  zoomBy(factor: number): void;
  fit(): void;
  fitTitle: string;
  /** Test ids for the zoom buttons (the entity chart's e2e presses them). */
  zoomTestIds?: boolean;
  fitTestId?: string;
  children?: ReactNode;
}) {
  return (
    <div className="chart-controls">
      <button
        className="icon-button boxed"
        title="Zoom in"
        onClick={() => props.zoomBy(1.25)}
        data-testid={props.zoomTestIds ? 'zoom-in' : undefined}
      >
        +
      </button>
      <button
        className="icon-button boxed"
        title="Zoom out"
        onClick={() => props.zoomBy(0.8)}
        data-testid={props.zoomTestIds ? 'zoom-out' : undefined}
      >
        −
      </button>
      <button
        className="icon-button boxed"
        title={props.fitTitle}
        onClick={props.fit}
        data-testid={props.fitTestId}
      >
        ⤢
      </button>
      {props.children}
    </div>
  );
}
