// The one owner of the Cytoscape instance: creates and destroys it, loads elements,
// runs layouts, reflects UI state as classes, and exports pictures. React components
// hand it data and receive callbacks; they never touch `cy` themselves.
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import type { ChartSelection } from '../state/ui-store';
import type { EntityType } from '../../../shared/domain/entity-types';
import { nodeKey, edgeKey } from './elements';
import { sceneOf, type Extent } from './export/scene';
import type { SvgScene } from './export/svg';
import { layoutRequest, type LayoutResult, type Positions } from './layout-compute';
import { CANCELLED, LayoutRunner } from './layout-runner';
import { chainRank } from './chain-layout';
import { applyEmphasis, fitTo, flagEntities, sizeByMeasure, type PathHighlight } from './highlight';
import { layoutById, LARGE_GRAPH } from './layouts';
import { registerExtensions } from './register';
import { buildStylesheet } from './stylesheet';
import { lookRules, NORMAL_LOOK, type ChartLook } from './look';
import { installTestHook } from './test-hook';
import { applyChartActions, SYNTHETIC } from './actions/apply';
import { menuTargetOf, type MenuPoint, type MenuTarget } from './actions/targets';
import { EMPTY_CHART_ACTIONS, type ChartActionsData } from '../state/chart-actions-store';
import { applyChartFilter, type ChartFilter } from './filter-apply';
import { hoveredLabel, revealLabel, scheduleDeclutter, type HoveredLabel } from './label-overlap';
import * as saved from './saved-chart-placement';

export interface ChartCallbacks {
  onSelect(selection: ChartSelection): void;
  onExpand(entityId: number): void;
  /** A message while a layout runs, null when done. */
  onBusy(message: string | null): void;
  /** A right-click on an entity, a link, a group or the background. */
  onContextMenu?(target: MenuTarget, at: MenuPoint): void;
  /** A double-click on a collapsed group. */
  onOpenGroup?(groupId: string): void;
  /** The analyst dragged entities (once per drag; undo puts them back). */
  onMoved?(move: saved.Move): void;
}

/** Below this zoom the chart shows the whole workspace: most labels are too small to draw. */
const OVERVIEW_ZOOM = 0.75;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

export class ChartController {
  private readonly cy: Core;
  private layoutId = 'force';
  private running = false;
  /** Layouts finished (positions applied) and layouts begun (some replaced before finishing). */
  private runs = 0;
  private started = 0;
  private generation = 0;
  /** Elements of a replace whose layout has not finished yet. */
  private pendingLoad: ElementDefinition[] | null = null;
  private readonly layouts = new LayoutRunner();
  private pendingFocus: number | null = null;
  /** Whether cross-case entities carry the overview class (null before the first load). */
  private overview: boolean | null = null;
  private readonly removeHook: () => void;
  /** What is emphasised and how entities are sized (kept across reloads). */
  private path: PathHighlight | null = null;
  /** Entities the UI last asked to select (a shift-click adds to or removes from these). */
  private chosen: number[] = [];
  private measure: Map<number, number> | null = null;
  private flagged: Set<number> | null = null;
  private filter: ChartFilter | null = null;
  private readonly resizeObserver: ResizeObserver;
  private look: ChartLook = NORMAL_LOOK;
  /** Hidden, pinned and grouped entities (re-applied after every reload and layout). */
  private actions: ChartActionsData = EMPTY_CHART_ACTIONS;
  private readonly unwatchMoves: () => void;

  constructor(
    container: HTMLElement,
    private readonly callbacks: ChartCallbacks,
  ) {
    const cytoscape = registerExtensions();
    this.cy = cytoscape({
      container,
      style: buildStylesheet(),
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      // Shift-drag draws a selection box (a plain drag still pans).
      boxSelectionEnabled: true,
      textureOnViewport: false,
    });
    this.bindEvents();
    this.unwatchMoves = saved.watchMoves(this.cy, (m) => this.callbacks.onMoved?.(m));
    // Panels opening and closing change the container's size without a window resize.
    this.resizeObserver = new ResizeObserver(() => this.cy.resize());
    this.resizeObserver.observe(container);
    this.removeHook = installTestHook(this.cy, {
      running: () => this.running,
      runs: () => this.runs,
      started: () => this.started,
    });
    this.showLayoutState();
  }

