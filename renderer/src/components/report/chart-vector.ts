// The report's chart as vector graphics: the briefing picture's SVG (compose.ts, with label
// halos as white copies) drawn into the PDF by svg2pdf.js, so names stay text a reader can
// search and zoom. svg2pdf.js needs the DOM, so it runs on the page: the picture is drawn a
// slice of elements at a time, sized to short tasks, with a yield between slices.
import type { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { pdfSafe } from './pdf-text';
import { nextSliceSize } from './slice-size';

/** Elements drawn in one svg2pdf.js call, first and at most: the slice grows or shrinks to SLICE_MS. */
const FIRST_SLICE = 4;
const MAX_SLICE = 32;
const yieldToPage = () => new Promise((r) => setTimeout(r, 0));

export interface DrawControl {
  /** Aborted: stops between slices (the half-drawn document is then dropped by the caller). */
  signal?: AbortSignal;
  /** Elements drawn so far of all there are, after each slice. */
  onProgress?(done: number, total: number): void;
}

/** Draws `svgText` (a root <svg> sized in pt) with its top-left corner at (x, y) of the current page. */
export async function drawSvg(
  doc: jsPDF,
  svgText: string,
  x: number,
  y: number,
  control: DrawControl = {},
): Promise<void> {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  if (root.nodeName !== 'svg') throw new Error('The chart picture could not be read as SVG.');
  // jsPDF's built-in fonts cover WinAnsi only: spell out what they cannot draw.
  root.querySelectorAll('text').forEach((t) => (t.textContent = pdfSafe(t.textContent ?? '')));
  const layers = layersOf(root);
  const total = layers.reduce((n, layer) => n + layer.items.length, 0);
  let done = 0;
  for (const { path, items } of layers) {
    // Each layer starts small: a link costs a few times less than an entity with its label,
    // and a slice size carried from the links made one entities slice a 466 ms task.
    let size = FIRST_SLICE;
    for (let i = 0; i < items.length;) {
      await yieldToPage();
      control.signal?.throwIfAborted();
      const slice = items.slice(i, i + size);
      const started = performance.now();
      await svg2pdf(partOf(path, slice), doc, { x, y });
      const took = performance.now() - started;
      i += slice.length;
      done += slice.length;
      control.onProgress?.(done, total);
      size = nextSliceSize(size, took, MAX_SLICE);
    }
  }
}

/** A container (with its ancestors from the root) whose children are drawn a slice at a time. */
interface Layer {
  path: Element[];
  items: Element[];
}

/**
 * The picture's layers in painting order: the root's own elements (background, header, caveat),
 * the legend's marks, then the chart's layers (group boxes, links, entities, collapsed groups,
 * notes). They do not overlap one another, so drawing the frame first changes nothing.
 */
function layersOf(root: Element): Layer[] {
  const top = [...root.children];
  const nested = top.filter((c) => c.nodeName === 'svg' || c.getAttribute('class') === 'export-legend');
  const layers: Layer[] = [{ path: [root], items: top.filter((c) => !nested.includes(c)) }];
  for (const n of nested) {
    if (n.nodeName !== 'svg') layers.push({ path: [root, n], items: [...n.children] });
    else for (const layer of n.children) layers.push({ path: [root, n, layer], items: [...layer.children] });
  }
  return layers;
}

/** A root holding only `items` of the innermost container of `path`, in the same coordinates. */
function partOf(path: Element[], items: Element[]): Element {
  const shells = path.map((e) => e.cloneNode(false) as Element);
  shells.forEach((shell, k) => (k > 0 ? shells[k - 1]!.append(shell) : undefined));
  shells.at(-1)!.append(...items.map((n) => n.cloneNode(true)));
  return shells[0]!;
}
