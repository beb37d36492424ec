// The one owner of the Cytoscape instance: creates and destroys it, loads elements,
// runs layouts, reflects UI state as classes, and exports pictures. React components
// hand it data and receive callbacks; they never touch `cy` themselves.
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import type { ChartSelection } from '../state/ui-store';
import type { EntityType } from '../../../shared/domain/entity-types';
import { nodeKey, edgeKey } from './elements';
import { sceneOf, type Extent } from './export/scene';
import type { SvgScene } from './export/svg';
import { layoutRequest, type LayoutRequest, type LayoutResult, type Positions } from './layout-compute';
import { chartLayoutRequest } from './layout-from-chart';
import { CANCELLED, LayoutRunner, warmLayoutWorker } from './layout-runner';
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
import { useDrawing } from './drawing/drawing-store';
import { DRAW_IN_SLICES_FROM, levelOfDetail } from './drawing/lod';
import { holdDrawing } from './drawing/hold-drawing';
import { shareDecodedIcons } from './drawing/icon-images';
import { markStep } from './drawing/marks';
import { coalesceStyleTriggers } from './drawing/style-triggers';
import { warmTextures } from './drawing/warm-textures';
import { nextFrame, ParkedDrawing, positioned } from './drawing/parked-drawing';
import { installBoundsFastPath } from './drawing/bounds-fast-path';
import { HoverOverlay } from './drawing/hover-overlay';
import { showLinkPreview, type PreviewInput } from './drawing/link-preview';
import { gridPositions, placeNew } from './drawing/place-new';
import { getPositions, putPositions, scopeKey } from './drawing/position-cache';
import { chooseRenderer, probeWebgl, rendererOptions, type RendererChoice } from './drawing/renderer-choice';
import { fitViewport } from './drawing/viewport';
import { drawnPositions } from './notes/anchors';
import { fitView, noteCorners } from './notes/framing';
import { setClassWhere } from './class-state';

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

/** Up to this many elements, charts are loaded and fitted as before (labels included in the fit). */
const SMALL_CHART = 600;
/** Below this zoom the chart shows the whole workspace: most labels are too small to draw. */
const OVERVIEW_ZOOM = 0.75;
/** Ends the current task: what follows runs in a task of its own, without waiting for a frame. */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** What changes the view as watchView reports it. */
const VIEW_EVENTS = 'viewport layoutstop add remove position';

export class ChartController {
  /** Replaced only when the renderer (canvas or WebGL) changes; see useRenderer. */
  private cy: Core;
  private drawing: RendererChoice;
  private readonly removeDrawingWatch: () => void;
  private layoutId = 'force';
  /** Who watches the view (watchView): bound again to a new `cy` after a renderer change. */
  private viewWatchers = new Set<() => void>();
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
  private removeHook: () => void;
  /** What is emphasised and how entities are sized (kept across reloads). */
  private path: PathHighlight | null = null;
  /** Entities the UI last asked to select (a shift-click adds to or removes from these). */
  private chosen: number[] = [];
  /** The selection the UI last asked for. */
  private wanted: ChartSelection = null;
  private measure: Map<number, number> | null = null;
  private flagged: Set<number> | null = null;
  private filter: ChartFilter | null = null;
  private readonly resizeObserver: ResizeObserver;
  private look: ChartLook = NORMAL_LOOK;
  /** Hidden, pinned and grouped entities (re-applied after every reload and layout). */
  private actions: ChartActionsData = EMPTY_CHART_ACTIONS;
  private unwatchMoves: () => void = () => undefined;
  /** A layout's draft is on the chart while the layout refines; drafts drawn so far. */
  private refining = false;
  private drafts = 0;
  /** Whether hovering restyles an entity and its links (level of detail: small charts only). */
  private hoverHighlight = true;
  /** Where big charts highlight the hovered entity instead. */
  private hoverOverlay: HoverOverlay | null = null;
  /** Big charts are drawn, moved and restyled with the view parked off them (see there). */
  private readonly parked = new ParkedDrawing({
    cy: () => this.cy,
    current: (generation) => generation === this.generation,
    onBusy: (message) => this.callbacks.onBusy(message),
    pauseViewWatchers: () => this.pauseViewWatchers(),
    finishLoad: () => this.finishLoad(),
    fittedView: (positions) => this.fittedView(positions),
    previewLinks: (elements, positions, view) => this.previewLinks(elements, positions, view),
  });
  /** The last load's drawing: milliseconds from the first slice to the last frame, and slices. */
  private lastDraw = { ms: 0, slices: 0 };

