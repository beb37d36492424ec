// The report's chart as vector graphics: the briefing picture's SVG (compose.ts, with label
// halos as white copies) drawn into the PDF by svg2pdf.js, so names stay text a reader can
// search and zoom. svg2pdf.js needs the DOM, so it runs on the page: the picture is drawn a
// slice of elements at a time with a yield between slices, so the page never freezes long.
import type { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { pdfSafe } from './pdf-text';

/** Elements per svg2pdf.js call: small enough that one call is a short task. */
const SLICE = 40;
const yieldToPage = () => new Promise((r) => setTimeout(r, 0));

/** Draws `svgText` (a root <svg> sized in pt) with its top-left corner at (x, y) of the current page. */
export async function drawSvg(doc: jsPDF, svgText: string, x: number, y: number): Promise<void> {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  if (root.nodeName !== 'svg') throw new Error('The chart picture could not be read as SVG.');
  // jsPDF's built-in fonts cover WinAnsi only: spell out what they cannot draw.
  root.querySelectorAll('text').forEach((t) => (t.textContent = pdfSafe(t.textContent ?? '')));
  for (const slice of slicesOf(root)) {
    await svg2pdf(slice, doc, { x, y });
    await yieldToPage();
  }
}

/**
 * The picture split into roots drawn one after another, in painting order: first everything
 * but the chart's layers (background, header, legend, caveat), then each layer of the chart
 * (group boxes, links, entities, collapsed groups, notes) SLICE elements at a time.
 */
function slicesOf(root: Element): Element[] {
  const chart = [...root.children].find((c) => c.nodeName === 'svg');
  if (!chart) return [root];
  const layers = [...chart.children];
  const frame = root.cloneNode(true) as Element;
  const frameChart = [...frame.children].find((c) => c.nodeName === 'svg')!;
  frameChart.replaceChildren();
  const out = [frame];
  for (const layer of layers) {
    const items = [...layer.children];
    for (let i = 0; i < items.length; i += SLICE) {
      const part = layer.cloneNode(false) as Element;
      part.append(...items.slice(i, i + SLICE).map((n) => n.cloneNode(true)));
      const partChart = chart.cloneNode(false) as Element;
      partChart.append(part);
      const partRoot = root.cloneNode(false) as Element;
      partRoot.append(partChart);
      out.push(partRoot);
    }
  }
  return out;
}
