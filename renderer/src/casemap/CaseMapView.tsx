// The case map view: the map in the centre (its own Cytoscape, owned by CaseMapController),
// the summary line and the colour toggle above it, the inspector on the right. Opening a
// case or a connection switches to the entity chart scoped to it.
import { useEffect, useRef, useState } from 'react';
import type { CaseMap } from '../../../shared/contract/casemap-model';
import { useCall } from '../data/queries';
import { ZoomControls } from '../components/ZoomControls';
import { reportError } from '../state/notices';
import { useUi } from '../state/ui-store';
import { useCaseMapUi } from './casemap-store';
import { CaseMapController, type CaseMapHover } from './controller';
import { CaseMapInspector } from './CaseMapInspector';
import { CaseMapTooltip } from './CaseMapTooltip';
import { useLayoutWorkerReady } from './layout-worker-start';
import { colourTable, type ColourBy } from './elements';
import { standingCounts } from './standing';
import { omittedLine, summaryLine } from './summary';
import { prefetchChartCodeWhenIdle, useChartDataPrefetch } from './chart-prefetch';
import './casemap.css';

const KEY_SHOWN = 8;

function ColourKey({ map, by }: { map: CaseMap; by: ColourBy }) {
  const table = [...colourTable(map.cases, by).entries()];
  const { offMap, apart } = standingCounts(map);
  return (
    <div className="casemap-key" data-testid="casemap-key">
      {table.slice(0, KEY_SHOWN).map(([name, colour]) => (
        <span key={name} className="casemap-key-item">
          <span className="casemap-swatch" style={{ background: colour }} />
          {name}
        </span>
      ))}
      {table.length > KEY_SHOWN && <span className="muted">and {table.length - KEY_SHOWN} more</span>}
      {offMap > 0 && (
        <span className="casemap-key-item muted" data-testid="casemap-key-off-map">
          <span className="casemap-swatch off-map" /> linked to cases not shown (
          {offMap.toLocaleString('en-US')})
        </span>
      )}
      <span className="casemap-key-item muted" data-testid="casemap-key-apart">
        <span className="casemap-swatch apart" /> shares nothing ({apart.toLocaleString('en-US')})
      </span>
    </div>
  );
}

function Toolbar({ map }: { map: CaseMap | undefined }) {
  const colourBy = useCaseMapUi((s) => s.colourBy);
  const setColourBy = useCaseMapUi((s) => s.setColourBy);
  return (
    <div className="casemap-bar">
      <div className="casemap-summary" data-testid="casemap-summary">
        {map ? summaryLine(map) : 'Reading the cases…'}
      </div>
      <div className="casemap-toggle" role="group" aria-label="Colour cases by">
        <span className="muted small">Colour by</span>
        {(['agency', 'state'] as const).map((by) => (
          <button
            key={by}
            className={by === colourBy ? 'button small active' : 'button small'}
            aria-pressed={by === colourBy}
            data-testid={`casemap-colour-${by}`}
            onClick={() => setColourBy(by)}
          >
            {by === 'agency' ? 'Agency' : 'State'}
          </button>
        ))}
      </div>
    </div>
  );
}

export function CaseMapView() {
  const container = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<CaseMapController | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [hover, setHover] = useState<CaseMapHover>(null);
  // Read once the layout worker has loaded, so the answer never holds the worker's code back.
  const workerReady = useLayoutWorkerReady();
  const map = useCall('casemap.get', {}, { enabled: workerReady }).data;
  const colourBy = useCaseMapUi((s) => s.colourBy);
  const selection = useCaseMapUi((s) => s.selection);
  useChartDataPrefetch(selection);

  useEffect(() => {
    const ui = useUi.getState;
    const c = new CaseMapController(container.current!, {
      onSelect: (s) => useCaseMapUi.getState().select(s),
      onOpenCase: (id) => ui().openOnChart([id]),
      onOpenLink: (caseA, caseB) => ui().openOnChart([caseA, caseB], { caseA, caseB }),
      onHover: setHover,
      onBusy: setBusy,
    });
    setController(c);
    return () => c.destroy();
  }, []);

  // The colour and selection are read when loading; a change of either alone is applied on its own.
  useEffect(() => {
    if (!controller || !map) return;
    const state = useCaseMapUi.getState;
    controller
      .load(map, state().colourBy)
      .then(() => {
        controller.select(state().selection);
        prefetchChartCodeWhenIdle();
      })
      .catch(reportError);
  }, [controller, map]);
  useEffect(() => controller?.colourBy(colourBy), [controller, colourBy]);
  useEffect(() => controller?.select(selection), [controller, selection]);

  const omitted = map ? omittedLine(map) : null;
  return (
    <div className="casemap-workspace">
      <section className="casemap-centre">
        <Toolbar map={map} />
        <div className="chart-stage">
          <div className="chart" ref={container} data-testid="casemap" aria-label="Case map" />
          {omitted && (
            <div className="budget-banner" role="status" data-testid="casemap-banner">
              {omitted}
            </div>
          )}
          {busy && (
            <div className="chart-busy" data-testid="casemap-busy">
              <span className="spinner" /> {busy}
            </div>
          )}
          {map && <CaseMapTooltip hover={hover} map={map} />}
          {controller && (
            <ZoomControls
              zoomBy={(f) => controller.zoomBy(f)}
              fit={() => controller.fit()}
              fitTitle="Fit the whole map"
            />
          )}
        </div>
        {map && <ColourKey map={map} by={colourBy} />}
      </section>
      <CaseMapInspector map={map} />
    </div>
  );
}