  constructor(
    container: HTMLElement,
    private readonly callbacks: ChartCallbacks,
  ) {
    // The chart's data is usually still on its way: the layout worker starts meanwhile.
    warmLayoutWorker();
    this.drawing = chooseRenderer(0, probeWebgl(), useDrawing.getState().override);
    this.cy = this.createCy(container);
    this.removeHook = this.attach();
    // Panels opening and closing change the container's size without a window resize.
    this.resizeObserver = new ResizeObserver(() => this.cy.resize());
    this.resizeObserver.observe(container);
    this.showLayoutState();
    this.removeDrawingWatch = useDrawing.subscribe((now, before) => {
      if (now.override !== before.override) void this.redrawWith(this.cy.nodes().length);
    });
  }

  private createCy(container: HTMLElement): Core {
    const cytoscape = registerExtensions();
    useDrawing.getState().setCurrent(this.drawing);
    const cy = cytoscape({
      container,
      style: this.stylesheet(),
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      selectionType: 'single',
      // Shift-drag draws a selection box (a plain drag still pans).
      boxSelectionEnabled: true,
      textureOnViewport: false,
      renderer: rendererOptions(this.drawing.name),
    } as never);
    coalesceStyleTriggers(cy);
    installBoundsFastPath(cy);
    shareDecodedIcons(cy);
    return cy;
  }

  /** Events and the test hook of the current `cy` (again after a renderer change). */
  private attach(): () => void {
    this.bindEvents();
    this.unwatchMoves();
    this.unwatchMoves = saved.watchMoves(this.cy, (m) => this.callbacks.onMoved?.(m));
    // A renderer change makes a new `cy`: the view's watchers (autosave, menus) follow it.
    for (const onChange of this.viewWatchers) {
      this.cy.on(VIEW_EVENTS, onChange);
      onChange();
    }
    return installTestHook(this.cy, {
      running: () => this.running,
      runs: () => this.runs,
      started: () => this.started,
      renderer: () => this.drawing.name,
    });
  }

  /**
   * Makes the renderer the right one for a chart of this size (canvas or WebGL, see
   * drawing/renderer-choice.ts). Switching renderers means a new Cytoscape instance: the
   * old one's elements are gone, so this runs before a chart is loaded.
   */
  private useRenderer(entityCount: number): boolean {
    const choice = chooseRenderer(entityCount, probeWebgl(), useDrawing.getState().override);
    const changed = choice.name !== this.drawing.name;
    this.drawing = choice;
    if (!changed) {
      useDrawing.getState().setCurrent(choice);
      return false;
    }
    const host = container(this.cy);
    this.removeHook();
    this.cy.destroy();
    this.cy = this.createCy(host);
    this.removeHook = this.attach();
    return true;
  }

  /** Level of detail for the chart's size: what is skipped while the view moves. */
  private applyDetail(entityCount: number) {
    const lod = levelOfDetail(entityCount);
    // Read by the canvas renderer on every frame; Cytoscape takes them only as start options.
    const renderer = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    renderer.textureOnViewport = lod.textureOnViewport;
    renderer.hideEdgesOnViewport = lod.hideEdgesOnViewport;
    renderer.forcedPixelRatio = lod.pixelRatio;
    this.hoverHighlight = lod.hoverHighlight;
  }

  /** Draws the chart again with the renderer now wanted (the analyst changed the setting). */
  private async redrawWith(entityCount: number) {
    const elements = this.liveElements();
    const viewport = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    if (!this.useRenderer(entityCount) || elements.length === 0) return;
    const generation = ++this.generation;
    this.begin(`Drawing ${entityCount.toLocaleString()} entities…`);
    try {
      this.applyDetail(entityCount);
      this.cy.viewport(viewport);
      this.cy.batch(() => this.cy.add(elements));
      this.markOverview(true);
      this.reapplyAnalysis();
    } finally {
      this.end(generation);
    }
  }

