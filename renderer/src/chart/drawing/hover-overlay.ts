// The hovered entity of a big chart, highlighted on a canvas over the chart. On small charts
// hovering restyles the entity and its links (the .hover classes); on a chart of thousands
// that restyle makes the canvas renderer draw every element again, one by one, until its
// layers are remade: 160–250 ms frames while the mouse sweeps (lod.ts hoverHighlight). Here
// the same highlight (a halo round the entity, its links in the selection colour) is drawn
// over the chart instead, from where Cytoscape has them on screen: a millisecond a hover,
// nothing restyled. It is cleared when the mouse leaves the entity or the view moves.
import type { Core, NodeSingular } from 'cytoscape';
import { SELECTED_COLOUR } from '../style-tables';
import { chartCanvas, fitToChart } from './chart-canvas';

/** Halo width round the hovered entity and the thinnest a highlighted link is drawn (CSS px). */
const HALO_PX = 6;
const MIN_LINK_PX = 2;

export class HoverOverlay {
  private canvas: HTMLCanvasElement | null = null;
  /** Something is drawn (clearing is then needed: it is called for every element removed). */
  private drawn = false;

  constructor(private readonly cy: Core) {}

  /** Highlights the entity and its links; returns the links drawn. */
  show(node: NodeSingular): number {
    const context = this.context();
    if (!context) return 0;
    const zoom = this.cy.zoom();
    const from = node.renderedPosition();
    const radius = node.renderedOuterWidth() / 2;
    context.strokeStyle = SELECTED_COLOUR;
    context.lineCap = 'round';
    let links = 0;
    node.connectedEdges(':visible').forEach((edge) => {
      const other = edge.source().same(node) ? edge.target() : edge.source();
      const width = Number(
        (edge as unknown as { pstyle(n: string): { pfValue: number } }).pstyle('width').pfValue,
      );
      context.lineWidth = Math.max(MIN_LINK_PX, width * zoom);
      // From rim to rim: Cytoscape draws links under entities, so a link stops at each disc.
      segment(context, from, radius, other.renderedPosition(), other.renderedOuterWidth() / 2);
      links++;
    });
    // The halo, round the disc (as the .hover underlay of small charts, as a ring over it).
    context.globalAlpha = 0.35;
    context.lineWidth = HALO_PX;
    context.beginPath();
    context.arc(from.x, from.y, radius + HALO_PX / 2, 0, 2 * Math.PI);
    context.stroke();
    context.globalAlpha = 1;
    this.drawn = true;
    // What is highlighted, for the tests (drawing.spec).
    this.container().dataset.hoverEntity = String(node.data('entityId'));
    this.container().dataset.hoverLinks = String(links);
    return links;
  }

  clear() {
    const canvas = this.canvas;
    if (!canvas || !this.drawn) return;
    this.drawn = false;
    canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    this.container().dataset.hoverLinks = '0';
  }

  destroy() {
    this.canvas?.remove();
    this.canvas = null;
  }

  private container() {
    return this.cy.container() as HTMLElement;
  }

  /** The overlay's context, cleared and sized to the chart (in CSS pixels). */
  private context(): CanvasRenderingContext2D | null {
    const container = this.container();
    if (!this.canvas || !this.canvas.isConnected) {
      // Over Cytoscape's canvases (their container is positioned, z-index 0).
      this.canvas = container.appendChild(chartCanvas('hover-highlight', 1));
    }
    const canvas = this.canvas;
    const ratio = fitToChart(canvas, container);
    const context = canvas.getContext('2d');
    context?.setTransform(1, 0, 0, 1, 0, 0);
    context?.clearRect(0, 0, canvas.width, canvas.height);
    context?.setTransform(ratio, 0, 0, ratio, 0, 0);
    return context;
  }
}

type Point = { x: number; y: number };

/** The line between two discs, rim to rim (none when they overlap). */
function segment(context: CanvasRenderingContext2D, a: Point, ra: number, b: Point, rb: number) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length <= ra + rb) return;
  const ux = dx / length;
  const uy = dy / length;
  context.beginPath();
  context.moveTo(a.x + ux * ra, a.y + uy * ra);
  context.lineTo(b.x - ux * rb, b.y - uy * rb);
  context.stroke();
}
