// The Map view (issue 11 point 7): the chart's entities at their places on a map of the
// U.S. and Mexico, the flow of guns from stores to recoveries, the entities not placed
// yet (drag them onto the map, or type a place), and the inspector of the selection,
// which is the chart's selection.
import { useEffect, useMemo, useRef, useState } from 'react';
import { applyFilters } from '../components/filters/filter-logic';
import { useChartGraph, useFilterData } from '../components/filters/use-filter-data';
import { useFilters } from '../state/filter-store';
import { useCall } from '../data/queries';
import { ZoomControls } from '../components/ZoomControls';
import { useUi } from '../state/ui-store';
import { Inspector } from '../components/inspector/Inspector';
import { MapController } from './map-controller';
import { mapElements } from './map-elements';
import { useMapHandle } from './map-handle';
import { installMapTestHook } from './map-test-hook';
import { MapLegend } from './MapLegend';
import { OutlineLayer } from './OutlineLayer';
import { UnplacedList, PLACEABLE, usePlaceEntity, ENTITY_DRAG_TYPE } from './UnplacedList';
import './map.css';

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const land = useRef<SVGGElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const selection = useUi((s) => s.selection);
  // The chart's entities (its cases and expansions), less what the chart's filters leave out.
  const chartGraph = useChartGraph();
  const filterData = useFilterData();
  const filters = useFilters((s) => s.filters);
  const nodes = useMemo(() => {
    const out = filterData ? applyFilters(filterData, filters).nodes : new Set<number>();
    return (chartGraph?.nodes ?? []).filter((n) => !out.has(n.id));
  }, [chartGraph, filterData, filters]);
  const entityIds = useMemo(() => chartGraph?.nodes.map((n) => n.id) ?? [], [chartGraph]);
  const places = useCall('map.places', { entityIds }, { enabled: !!chartGraph, keepPrevious: true });
  const place = usePlaceEntity();

  useEffect(() => {
    const c = new MapController(container.current!, {
      onSelect: (s) => useUi.getState().select(s),
      onViewport: (pan, zoom) =>
        land.current?.setAttribute('transform', `translate(${pan.x},${pan.y}) scale(${zoom})`),
    });
    setController(c);
    useMapHandle.getState().set({ controller: c });
    const removeHook = installMapTestHook(() => useMapHandle.getState());
    return () => {
      removeHook();
      useMapHandle.getState().set({ controller: null, nodes: [], unplaced: [] });
      c.destroy();
    };
  }, []);

  const drawn = useMemo(
    () => (chartGraph && places.data ? mapElements(nodes, places.data.places, places.data.flows) : null),
    [chartGraph, nodes, places.data],
  );
  const unplaced = useMemo(() => {
    const types = new Map(nodes.map((n) => [n.id, n]));
    return (places.data?.places ?? [])
      .filter((p) => p.source === 'unplaced' && PLACEABLE.has(types.get(p.entityId)?.type ?? 'phone'))
      .map((p) => ({ place: p, node: types.get(p.entityId)! }));
  }, [nodes, places.data]);

  useEffect(() => {
    if (!controller || !drawn) return;
    controller.setElements(drawn.elements);
    controller.select(useUi.getState().selection);
    useMapHandle.getState().set({ nodes: drawn.mapNodes, unplaced: unplaced.map((u) => u.place.entityId) });
  }, [controller, drawn, unplaced]);

  useEffect(() => controller?.select(selection), [controller, selection]);

  const onDrop = (e: React.DragEvent) => {
    const id = Number(e.dataTransfer.getData(ENTITY_DRAG_TYPE));
    if (!controller || !id) return;
    e.preventDefault();
    const box = container.current!.getBoundingClientRect();
    const at = controller.latLonAt(e.clientX - box.left, e.clientY - box.top);
    const entity = unplaced.find((u) => u.place.entityId === id)?.node;
    if (at && entity) void place(entity, at);
  };

  return (
    <div className="map-workspace">
      <aside className="panel map-side" data-testid="map-side">
        <UnplacedList items={unplaced} loading={!places.data} />
        <MapLegend flows={drawn ? places.data!.flows.length : 0} placed={drawn?.mapNodes.length ?? 0} />
      </aside>
      <section className="map-pane">
        <div className="map-stage" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <OutlineLayer ref={land} />
          <div className="map-canvas" ref={container} data-testid="map" aria-label="Map of places" />
          <div className="map-title">
            <div className="map-title-main">Firearms trafficking: where the guns went</div>
            <div className="map-title-sub">
              {drawn
                ? `${drawn.mapNodes.length} entities at their places · ${places.data!.flows.length} gun flows`
                : 'Placing entities…'}
            </div>
          </div>
          {controller && (
            <ZoomControls
              zoomBy={(f) => controller.zoomBy(f)}
              fit={() => controller.fitMap()}
              fitTitle="Both countries"
              fitTestId="map-fit"
            >
              <button
                className="icon-button boxed"
                title="The border region"
                onClick={() => controller.zoomTo(BORDER)}
                data-testid="map-border"
              >
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                  <path d="M1 6h5l2 3h3l4 -3" fill="none" stroke="currentColor" strokeWidth="1.8" />
                </svg>
              </button>
            </ZoomControls>
          )}
        </div>
      </section>
      <Inspector />
    </div>
  );
}

/** The U.S.–Mexico border from Baja California to the Gulf: [west, south, east, north]. */
export const BORDER: [number, number, number, number] = [-118, 25.5, -96.5, 34.5];