  private bindEvents() {
    const cy = this.cy;
    this.hoverOverlay?.destroy();
    const hover = (this.hoverOverlay = new HoverOverlay(cy));
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
    // A dragged entity stays where the analyst put it when the same scope opens again.
    cy.on('dragfree', 'node', () => this.rememberPositions());
    cy.on('zoom', () => this.markOverview());
    // Dragging an entity, zooming (labels too small to draw take no room) or panning (only
    // labels in view are measured) changes what overlaps.
    cy.on('free', 'node', () => scheduleDeclutter(cy));
    // Not while a big chart is drawn parked off the view (its run declutters at the end):
    // the pass reads every element, a few hundred ms on thousands, for nothing in view.
    cy.on('viewport', () => {
      hover.clear();
      if (!this.parked.slicing) scheduleDeclutter(cy);
    });
    cy.on('remove', () => hover.clear());
    // Leaving the canvas straight from an entity (onto a panel over it) fires no mouseout on it.
    container(cy).addEventListener('mouseleave', () => hover.clear());
    // An entity or link picked on the chart itself restyles it before the UI hears of it.
    cy.on('select unselect', () => this.restyle(() => undefined));
    cy.on('mouseover', 'node', (e) => {
      const n = e.target as NodeSingular;
      container(cy).style.cursor = 'pointer';
      // Big charts: drawn over the chart, not restyled (see drawing/hover-overlay.ts).
      if (!this.hoverHighlight) return void hover.show(n);
      n.addClass('hover');
      revealLabel(n, true);
      n.connectedEdges().addClass('hover');
    });
    cy.on('mouseout', 'node', (e) => {
      const n = e.target as NodeSingular;
      container(cy).style.cursor = '';
      hover.clear();
      if (!n.hasClass('hover')) return;
      n.removeClass('hover');
      revealLabel(n, false);
      n.connectedEdges().removeClass('hover');
    });
  }

  destroy() {
    this.hoverOverlay?.destroy();
    this.unwatchMoves();
    this.removeDrawingWatch();
    this.resizeObserver.disconnect();
    this.layouts.dispose();
    this.removeHook();
    this.cy.destroy();
  }

  /** Replaces everything (a new case scope) and lays it out, or reuses its cached positions. */
  async replace(elements: ElementDefinition[]) {
    await this.runLayout(this.layoutId, false, elements);
    this.applyPendingFocus();
  }

  /**
   * Adds what is new (expanded neighbours, a search hit, a path) next to the entities it
   * links to; nothing already drawn moves. The Layout button lays out everything again.
   */
  async merge(elements: ElementDefinition[], anchorEntityId: number | null) {
    // A chart still waiting for its layout (or still being drawn) takes the new elements into that layout.
    if (this.pendingLoad) return this.runLayout(this.layoutId, false, elements);
    const fresh = elements.filter((el) => this.cy.getElementById(String(el.data.id)).empty());
    if (fresh.length) {
      const generation = ++this.generation;
      this.layouts.cancel();
      this.begin(`Placing ${fresh.length.toLocaleString()} new elements…`);
      try {
        const anchor = anchorEntityId === null ? null : this.cy.getElementById(nodeKey(anchorEntityId));
        const placed = placeNew({
          fresh: fresh.filter((el) => el.group === 'nodes').map((el) => String(el.data.id)),
          links: fresh
            .filter((el) => el.group !== 'nodes')
            .map((el) => ({ source: String(el.data.source), target: String(el.data.target) })),
          placed: this.nodePositions(),
          anchor: anchor?.nonempty() ? { ...anchor.position() } : null,
        });
        const positioned = fresh.map((el) =>
          placed[String(el.data.id)] ? { ...el, position: placed[String(el.data.id)] } : el,
        );
        this.cy.batch(() => this.cy.add(positioned));
        this.applyDetail(this.cy.nodes().length);
        this.markOverview(true);
        this.reapplyAnalysis();
        this.rememberPositions();
        this.runs++;
      } finally {
        this.end(generation);
      }
    }
    this.applyPendingFocus();
  }

  setLayout(id: string) {
    if (id === this.layoutId) return Promise.resolve();
    this.layoutId = id;
    return this.runLayout(id, false);
  }

  /** Lays the whole chart out again from scratch (the analyst asked: no cached positions). */
  relayout() {
    return this.runLayout(this.layoutId, false, undefined, { fresh: true });
  }

