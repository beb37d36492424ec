// Owns the map's Cytoscape instance: preset positions from the projection, no layout,
// the outline layer (an SVG under the canvas) kept in step with pan and zoom, selection
// in and out, and the point under the pointer as latitude and longitude for drops.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { ChartSelection } from '../state/ui-store';
import { PLACE_LABEL_PX } from './map-elements';
import { mapStylesheet } from './map-style';
import { PROJECTION } from './outlines';
import { MAP_HEIGHT, MAP_WIDTH } from './projection';

export interface MapCallbacks {
  onSelect(selection: ChartSelection): void;
  /** Pan or zoom changed: the outline layer follows. */
  onViewport(pan: { x: number; y: number }, zoom: number): void;
}

export class MapController {
  readonly cy: Core;
  private readonly resizeObserver: ResizeObserver;
  private fitted = false;
  private scaledFor = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: MapCallbacks,
  ) {
    this.cy = cytoscape({
      container,
      style: mapStylesheet(1),
      elements: [],
      minZoom: 0.2,
      maxZoom: 40,
      selectionType: 'single',
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    this.cy.on('tap', 'node', (e) => {
      const id = e.target.data('entityId') as number | undefined;
      if (id !== undefined) callbacks.onSelect({ kind: 'node', id });
    });
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) callbacks.onSelect(null);
    });
    this.cy.on('mouseover', 'node', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'node', (e) => e.target.removeClass('hover'));
    this.cy.on('viewport', () => {
      if (this.cy.zoom() !== this.scaledFor) this.holdScreenSizes();
      callbacks.onViewport(this.cy.pan(), this.cy.zoom());
    });
    this.resizeObserver = new ResizeObserver(() => {
      this.cy.resize();
      if (!this.fitted) this.fitMap();
    });
    this.resizeObserver.observe(container);
  }

  setElements(elements: ElementDefinition[]): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    if (!this.fitted) this.fitMap();
    this.holdScreenSizes();
  }

  /**
   * Discs, labels, fan-out and arrows keep their size on screen at every zoom (a map's
   * symbols do not grow with it): each is stored in screen pixels and divided by the zoom.
   */
  private holdScreenSizes(): void {
    const z = this.cy.zoom();
    this.scaledFor = z;
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const d = n.data() as { ax: number; ay: number; dx: number; dy: number };
        n.position({ x: d.ax + d.dx / z, y: d.ay + d.dy / z });
      });
    });
    this.cy.style(mapStylesheet(z));
    this.declutterPlaceNames();
  }

  /** Where place names would overlap, the busier place keeps its name; the other shows on zoom. */
  private declutterPlaceNames(): void {
    const kept: { x1: number; x2: number; y1: number; y2: number }[] = [];
    const labels = this.cy
      .nodes('.place-label')
      .sort((a, b) => (b.data('count') as number) - (a.data('count') as number));
    this.cy.batch(() => {
      labels.forEach((n) => {
        const p = n.renderedPosition();
        const half = (String(n.data('label')).length * PLACE_LABEL_PX * 0.68) / 2;
        const box = { x1: p.x - half, x2: p.x + half, y1: p.y - 8, y2: p.y + 8 };
        const clash = kept.some((k) => box.x1 < k.x2 && box.x2 > k.x1 && box.y1 < k.y2 && box.y2 > k.y1);
        n.toggleClass('crowded', clash);
        if (!clash) kept.push(box);
      });
    });
  }

  /** The whole map (both countries) in view. */
  fitMap(): void {
    const { width, height } = this.container.getBoundingClientRect();
    if (width < 10 || height < 10) return;
    const zoom = Math.min(width / MAP_WIDTH, height / MAP_HEIGHT);
    this.cy.viewport({
      zoom,
      pan: { x: (width - MAP_WIDTH * zoom) / 2, y: (height - MAP_HEIGHT * zoom) / 2 },
    });
    this.fitted = true;
    this.callbacks.onViewport(this.cy.pan(), this.cy.zoom());
  }

  /** Zooms on a region given in degrees: [west, south, east, north]. */
  zoomTo([west, south, east, north]: [number, number, number, number]): void {
    const [x1, y1] = PROJECTION.project(west, north);
    const [x2, y2] = PROJECTION.project(east, south);
    const { width, height } = this.container.getBoundingClientRect();
    const fits = Math.min(width / Math.abs(x2 - x1), height / Math.abs(y2 - y1));
    const zoom = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), fits));
    const cx = (x1 + x2) / 2;
    const cy = (y1 + y2) / 2;
    this.cy.viewport({ zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } });
  }

  zoomBy(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  select(selection: ChartSelection): void {
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      const ids =
        selection?.kind === 'node' ? [selection.id] : selection?.kind === 'nodes' ? selection.ids : [];
      for (const id of ids) this.cy.getElementById(`n${id}`).select();
      const lit = this.cy.$(':selected').connectedEdges('.flow');
      this.cy.edges('.flow').removeClass('lit dimmed');
      if (lit.nonempty()) {
        lit.addClass('lit');
        this.cy.edges('.flow').difference(lit).addClass('dimmed');
      }
    });
  }

  /** Latitude and longitude under a point of the container (CSS pixels), or null off the map. */
  latLonAt(x: number, y: number): { lat: number; lon: number } | null {
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    const at = PROJECTION.invert((x - pan.x) / zoom, (y - pan.y) / zoom);
    return at ? { lon: at[0], lat: at[1] } : null;
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.cy.destroy();
  }
}