  private bindEvents() {
    const cy = this.cy;
    cy.on('tap', 'node', (e) => {
      if (e.target.hasClass(SYNTHETIC)) return;
      const id = e.target.data('entityId') as number;
      const shift = (e.originalEvent as MouseEvent | undefined)?.shiftKey ?? false;
      this.callbacks.onSelect(shift ? toggled(this.chosen, id) : { kind: 'node', id });
    });
    // A box selection ends with the boxed nodes selected: hand them over as one selection.
    cy.on('boxend', () =>
      setTimeout(() => this.callbacks.onSelect(toggled(this.selectedEntities(), null)), 0),
    );
    cy.on('tap', 'edge.link', (e) => this.callbacks.onSelect({ kind: 'link', id: e.target.data('linkId') }));
    cy.on('tap', (e) => {
      if (e.target === cy) this.callbacks.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => {
      if (e.target.hasClass('chart-collapsed')) this.callbacks.onOpenGroup?.(e.target.data('groupId'));
      else if (!e.target.hasClass(SYNTHETIC)) this.callbacks.onExpand(e.target.data('entityId'));
    });
    cy.on('cxttap', (e) => this.callbacks.onContextMenu?.(menuTargetOf(e, cy), { ...e.renderedPosition }));
    container(cy).addEventListener('contextmenu', (e) => e.preventDefault());
    cy.on('zoom', () => this.markOverview());
    // Dragging an entity, zooming (labels too small to draw take no room) or panning (only
    // labels in view are measured) changes what overlaps.
    cy.on('free', 'node', () => scheduleDeclutter(cy));
    cy.on('viewport', () => scheduleDeclutter(cy));
    cy.on('mouseover', 'node', (e) => {
      const n = e.target as NodeSingular;
      n.addClass('hover');
      revealLabel(n, true);
      n.connectedEdges().addClass('hover');
      container(cy).style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (e) => {
      const n = e.target as NodeSingular;
      n.removeClass('hover');
      revealLabel(n, false);
      n.connectedEdges().removeClass('hover');
      container(cy).style.cursor = '';
    });
  }

  destroy() {
    this.unwatchMoves();
    this.resizeObserver.disconnect();
    this.layouts.dispose();
    this.removeHook();
    this.cy.destroy();
  }

  /** Replaces everything (a new case scope) and lays it out from scratch. */
  async replace(elements: ElementDefinition[]) {
    await this.runLayout(this.layoutId, false, elements);
    this.applyPendingFocus();
  }

  /** Adds what is new (expanded neighbours) next to the anchor and lays out incrementally. */
  async merge(elements: ElementDefinition[], anchorEntityId: number | null) {
    const fresh = elements.filter((el) => this.cy.getElementById(String(el.data.id)).empty());
    if (fresh.length) {
      const anchor = anchorEntityId === null ? null : this.cy.getElementById(nodeKey(anchorEntityId));
      const centre = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
      const newNodes = fresh.filter((el) => el.group === 'nodes');
      newNodes.forEach((el, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, newNodes.length);
        el.position = { x: centre.x + 120 * Math.cos(angle), y: centre.y + 120 * Math.sin(angle) };
      });
      this.cy.add(fresh);
      this.markOverview(true);
      this.reapplyAnalysis();
      if (newNodes.length) await this.runLayout(this.layoutId, true);
    }
    this.applyPendingFocus();
  }

  setLayout(id: string) {
    if (id === this.layoutId) return Promise.resolve();
    this.layoutId = id;
    return this.runLayout(id, false);
  }

  /**
   * Runs a layout with a progress message. The positions are computed in a worker while
   * the window stays responsive; a newer run cancels this one. New elements, when given,
   * are added only once their positions are known, so a graph that is not laid out yet is
   * never drawn: on thousands of nodes that draw alone costs seconds.
   */
  async runLayout(id: string, incremental: boolean, load?: ElementDefinition[]) {
    // A replace cancelled by a layout switch hands its elements to the run that cancelled it.
    if (load) this.pendingLoad = load;
    const elements = this.pendingLoad;
    const nodeCount = elements
      ? elements.filter((el) => el.group === 'nodes').length
      : this.cy.nodes().length;
    const descriptor = layoutById(id);
    const generation = ++this.generation;
    this.running = true;
    this.started++;
    this.showLayoutState();
    this.callbacks.onBusy(
      `${descriptor.label}: laying out ${nodeCount.toLocaleString()} entities${nodeCount > LARGE_GRAPH ? ' (large chart: quick settings)' : ''}…`,
    );
    try {
      await nextFrame(); // let the progress message paint first
      if (generation !== this.generation) return;
      const request = layoutRequest(id, incremental && !elements, elements ?? this.liveElements());
      const result = await this.layouts.compute(request);
      if (result === CANCELLED || generation !== this.generation) return;
      if (elements) this.load(elements, result.positions);
      if (nodeCount > 0) await this.applyPositions(result, elements ? false : nodeCount <= 400);
      // Collapsed groups stand where their members landed.
      applyChartActions(this.cy, this.actions);
      scheduleDeclutter(this.cy);
      this.runs++;
    } finally {
      if (generation === this.generation) {
        this.running = false;
        this.showLayoutState();
        this.callbacks.onBusy(null);
      }
    }
  }

  /**
   * The layout state as attributes of the chart container (data-layout-state running|idle,
   * data-layouts-run, data-layouts-started): a signal anyone can wait on, instead of
   * guessing how long a layout takes.
   */
  private showLayoutState() {
    const el = container(this.cy);
    el.dataset.layoutState = this.running ? 'running' : 'idle';
    el.dataset.layoutsRun = String(this.runs);
    el.dataset.layoutsStarted = String(this.started);
  }

  private liveElements(): ElementDefinition[] {
    return this.cy
      .elements()
      .not(`.${SYNTHETIC}`)
      .map((el) => ({
        group: el.isNode() ? 'nodes' : 'edges',
        // Pinned entities are fixed for the force layout (the others arrange around them).
        data: {
          ...(el.data() as ElementDefinition['data']),
          ...(el.hasClass('pinned') ? { pinned: true } : {}),
        },
        ...(el.isNode() ? { position: { ...el.position() } } : {}),
      }));
  }

  /** Replaces the chart's elements with new ones already in their places. */
  private load(elements: ElementDefinition[], positions: Positions) {
    this.pendingLoad = null;
    const placed = elements.map((el) => {
      const p = el.group === 'nodes' ? positions[String(el.data.id)] : undefined;
      return p ? { ...el, position: p } : el;
    });
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(placed);
    });
    this.markOverview(true);
    this.reapplyAnalysis();
  }

  /** Marks cross-case entities for larger labels while the chart is zoomed out (see the stylesheet). */
  private markOverview(force = false) {
    const overview = this.cy.zoom() < OVERVIEW_ZOOM;
    if (overview === this.overview && !force) return;
    this.overview = overview;
    this.cy.batch(() => this.cy.nodes('.cross-case').toggleClass('overview', overview));
    scheduleDeclutter(this.cy);
  }

  private applyPositions(result: LayoutResult, animate: boolean): Promise<unknown> {
    const layout = this.cy.layout({
      name: 'preset',
      positions: (node: NodeSingular) => result.positions[node.id()] ?? node.position(),
      fit: result.fit,
      padding: 40,
      animate,
      animationDuration: 450,
    } as LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done;
  }

  fit() {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: 250 });
  }

  zoomBy(factor: number) {
    const c = this.cy.container()!;
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: c.clientWidth / 2, y: c.clientHeight / 2 },
    });
  }

  /** Reflects the UI's selection without echoing it back as a new selection. */
  /** Dark theme or presenter view: rules laid over the normal stylesheet. */
  setLook(look: ChartLook) {
    if (look.theme === this.look.theme && look.presenting === this.look.presenting) return;
    this.look = look;
    this.cy.style([...buildStylesheet(), ...lookRules(look)]);
  }

  select(selection: ChartSelection) {
    const ids = new Set(selectionKeys(selection));
    this.chosen = selectedEntityIds(selection);
    this.cy.$(':selected').forEach((el) => {
      if (!ids.has(el.id())) el.unselect();
    });
    for (const id of ids) {
      const wanted = this.cy.getElementById(id);
      if (wanted.nonempty() && !wanted.selected()) wanted.select();
    }
    this.emphasise();
  }

  private selectedEntities(): number[] {
    return this.cy.$('node:selected').map((n) => n.data('entityId') as number);
  }

  /** Centres and highlights an entity; returns false (and remembers it) when it is not on the chart yet. */
  focus(entityId: number): boolean {
    const node = this.cy.getElementById(nodeKey(entityId));
    if (node.empty()) {
      this.pendingFocus = entityId;
      return false;
    }
    this.pendingFocus = null;
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.1) }, { duration: 350 });
    this.select({ kind: 'node', id: entityId });
    node.addClass('focused');
    setTimeout(() => node.removeClass('focused'), 2500);
    return true;
  }

  private applyPendingFocus() {
    if (this.pendingFocus !== null) this.focus(this.pendingFocus);
  }

  /** Draws a path highlighted with the rest dimmed (null: back to the selection's neighbourhood). */
  showPath(path: PathHighlight | null) {
    this.path = path;
    this.emphasise();
    if (path) fitTo(this.cy, path.entityIds);
  }

  /** Sizes entities by a measure keyed by entity id (null: their own size). */
  sizeBy(values: Map<number, number> | null) {
    this.measure = values;
    sizeByMeasure(this.cy, values);
  }

  /** Supply-chain columns present, with the rendered x of each column's middle. */
  chainColumns(): { rank: number; x: number }[] {
    const spans = new Map<number, [number, number]>();
    this.cy.nodes().forEach((n) => {
      const rank = chainRank(n.data('type'), (n.data('role') as string) ?? '');
      const x = n.renderedPosition().x;
      const [lo, hi] = spans.get(rank) ?? [x, x];
      spans.set(rank, [Math.min(lo, x), Math.max(hi, x)]);
    });
    return [...spans].sort((a, b) => a[0] - b[0]).map(([rank, [lo, hi]]) => ({ rank, x: (lo + hi) / 2 }));
  }

  /** Calls back after the view pans, zooms or a layout places the entities; returns the unsubscribe. */
  watchView(callback: () => void): () => void {
    let frame = 0;
    const onChange = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(callback);
    };
    this.cy.on('viewport layoutstop add remove position', onChange);
    return () => {
      cancelAnimationFrame(frame);
      this.cy.off('viewport layoutstop add remove position', onChange);
    };
  }

  /** Calls back with the full label of a hovered entity whose label is cut or hidden (null on leaving). */
  watchHover(callback: (label: HoveredLabel | null) => void): () => void {
    const over = (e: { target: NodeSingular }) => callback(hoveredLabel(e.target));
    const out = () => callback(null);
    this.cy.on('mouseover', 'node', over);
    this.cy.on('mouseout', 'node', out);
    this.cy.on('viewport', out);
    // Leaving the canvas straight from an entity fires no mouseout on it.
    container(this.cy).addEventListener('mouseleave', out);
    return () => {
      container(this.cy).removeEventListener('mouseleave', out);
      this.cy.off('mouseover', 'node', over);
      this.cy.off('mouseout', 'node', out);
      this.cy.off('viewport', out);
    };
  }

  /** Marks the entities a trafficking indicator raised. */
  flag(ids: Set<number> | null) {
    this.flagged = ids;
    flagEntities(this.cy, ids);
  }

  /** Hides or dims what the filters leave out (null: everything shown); kept across reloads. */
  setFilter(filter: ChartFilter | null) {
    this.filter = filter;
    applyChartFilter(this.cy, filter);
    scheduleDeclutter(this.cy);
  }

  private emphasise() {
    applyEmphasis(this.cy, this.path, this.selectedEntities());
    scheduleDeclutter(this.cy);
  }

  private reapplyAnalysis() {
    applyChartActions(this.cy, this.actions);
    this.emphasise();
    if (this.measure) sizeByMeasure(this.cy, this.measure);
    if (this.flagged) flagEntities(this.cy, this.flagged);
    if (this.filter) applyChartFilter(this.cy, this.filter);
  }

  /** Draws what the analyst hid, pinned and grouped (kept and re-applied after reloads). */
  setActions(actions: ChartActionsData) {
    this.actions = actions;
    const gathered = applyChartActions(this.cy, actions);
    this.emphasise();
    // A new group's members were gathered: let the force layout make room around its box.
    if (gathered && this.layoutId === 'force' && !this.running) void this.runLayout(this.layoutId, true);
  }

  /** Runs the current layout again (pinned entities keep their places). */
  relayout() {
    return this.runLayout(this.layoutId, false);
  }

  /** Entities drawn now (not hidden, not inside a collapsed group). */
  visibleEntities(): number[] {
    return this.cy
      .nodes('.entity')
      .filter((n) => !n.hasClass('chart-hidden'))
      .map((n) => n.data('entityId') as number);
  }

  /** The drawn entities linked to one entity. */
  neighbourEntities(entityId: number): number[] {
    return this.cy
      .getElementById(nodeKey(entityId))
      .neighborhood('node.entity')
      .filter((n) => !n.hasClass('chart-hidden'))
      .map((n) => n.data('entityId') as number);
  }

  /** What the menus and history name an entity by; null when it is not on the chart. */
  entityInfo(entityId: number): { label: string; type: EntityType; caseIds: number[] } | null {
    const n = this.cy.getElementById(nodeKey(entityId));
    if (n.empty()) return null;
    return {
      label: n.data('label') as string,
      type: n.data('type') as EntityType,
      caseIds: n.data('caseIds') as number[],
    };
  }

  /** Where an entity is drawn, relative to the chart container (a menu opened from the keyboard). */
  entityPoint(entityId: number): MenuPoint | null {
    const n = this.cy.getElementById(nodeKey(entityId));
    return n.empty() ? null : { ...n.renderedPosition() };
  }

  has(entityId: number): boolean {
    return this.cy.getElementById(nodeKey(entityId)).nonempty();
  }

  /** The chart as a plain scene (positions, colours, full labels) for the SVG, PNG and report exports. */
  exportScene(opts: { background: 'white' | 'transparent'; extent: Extent }): SvgScene {
    return sceneOf(this.cy, opts.extent, opts.background === 'white' ? '#ffffff' : null);
  }

  /** The canvas size in CSS pixels, to tell the user how big an export will be. */
  viewSize() {
    return { width: this.cy.width(), height: this.cy.height() };
  }

  /** Entity positions in model coordinates, keyed by entity id (GraphML/GEXF export of the chart). */
  positions(): Record<string, { x: number; y: number }> {
    const out: Record<string, { x: number; y: number }> = {};
    this.cy.nodes('.entity').forEach((n) => {
      const p = n.position();
      out[String(n.data('entityId'))] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return out;
  }

  // ---- saved charts and undo (logic in saved-chart-placement.ts)
  /** Exact model positions keyed by entity id (a saved chart, an undo step). */
  exactPositions() {
    return saved.exactPositions(this.cy);
  }

  viewport() {
    return saved.viewportOf(this.cy);
  }

  /** Takes a layout as the chart's own without running it (the positions come from elsewhere). */
  adoptLayout(id: string) {
    this.layoutId = id;
  }

  /** Puts back a chart as given, with NO layout run: any layout under way is dropped. */
  restore(elements: ElementDefinition[], positions: saved.EntityPositions, viewport: saved.Viewport | null) {
    this.generation++;
    this.pendingLoad = null;
    this.layouts.cancel();
    saved.restoreElements(this.cy, elements, positions, viewport);
    this.markOverview(true);
    this.reapplyAnalysis();
    this.running = false;
    this.showLayoutState();
    this.callbacks.onBusy(null);
    this.applyPendingFocus();
  }

  /** A small PNG data: URL of the whole chart (the saved charts list). */
  thumbnail() {
    return saved.thumbnailOf(this.cy);
  }

  /** Moves entities to the given positions at once (undo and redo of a move or a layout). */
  place(positions: saved.EntityPositions) {
    saved.placeEntities(this.cy, positions);
  }
}

function selectedEntityIds(selection: ChartSelection): number[] {
  if (selection?.kind === 'node') return [selection.id];
  return selection?.kind === 'nodes' ? selection.ids : [];
}

function selectionKeys(selection: ChartSelection): string[] {
  if (!selection) return [];
  if (selection.kind === 'node') return [nodeKey(selection.id)];
  if (selection.kind === 'nodes') return selection.ids.map(nodeKey);
  return [edgeKey(selection.id)];
}

/** The selection after shift-clicking an entity (null: just what is selected now). */
function toggled(current: number[], id: number | null): ChartSelection {
  const ids =
    id === null ? current : current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  if (ids.length === 0) return null;
  return ids.length === 1 ? { kind: 'node', id: ids[0]! } : { kind: 'nodes', ids };
}

const container = (cy: Core) => cy.container() as HTMLElement;