  /**
   * Stops long work (a layout, a draw). A new scope whose layout is stopped is drawn on a
   * plain grid, so the analyst still sees it and can run a layout later.
   */
  cancel() {
    const waiting = this.pendingLoad;
    // A draft on the chart stays as the layout's outcome: the run counts as finished.
    if (this.refining) this.runs++;
    this.layouts.cancel();
    if (this.parked.slicing && !this.parked.awaitingPositions) {
      // Positions are known: the drawing stops where it is (opening the scope again draws it all).
      this.pendingLoad = null;
      this.end(++this.generation, true);
    } else if (waiting) {
      const ids = waiting.filter((el) => el.group === 'nodes').map((el) => String(el.data.id));
      void this.show(waiting, gridPositions(ids), ++this.generation);
    } else {
      this.end(++this.generation, true);
    }
  }

  /**
   * Runs a layout with a progress message. The positions are computed in a worker while
   * the window stays responsive; a newer run cancels this one. New elements, when given,
   * are added only once their positions are known, so a graph that is not laid out yet is
   * never drawn: on thousands of nodes that draw alone costs seconds. A scope laid out
   * before under this layout reuses its positions (drawing/position-cache.ts).
   */
  async runLayout(
    id: string,
    incremental: boolean,
    load?: ElementDefinition[],
    opts: { fresh?: boolean } = {},
  ) {
    // A replace cancelled by a layout switch hands its elements to the run that cancelled it.
    if (load) this.pendingLoad = load;
    const elements = this.pendingLoad;
    const nodeIds = elements
      ? elements.filter((el) => el.group === 'nodes').map((el) => String(el.data.id))
      : this.cy.nodes().map((n) => n.id());
    const nodeCount = nodeIds.length;
    const descriptor = layoutById(id);
    const generation = ++this.generation;
    const message = `${descriptor.label}: laying out ${nodeCount.toLocaleString()} entities${nodeCount > LARGE_GRAPH ? ' (large chart: quick settings)' : ''}…`;
    this.begin(message);
    try {
      await nextFrame(); // let the progress message paint first
      if (generation !== this.generation) return;
      const key = scopeKey(id, nodeIds);
      // Pins move entities by hand: a cached layout would ignore them.
      const cached =
        incremental || opts.fresh || this.actions.pinned.length ? null : getPositions(key, nodeIds);
      let result: LayoutResult;
      /** What still has to be added to the chart (null: it is on the chart, entities are moved). */
      let toLoad = elements;
      if (cached) {
        result = { positions: cached, fit: true };
      } else {
        const request = elements
          ? layoutRequest(id, false, elements)
          : chartLayoutRequest(this.cy, id, incremental);
        const { computed, drafted } = await this.computeLayout(request, message, generation, elements);
        if (computed === CANCELLED || generation !== this.generation) return;
        result = computed;
        putPositions(key, result.positions);
        // The draft is on the chart: the final positions are moved to, a slice per frame.
        if (drafted) toLoad = null;
      }
      if (toLoad) {
        if (!(await this.load(toLoad, result.positions, generation))) return;
      } else if (nodeCount > 0) {
        if (!(await this.applyPositions(result, nodeCount <= 400, generation))) return;
      }
      // Collapsed groups stand where their members landed (on 5,000 entities the pass costs
      // a few hundred ms: only when there are some).
      if (this.actions.groups.some((g) => g.collapsed)) applyChartActions(this.cy, this.actions);
      scheduleDeclutter(this.cy);
      this.runs++;
    } finally {
      this.end(generation);
    }
  }

