// A big chart drawn with its view parked off the chart: added a slice per frame (with its
// links previewed while Cytoscape's own are added), moved to a layout's positions a slice per
// frame, and restyled with the old picture held, each time with the renderer's layers made
// before the view comes back. The canvas redraws everything in view on every change, so
// drawing each slice in view would redraw all slices before it (seconds a frame at
// thousands); parked, a frame costs only the new slice's styling and measuring, and the whole
// picture is drawn once, in place, when the view comes back. The chart controller owns `cy`
// and hands this the parts of its state a drawing needs (ParkedHost).
import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutResult, Positions } from '../layout-compute';
import { cancelDeclutter } from '../label-overlap';
import { holdDrawing, holdView } from './hold-drawing';
import type { LinkPreview, PreviewInput } from './link-preview';
import { SLICE_BUDGET_MS } from './lod';
import { markStep } from './marks';
import { moveInSlices, moveMessage } from './move-in-slices';
import { addInSlices, progressMessage } from './progressive';
import { layersComplete, warmLayers } from './warm-layers';
import { warmMoved, warmTextures } from './warm-textures';

type View = PreviewInput['view'];

/** What a parked drawing needs of the chart controller. */
export interface ParkedHost {
  cy(): Core;
  /** Whether the load or layout numbered `generation` is still the chart's latest. */
  current(generation: number): boolean;
  onBusy(message: string): void;
  /** Takes the view's watchers (autosave, notes, menus) off; returns their return. */
  pauseViewWatchers(): () => void;
  /** The analyst's actions, selection and marks applied to the chart just added. */
  finishLoad(): void;
  /** The view that shows these positions whole. */
  fittedView(positions: Positions): View | null;
  /** The links previewed under the entities' picture, where they would look the same. */
  previewLinks(elements: ElementDefinition[], positions: Positions, view: View): LinkPreview | null;
}

/** A pan that shows none of any chart (model positions stay far below a million units). */
const OFF_CHART = { x: -1e9, y: -1e9 };

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** An element definition at its position, when it has one. */
export const positioned = (el: ElementDefinition, positions: Positions): ElementDefinition => {
  const p = el.group === 'nodes' ? positions[String(el.data.id)] : undefined;
  return p ? { ...el, position: p } : el;
};

const container = (cy: Core) => cy.container() as HTMLElement;
const viewOf = (cy: Core): View => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

export class ParkedDrawing {
  /** A big chart is being added or moved a slice per frame. */
  slicing = false;
  /** A big chart is being added while its layout has given no positions yet. */
  awaitingPositions = false;
  /** Slices of the last chart added. */
  slices = 0;
  /** The drawing now running; see after(). */
  private queue: Promise<unknown> = Promise.resolve();
  private restyling = false;
  private entityPictures = 0;

  constructor(private readonly host: ParkedHost) {}

  /**
   * Empties the chart and adds a big one a slice per frame; false when a newer run stopped
   * it. With positions still to come, slices are added while the layout runs (the window
   * would otherwise wait idle for its draft): those added before it came are then moved to it.
   */
  add(elements: ElementDefinition[], source: Positions | Promise<Positions | null>, generation: number) {
    return this.after(() => this.addParked(elements, source, generation));
  }

  /** Moves a big chart's entities to a layout's result a slice per frame; false when stopped. */
  move(result: LayoutResult, generation: number) {
    return this.after(() => this.moveParked(result, generation));
  }

  /**
   * After a restyle (flags, a filter, an emphasis, a measure, a selection) the canvas renderer
   * would draw every element one by one, frame after frame, until it has made its layers
   * again (0.2–0.4 s frames on 15,000 elements): instead its drawing is held, the old picture
   * staying on screen, while the layers are made a portion per frame, and the new picture
   * comes at once. A restyle meanwhile is taken in by the same pass.
   */
  restyled(generation: number) {
    if (this.slicing || this.restyling) return;
    const cy = this.host.cy();
    this.restyling = true;
    // Held now, before the next frame would draw; the layers after any parked drawing (a
    // layout's move must not drop the layers being made).
    const release = holdDrawing(cy);
    void this.after(async () => {
      try {
        await this.warmLayers(cy, generation);
      } finally {
        this.restyling = false;
        container(cy).dataset.layersAfterRestyle = String(layersComplete(cy));
        release();
      }
    });
  }

