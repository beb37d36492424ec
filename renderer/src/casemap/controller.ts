// The one owner of the case map's Cytoscape instance: loads a casemap.get answer, lays it
// out off the UI thread, recolours by agency or state, and reports taps, double-taps and
// hovers. React hands it data and gets events; it never touches `cy`.
import cytoscape, { type Core, type EventObject, type SingularElementArgument } from 'cytoscape';
import type { CaseMap } from '../../../shared/contract/casemap-model';
import { addInSlices, placedElements, viewportFor } from './drawing';
import { caseKey, colourKey, colourTable, pairKey, toCaseMapElements, type ColourBy } from './elements';
import { layoutRequestOf } from './layout-request';
import { CaseMapLayoutRunner } from './layout-runner';
import { caseMapStylesheet } from './stylesheet';
import { installCaseMapHook } from './test-hook';

export type CaseMapSelection =
  { kind: 'cases'; ids: number[] } | { kind: 'link'; caseA: number; caseB: number } | null;

/** What the pointer is over, and where (container pixels), for the tooltip. */
export type CaseMapHover =
  | ({ kind: 'case'; caseId: number } & HoverPoint)
  | ({ kind: 'link'; caseA: number; caseB: number } & HoverPoint)
  | null;

/** Where the pointer is (container pixels), and whether a tooltip belongs on its left (near the right edge). */
export interface HoverPoint {
  x: number;
  y: number;
  leftOf: boolean;
}

/** About the widest tooltip, in CSS pixels. */
const TIP_WIDTH = 380;

export interface CaseMapCallbacks {
  onSelect(selection: CaseMapSelection): void;
  onOpenCase(caseId: number): void;
  onOpenLink(caseA: number, caseB: number): void;
  onHover(hover: CaseMapHover): void;
  onBusy(message: string | null): void;
}

const DOUBLE_TAP_MS = 400;
/** Room around the map when it is fitted to the view, in pixels. */
const FIT_PADDING = 40;

export class CaseMapController {
  private readonly cy: Core;
  private readonly layouts = new CaseMapLayoutRunner();
  private readonly resizeObserver: ResizeObserver;
  private readonly removeHook: () => void;
  private map: CaseMap | null = null;
  private laidOut = false;
  private generation = 0;
  /** Cases the UI last asked to select (a shift-click adds to or removes from these). */
  private chosen: number[] = [];

  constructor(
    container: HTMLElement,
    private readonly callbacks: CaseMapCallbacks,
  ) {
    // Plain Cytoscape: the layout runs in the worker, so the page needs no layout extension.
    this.cy = cytoscape({
      container,
      style: caseMapStylesheet(),
      elements: [],
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: true,
      selectionType: 'additive',
      // While panning or zooming, draw a cached picture: hundreds of labelled lines stay fluid.
      textureOnViewport: true,
      hideEdgesOnViewport: false,
    });
    this.bindEvents();
    this.resizeObserver = new ResizeObserver(() => this.cy.resize());
    this.resizeObserver.observe(container);
    this.removeHook = installCaseMapHook(this.cy, () => this.laidOut);
    this.layouts.prepare();
  }