  /**
   * Computes a layout. A fresh big chart is drawn meanwhile: added while the worker starts,
   * shown at its draft (the first picture in a couple of seconds instead of after the whole
   * layout); the busy line then says the layout is refining. `drafted`: the chart is drawn.
   */
  private async computeLayout(
    request: LayoutRequest,
    message: string,
    generation: number,
    elements: ElementDefinition[] | null,
  ): Promise<{ computed: LayoutResult | typeof CANCELLED; drafted: boolean }> {
    const label = layoutById(request.layoutId).label;
    let phase: 'layout' | 'draft' | 'refining' = 'layout';
    let settle: (positions: Positions | null) => void = () => undefined;
    let drawing: Promise<boolean> | null = null;
    if (elements !== null && elements.length >= DRAW_IN_SLICES_FROM) {
      phase = 'draft';
      // The draft's positions, or the final ones when the layout ends first (null: cancelled).
      const draft = new Promise<Positions | null>((resolve) => (settle = resolve));
      drawing = this.load(elements, draft, generation).then((ok) => {
        if (ok) {
          phase = 'refining';
          this.refining = true;
          this.drafts++;
        }
        this.showLayoutState();
        return ok;
      });
    }
    let computed: LayoutResult | typeof CANCELLED = CANCELLED;
    try {
      computed = await this.layouts.compute(
        request,
        (done) => {
          // While the draft is drawn, the busy line shows the drawing's progress.
          if (generation !== this.generation || phase === 'draft') return;
          const percent = `${Math.round(done * 100)}%`;
          this.callbacks.onBusy(
            phase === 'refining' ? `${label} layout: refining… ${percent}` : `${message} ${percent}`,
          );
        },
        drawing ? (draft) => settle(draft.positions) : undefined,
      );
    } finally {
      settle(computed === CANCELLED ? null : computed.positions);
    }
    const drafted = drawing ? await drawing : false;
    this.refining = false;
    return { computed, drafted };
  }

  /** Draws elements at given positions, counting it as a finished layout run. */
  private async show(elements: ElementDefinition[], positions: Positions, generation: number) {
    this.begin(`Drawing ${elements.length.toLocaleString()} elements…`);
    try {
      if (await this.load(elements, positions, generation)) this.runs++;
    } finally {
      this.end(generation);
    }
  }

  private begin(message: string) {
    this.running = true;
    this.started++;
    this.showLayoutState();
    this.callbacks.onBusy(message);
  }