  /**
   * One parked drawing at a time: a new one starts once the one it replaced (which stops at
   * its next frame) has put the view back and released the drawing it held.
   */
  private after<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async addParked(
    elements: ElementDefinition[],
    source: Positions | Promise<Positions | null>,
    generation: number,
  ) {
    const { host } = this;
    if (!host.current(generation)) return false;
    const cy = host.cy();
    cy.elements().remove();
    this.slicing = true;
    cancelDeclutter(cy);
    let known = source instanceof Promise ? null : source;
    let view = (known && host.fittedView(known)) || viewOf(cy);
    this.awaitingPositions = !known;
    const arrived = Promise.resolve(source).then((positions) => {
      if (!positions || !host.current(generation)) return null;
      if (!known) {
        known = positions;
        this.awaitingPositions = false;
        view = host.fittedView(positions) ?? view;
        // Textures and layers are made for the zoom the chart will be shown at.
        if (this.slicing) cy.viewport({ zoom: view.zoom, pan: OFF_CHART });
      }
      return positions;
    });
    cy.viewport({ zoom: view.zoom, pan: OFF_CHART });
    let release = holdDrawing(cy);
    let unholdView: () => void = () => undefined;
    markStep('slices-start');
    const resume = host.pauseViewWatchers();
    let lastPlaced = false;
    let preview: LinkPreview | null = null;
    /**
     * The entities, placed, are shown before their links are added, with the links previewed
     * under them: their layers are made, the view comes back for one frame, and the drawing
     * is held again with that picture on screen (and the view still) while the links are
     * added out of sight.
     */
    const showEntities = async () => {
      if (!(await this.warmLayers(cy, generation))) return false;
      preview = host.previewLinks(elements, known!, view);
      cy.viewport(view);
      release();
      await nextFrame();
      markStep('entities-shown');
      container(cy).dataset.entityPictures = String(++this.entityPictures);
      container(cy).dataset.linkPreview = String(preview?.lines ?? 0);
      release = holdDrawing(cy);
      unholdView = holdView(cy);
      return host.current(generation);
    };
    try {
      const { complete, slices } = await addInSlices(cy, elements, {
        place: (slice) => {
          lastPlaced = known !== null;
          return known ? slice.map((el) => positioned(el, known!)) : slice;
        },
        current: () => host.current(generation),
        onProgress: (p) => host.onBusy(progressMessage(p)),
        nextFrame,
        afterSlice: (added) => {
          if (lastPlaced) warmTextures(cy, added);
          markStep('slice');
        },
        // Links wait for the positions: moving an entity later redoes all its links' geometry.
        beforeLinks: async () => {
          const positions = await arrived;
          return !!positions && (await this.placeLate(cy, positions, generation)) && (await showEntities());
        },
      });
      this.slices = slices;
      const positions = complete ? await arrived : null;
      if (!positions || !(await this.placeLate(cy, positions, generation))) return false;
      // Restyled by the analyst's actions in one more parked frame: the frame that draws the
      // whole chart in view then has nothing else to do.
      host.finishLoad();
      await nextFrame();
      markStep('slices-end');
      if (!(await this.warmLayers(cy, generation))) return false;
      markStep('layers');
      return host.current(generation);
    } finally {
      this.slicing = false;
      this.awaitingPositions = false;
      if (cy.pan().x === OFF_CHART.x) cy.viewport(view);
      noteLayersAtViewBack(cy);
      release();
      (preview as LinkPreview | null)?.remove(!host.current(generation));
      unholdView();
      markStep('view-back');
      resume();
    }
  }

  /** Moves the entities added before their positions came (see add), a slice per frame. */
  private async placeLate(cy: Core, positions: Positions, generation: number) {
    const { complete, slices } = await moveInSlices(cy, positions, {
      current: () => this.host.current(generation),
      onProgress: (moved, total) => this.host.onBusy(moveMessage(moved, total)),
      nextFrame,
      afterSlice: (moved) => warmMoved(cy, moved, true),
    });
    if (complete && slices > 0) markStep('placed');
    return complete;
  }

  private async moveParked(result: LayoutResult, generation: number) {
    const { host } = this;
    if (!host.current(generation)) return false;
    const cy = host.cy();
    this.slicing = true;
    cancelDeclutter(cy);
    const view = viewOf(cy);
    /** Where the view comes back to: fitted to the new positions, or where it was. */
    let back = view;
    cy.pan(OFF_CHART);
    const release = holdDrawing(cy);
    const resume = host.pauseViewWatchers();
    try {
      const { complete } = await moveInSlices(cy, result.positions, {
        current: () => host.current(generation),
        onProgress: (moved, total) => host.onBusy(moveMessage(moved, total)),
        nextFrame,
        afterSlice: (moved) => warmMoved(cy, moved, false),
      });
      if (!complete) return false;
      if (result.fit) back = host.fittedView(result.positions) ?? view;
      // Layers are made for the zoom the chart comes back at; the view stays parked meanwhile.
      cy.viewport({ zoom: back.zoom, pan: OFF_CHART });
      await this.warmLayers(cy, generation);
      return true;
    } finally {
      this.slicing = false;
      if (cy.pan().x === OFF_CHART.x) cy.viewport(back);
      noteLayersAtViewBack(cy);
      release();
      resume();
    }
  }

  /**
   * Fills the renderer's layers while the view is parked, so that the frame bringing the view
   * back copies a few pictures instead of drawing every element (warm-layers.ts).
   */
  private warmLayers(cy: Core, generation: number) {
    return warmLayers(cy, {
      current: () => this.host.current(generation),
      nextFrame,
      budgetMs: SLICE_BUDGET_MS,
    });
  }
}

/** Says on the chart whether the frame bringing the view back copies made layers (drawing.spec reads it). */
function noteLayersAtViewBack(cy: Core) {
  container(cy).dataset.layersAtViewBack = String(layersComplete(cy));
}