  private bindEvents() {
    const cy = this.cy;
    cy.on('tap', 'node', (e) => {
      const id = e.target.data('caseId') as number;
      const shift = (e.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      const ids = !shift
        ? [id]
        : this.chosen.includes(id)
          ? this.chosen.filter((c) => c !== id)
          : [...this.chosen, id];
      // After Cytoscape's own tap handling, so the selection the UI decides is the one shown.
      setTimeout(() => this.callbacks.onSelect(ids.length ? { kind: 'cases', ids } : null), 0);
    });
    cy.on('tap', 'edge', (e) =>
      setTimeout(
        () =>
          this.callbacks.onSelect({
            kind: 'link',
            caseA: e.target.data('caseA'),
            caseB: e.target.data('caseB'),
          }),
        0,
      ),
    );
    cy.on('tap', (e) => {
      if (e.target === cy) this.callbacks.onSelect(null);
    });
    // A shift-drag box adds the cases it covers; a shift-click alone (an empty box) changes nothing here.
    let boxed: number[] = [];
    cy.on('boxstart', () => (boxed = []));
    cy.on('boxselect', 'node', (e) => void boxed.push(e.target.data('caseId') as number));
    cy.on('boxend', () =>
      setTimeout(() => {
        if (boxed.length)
          this.callbacks.onSelect({ kind: 'cases', ids: [...new Set([...this.chosen, ...boxed])] });
      }, 0),
    );
    // A double tap opens on the chart, but only two taps on the same element without shift:
    // Cytoscape's own dbltap also fires for quick taps on two different cases (shift-click).
    let last = { id: '', at: 0 };
    cy.on('tap', 'node, edge', (e) => {
      const el = e.target as SingularElementArgument;
      const shift = (e.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      const now = performance.now();
      const again = !shift && last.id === el.id() && now - last.at < DOUBLE_TAP_MS;
      last = again ? { id: '', at: 0 } : { id: el.id(), at: now };
      if (!again) return;
      if (el.isNode()) this.callbacks.onOpenCase(el.data('caseId'));
      else this.callbacks.onOpenLink(el.data('caseA'), el.data('caseB'));
    });
    cy.on('mouseover', 'node, edge', (e) => this.hover(e, true));
    cy.on('mouseout', 'node, edge', (e) => this.hover(e, false));
    cy.on('viewport', () => this.callbacks.onHover(null));
  }

  private hover(e: EventObject, over: boolean) {
    const el = e.target as SingularElementArgument;
    el.toggleClass('hover', over);
    (this.cy.container() as HTMLElement).style.cursor = over ? 'pointer' : '';
    if (!over) return this.callbacks.onHover(null);
    const at = e.renderedPosition ?? { x: 0, y: 0 };
    const point = { x: at.x, y: at.y, leftOf: at.x > this.cy.width() - TIP_WIDTH };
    this.callbacks.onHover(
      el.isNode()
        ? { kind: 'case', caseId: el.data('caseId'), ...point }
        : { kind: 'link', caseA: el.data('caseA'), caseB: el.data('caseB'), ...point },
    );
  }

  destroy() {
    this.resizeObserver.disconnect();
    this.layouts.dispose();
    this.removeHook();
    this.cy.destroy();
  }

  /**
   * Lays the map out in the worker, then draws it already in place and already fitted to
   * the view, a slice per frame, saying how far it has got.
   */
  async load(map: CaseMap, by: ColourBy) {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.map = map;
    this.laidOut = false;
    const elements = toCaseMapElements(map, by);
    const cases = map.cases.length.toLocaleString('en-US');
    this.callbacks.onBusy(`Laying out ${cases} cases…`);
    try {
      const positions = await this.layouts.compute(layoutRequestOf(elements));
      if (!positions || !current()) return;
      const placed = placedElements(elements, positions);
      this.cy.elements().remove();
      const view = viewportFor(placed, this.cy.width(), this.cy.height(), FIT_PADDING);
      if (view) this.cy.viewport(view);
      const drawn = await addInSlices(this.cy, placed, {
        current,
        progress: (share) => this.callbacks.onBusy(`Drawing ${cases} cases… ${Math.round(share * 100)}%`),
      });
      if (!drawn) return;
      this.cy.fit(undefined, FIT_PADDING);
      this.laidOut = true;
    } finally {
      if (current()) this.callbacks.onBusy(null);
    }
  }

  colourBy(by: ColourBy) {
    if (!this.map) return;
    const colours = colourTable(this.map.cases, by);
    const byId = new Map(this.map.cases.map((c) => [c.id, colours.get(colourKey(c, by))]));
    this.cy.batch(() => this.cy.nodes().forEach((n) => void n.data('colour', byId.get(n.data('caseId')))));
  }

  select(selection: CaseMapSelection) {
    this.chosen = selection?.kind === 'cases' ? selection.ids : [];
    const wanted = new Set<string>(
      selection?.kind === 'cases'
        ? selection.ids.map(caseKey)
        : selection?.kind === 'link'
          ? [pairKey(selection.caseA, selection.caseB)]
          : [],
    );
    this.cy.batch(() =>
      this.cy.elements().forEach((el) => {
        if (wanted.has(el.id()) !== el.selected()) {
          if (wanted.has(el.id())) el.select();
          else el.unselect();
        }
      }),
    );
  }

  fit() {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: FIT_PADDING } }, { duration: 250 });
  }

  zoomBy(factor: number) {
    const c = this.cy.container()!;
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: c.clientWidth / 2, y: c.clientHeight / 2 },
    });
  }
}
