// Labels that do not overlap at rest (issue 11, point 4). After a layout, a filter or a
// selection change, every drawn label's box is measured and, from the most important label
// down, a label is shown only when its box meets no label already shown. Hidden labels come
// back on hover (the controller) and in full in the hover tooltip.
import type { Collection, Core, SingularElementArgument } from 'cytoscape';

export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Higher is kept first. */
  priority: number;
}

const CELL = 120;

const meets = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The ids of the labels to show: greedy by priority (ties by id), no two shown boxes meet. */
export function labelsToShow(boxes: LabelBox[]): Set<string> {
  const order = [...boxes].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox) => {
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / CELL); x <= Math.floor(b.x2 / CELL); x++) {
      for (let y = Math.floor(b.y1 / CELL); y <= Math.floor(b.y2 / CELL); y++) keys.push(`${x},${y}`);
    }
    return keys;
  };
  const shown = new Set<string>();
  for (const box of order) {
    const keys = cells(box);
    if (keys.some((k) => grid.get(k)?.some((other) => meets(box, other)))) continue;
    shown.add(box.id);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return shown;
}

/** Importance of a label: what the analyst is looking at first, then entities before links, hubs first. */
function priorityOf(el: SingularElementArgument): number {
  let tier = el.isNode() ? 2 : 1;
  if (el.selected()) tier = 5;
  else if (el.hasClass('on-path') || el.hasClass('neighbour')) tier = 4;
  else if (el.hasClass('dimmed') || el.hasClass('filtered')) tier = 0;
  const weight = el.isNode() ? el.degree(false) + (el.data('crossCase') ? 50 : 0) : 0;
  return tier * 1e6 + weight;
}

/**
 * Elements whose label is drawn: in view (or just outside it), shown, labelled, and not too
 * small to draw at this zoom (min-zoomed-font-size). Off-screen labels are left alone: on a
 * big chart zoomed in, measuring them all would cost seconds.
 */
export function drawnLabels(cy: Core): Collection {
  const zoom = cy.zoom();
  const e = cy.extent();
  const margin = 150 / zoom;
  const inView = (p: { x: number; y: number }) =>
    p.x > e.x1 - margin && p.x < e.x2 + margin && p.y > e.y1 - margin && p.y < e.y2 + margin;
  return cy.elements(':visible').filter(
    (el) =>
      !!el.data('label') &&
      // Links of a big chart draw no label (the style leaves it empty): skip measuring thousands.
      (el.isNode() || !!el.style('label')) &&
      inView(el.isNode() ? el.position() : el.midpoint()) &&
      el.numericStyle('font-size') * zoom >= (el.numericStyle('min-zoomed-font-size') || 0),
  );
}

/** The box of an element's label in model units. */
export const labelBox = (el: SingularElementArgument) =>
  el.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  } as never);

/** Measures the drawn labels and hides those that would overlap a more important one. */
export function declutterLabels(cy: Core): void {
  const boxes: LabelBox[] = [];
  // Labels the style leaves empty (links of a big chart) have no box and are left alone.
  const measured = drawnLabels(cy).filter((el) => {
    const bb = labelBox(el);
    if (!(bb.w > 0 && bb.h > 0)) return false; // also when not a number
    boxes.push({ id: el.id(), ...bb, priority: priorityOf(el) });
    return true;
  });
  const shown = labelsToShow(boxes);
  const hide = measured.filter((el) => !shown.has(el.id()) && !el.hasClass('hover'));
  const hideIds = new Set(hide.map((el) => el.id()));
  // Only what changes is touched: each style bypass costs a style update.
  cy.batch(() => {
    const was = cy.elements('.label-hidden');
    was
      .filter((el) => !hideIds.has(el.id()))
      .removeClass('label-hidden')
      .removeStyle('text-opacity');
    hide
      .filter((el) => !el.hasClass('label-hidden'))
      .addClass('label-hidden')
      .style('text-opacity', 0);
  });
}

const pending = new WeakMap<Core, ReturnType<typeof setTimeout>>();

/** Declutters once things settle: many changes in a row (a layout, a filter, a selection) cost one pass. */
export function scheduleDeclutter(cy: Core): void {
  clearTimeout(pending.get(cy));
  pending.set(
    cy,
    setTimeout(() => {
      pending.delete(cy);
      if (!cy.destroyed()) declutterLabels(cy);
    }, 60),
  );
}

/** Drops a pass scheduled and not yet run. */
export function cancelDeclutter(cy: Core): void {
  clearTimeout(pending.get(cy));
  pending.delete(cy);
}

/** A hovered element shows its label even when the pass hid it. */
export function revealLabel(el: SingularElementArgument, hovered: boolean): void {
  if (!el.hasClass('label-hidden')) return;
  if (hovered) el.removeStyle('text-opacity');
  else el.style('text-opacity', 0);
}

export interface HoveredLabel {
  label: string;
  /** Where to show it, in page (client) coordinates: the middle of the entity's top. */
  x: number;
  y: number;
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Whether the label is cut short at rest (wider than text-max-width), hidden by the pass, or too small to draw at this zoom. */
export function labelCut(el: SingularElementArgument): boolean {
  if (el.hasClass('label-hidden')) return true;
  // Zoomed out past where the label is drawn at all (a big chart's overview): it is not seen.
  if (el.numericStyle('font-size') * el.cy().zoom() < (el.numericStyle('min-zoomed-font-size') || 0))
    return true;
  // Not read from text-wrap: hovering switches it to 'none' to draw the label whole.
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return false;
  measureContext.font = `${el.style('font-weight')} ${el.style('font-size')} ${el.style('font-family')}`;
  const width = measureContext.measureText(String(el.data('label') ?? '')).width;
  return width > parseFloat(el.style('text-max-width'));
}

/** The full label of a hovered entity whose label is cut or hidden, placed over it (its own label is below). */
export function hoveredLabel(el: SingularElementArgument): HoveredLabel | null {
  if (!el.isNode() || !labelCut(el)) return null;
  const box = (el.cy().container() as HTMLElement).getBoundingClientRect();
  const p = el.renderedPosition();
  const h = el.renderedOuterHeight();
  return { label: String(el.data('label')), x: box.left + p.x, y: box.top + p.y - h / 2 - 4 };
}