  /** Ends a run, unless a newer one has started meanwhile (it ends itself). */
  private end(generation: number, force = false) {
    if (generation !== this.generation && !force) return;
    this.running = false;
    this.showLayoutState();
    this.callbacks.onBusy(null);
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
    el.dataset.renderer = this.drawing.name;
    el.dataset.drawMs = String(Math.round(this.lastDraw.ms));
    el.dataset.drawSlices = String(this.lastDraw.slices);
    // Drafts drawn so far (see computeLayout), and whether one is on the chart while its layout refines.
    el.dataset.layoutDrafts = String(this.drafts);
    el.dataset.layoutRefining = String(this.refining);
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
        classes: el.classes().join(' '),
        ...(el.isNode() ? { position: { ...el.position() } } : {}),
      }));
  }

  private nodePositions(): Positions {
    const out: Positions = {};
    this.cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  }

  /** Keeps the current positions as the cached ones of this scope. */
  private rememberPositions() {
    const positions = this.nodePositions();
    putPositions(scopeKey(this.layoutId, Object.keys(positions)), positions);
  }

  /**
   * Replaces the chart's elements with new ones in their places. A big chart gets its view
   * fitted from the positions alone (Cytoscape's fit measures every label first). Positions
   * still to come (a layout's draft) let a big chart be added meanwhile; false when a newer
   * run cancelled it or the layout ended without positions.
   */
  private async load(
    elements: ElementDefinition[],
    source: Positions | Promise<Positions | null>,
    generation: number,
  ) {
    const nodeCount = elements.filter((el) => el.group === 'nodes').length;
    this.useRenderer(nodeCount);
    shareDecodedIcons(this.cy); // those decoded since the chart was made
    this.applyDetail(nodeCount);
    if (generation !== this.generation) return false;
    const started = performance.now();
    if (elements.length >= DRAW_IN_SLICES_FROM) {
      if (!(await this.parked.add(elements, source, generation))) return false;
      this.lastDraw = { ms: performance.now() - started, slices: this.parked.slices };
      return true;
    }
    const positions = await source;
    if (!positions || generation !== this.generation) return false;
    const small = elements.length <= SMALL_CHART;
    if (!small) this.fitNumbers(positions);
    const placed = elements.map((el) => positioned(el, positions));
    if (!(await this.addInSteps(placed, small ? positions : null, generation))) return false;
    this.lastDraw.ms = performance.now() - started;
    return true;
  }

  /**
   * Adds a chart drawn at once in three tasks, its on-screen drawing held until the last:
   * the elements with the analyst's marks; the view fitted to them where given `fitTo` (which
   * styles and measures every element and label); each entity's textures made at that zoom.
   * The frame that then shows the chart only copies them. In one task, with the icons still
   * loading (see drawing/icon-images.ts), this was a task of about 0.2 s for a case of 50
   * records opened from the case map; the steps need no frame between them, only a new task.
   */
  private async addInSteps(placed: ElementDefinition[], fitTo: Positions | null, generation: number) {
    this.lastDraw = { ms: 0, slices: 1 };
    const release = holdDrawing(this.cy);
    try {
      this.cy.batch(() => {
        this.cy.elements().remove();
        this.cy.add(placed);
      });
      this.finishLoad();
      markStep('added');
      await nextTask();
      if (generation !== this.generation) return false;
      if (fitTo && !(await this.applyPositions({ positions: fitTo, fit: true }, false, generation)))
        return false;
      markStep('fitted');
      await nextTask();
      if (generation !== this.generation) return false;
      warmTextures(this.cy, this.cy.elements());
      markStep('textures');
      return generation === this.generation;
    } finally {
      release();
    }
  }

  /** The analyst's actions, selection and marks on a chart just loaded. */
  private finishLoad() {
    this.pendingLoad = null;
    this.markOverview(true);
    this.reapplyAnalysis();
  }

  /**
   * The links drawn under the entities' picture while Cytoscape's own are added (see
   * drawing/link-preview.ts); not when the analyst's hiding, grouping, filter or emphasis
   * (applied once the links are in) would draw some of them otherwise.
   */
  private previewLinks(elements: ElementDefinition[], positions: Positions, view: PreviewInput['view']) {
    const { hidden, hiddenLinks, groups } = this.actions;
    if (this.filter || this.path || hidden.length + hiddenLinks.length + groups.length > 0) return null;
    if (this.selectedEntities().length > 0) return null;
    const links = elements.filter((el) => el.group === 'edges');
    return showLinkPreview(this.cy, { links, positions, view, stylesheet: this.stylesheet() });
  }

  private stylesheet() {
    return [...buildStylesheet(), ...lookRules(this.look)];
  }

  /** Fits the view to positions without measuring elements (see drawing/viewport.ts). */
  private fitNumbers(positions: Positions) {
    const viewport = this.fittedView(positions);
    if (viewport) this.cy.viewport(viewport);
  }

  /** The view that shows positions (and the chart's notes) whole. */
  private fittedView(positions: Positions) {
    return fitViewport(
      [...Object.values(positions), ...noteCorners(this.actions.annotations, positions)],
      { width: this.cy.width(), height: this.cy.height() },
      { padding: 40, nodeSize: 60, minZoom: this.cy.minZoom(), maxZoom: this.cy.maxZoom() },
    );
  }

  /** Marks cross-case entities for larger labels while the chart is zoomed out (see the stylesheet). */
  private markOverview(force = false) {
    const overview = this.cy.zoom() < OVERVIEW_ZOOM;
    if (overview === this.overview && !force) return;
    this.overview = overview;
    // Only detailed entities change with it: restyling thousands of plain ones for nothing costs a frame.
    this.cy.batch(() => setClassWhere(this.cy.nodes('.cross-case.detailed'), 'overview', () => overview));
    scheduleDeclutter(this.cy);
  }

  /**
   * Moves the entities to a layout's result: animated on small charts, in one batch on
   * bigger ones, a slice per frame on charts drawn in slices.
   */
  private async applyPositions(result: LayoutResult, animate: boolean, generation: number) {
    if (generation !== this.generation) return false;
    if (this.cy.elements().length >= DRAW_IN_SLICES_FROM) return this.parked.move(result, generation);
    if (this.cy.elements().length > SMALL_CHART) {
      this.cy.batch(() =>
        this.cy.nodes().forEach((n) => {
          const p = result.positions[n.id()];
          if (p) n.position(p);
        }),
      );
      if (result.fit) this.fitNumbers(result.positions);
      return true;
    }
    const at = (node: NodeSingular) => result.positions[node.id()] ?? node.position();
    // Fitted to the entities where they land and to the notes (Cytoscape's fit sees no notes).
    const view = result.fit ? fitView(this.cy, this.actions.annotations, 40, at) : null;
    const layout = this.cy.layout({
      name: 'preset',
      positions: at,
      fit: false,
      ...(view ?? {}),
      animate,
      animationDuration: 450,
    } as LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    return true;
  }

  /** Frames the whole chart: its entities, links and the analyst's notes. */
  fit() {
    const view = fitView(this.cy, this.actions.annotations, 40);
    if (view) this.cy.animate(view, { duration: 250 });
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
    this.cy.style(this.stylesheet());
    coalesceStyleTriggers(this.cy); // a new stylesheet is a new style object
  }

  select(selection: ChartSelection) {
    this.wanted = selection;
    this.chosen = selectedEntityIds(selection);
    this.applySelection();
    this.emphasise();
  }

  /** Selects what the UI asked for (again after a load: a selection made elsewhere, e.g. on the map). */
  private applySelection() {
    const ids = new Set(selectionKeys(this.wanted));
    this.cy.$(':selected').forEach((el) => {
      if (!ids.has(el.id())) el.unselect();
    });
    for (const id of ids) {
      const wanted = this.cy.getElementById(id);
      if (wanted.nonempty() && !wanted.selected()) wanted.select();
    }
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
    this.restyle(() => sizeByMeasure(this.cy, values));
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
    this.viewWatchers.add(onChange);
    this.cy.on(VIEW_EVENTS, onChange);
    return () => {
      cancelAnimationFrame(frame);
      this.viewWatchers.delete(onChange);
      this.cy.off(VIEW_EVENTS, onChange);
    };
  }

  /**
   * Takes the view's watchers (autosave, notes, menus) off `cy` while a big chart is added or
   * moved a slice per frame: every element added or moved would call them (the autosave
   * reading the whole chart each frame) and, bound, they slow every element's event. They
   * are bound again, and called once, when the slices end.
   */
  private pauseViewWatchers(): () => void {
    const cy = this.cy;
    const paused = [...this.viewWatchers];
    for (const onChange of paused) cy.off(VIEW_EVENTS, onChange);
    return () => {
      if (cy !== this.cy || cy.destroyed()) return;
      for (const onChange of paused) {
        if (!this.viewWatchers.has(onChange)) continue;
        cy.on(VIEW_EVENTS, onChange);
        onChange();
      }
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
    this.restyle(() => flagEntities(this.cy, ids));
  }

  /** Hides or dims what the filters leave out (null: everything shown); kept across reloads. */
  setFilter(filter: ChartFilter | null) {
    this.filter = filter;
    this.restyle(() => applyChartFilter(this.cy, filter));
    scheduleDeclutter(this.cy);
  }

  private emphasise() {
    this.restyle(() => applyEmphasis(this.cy, this.path, this.selectedEntities()));
    scheduleDeclutter(this.cy);
  }

  /**
   * Applies a restyle (flags, a filter, an emphasis, a measure, a selection); a big chart's
   * new picture comes at once, from layers made with the old one held (ParkedDrawing.restyled).
   */
  private restyle(apply: () => void) {
    apply();
    if (this.cy.elements().length >= DRAW_IN_SLICES_FROM) this.parked.restyled(this.generation);
  }

  private reapplyAnalysis() {
    applyChartActions(this.cy, this.actions);
    this.applySelection();
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
    const background = opts.background === 'white' ? '#ffffff' : null;
    return sceneOf(this.cy, opts.extent, background, this.actions.annotations);
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

  /**
   * Draws the new elements with the entity the analyst just added standing at a model point
   * (where they right-clicked); everything else stays where it is, no layout runs, and the
   * scope's cached positions take it in (so undo and redo of the addition move nothing else).
   */
  placeAdded(elements: ElementDefinition[], added: { entityId: number; at: MenuPoint }) {
    const positions = { ...this.exactPositions(), [String(added.entityId)]: added.at };
    this.restore(elements, positions, this.viewport());
    this.rememberPositions();
  }

  /** A point relative to the chart container (a right-click) in model coordinates. */
  modelPoint(rendered: MenuPoint): MenuPoint {
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    return { x: (rendered.x - pan.x) / zoom, y: (rendered.y - pan.y) / zoom };
  }

  /** Where the entities carrying callouts are drawn (model coordinates); those not drawn are left out. */
  noteAnchors(entityIds: number[]) {
    return drawnPositions(this.cy, entityIds);
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
