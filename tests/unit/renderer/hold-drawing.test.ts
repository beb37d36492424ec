// Holding the canvas renderer's on-screen drawing while a big chart is added or moved in
// slices (renderer/src/chart/drawing/hold-drawing.ts), on a stand-in of Cytoscape's canvas
// renderer (its draw call lives on the prototype): frames draw nothing while held, pictures
// drawn into a given context (a PNG) still are, and the release draws the chart again.
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { holdDrawing } from '../../../renderer/src/chart/drawing/hold-drawing';

class StandInRenderer {
  drawn: string[] = [];
  webgl?: boolean;
  render(options?: { forcedContext?: string }) {
    this.drawn.push(options?.forcedContext ?? 'screen');
  }
}

function chartWith(renderer: StandInRenderer | null) {
  let forced = 0;
  const cy = {
    renderer: () => renderer,
    destroyed: () => false,
    forceRender: () => void forced++,
  } as unknown as Core;
  return { cy, forced: () => forced };
}

describe('holding the drawing of a chart', () => {
  it('skips on-screen frames while held, keeps pictures, and redraws once released', () => {
    const r = new StandInRenderer();
    const { cy, forced } = chartWith(r);
    const release = holdDrawing(cy);
    r.render();
    r.render({ forcedContext: 'png' });
    expect(r.drawn).toEqual(['png']);
    release();
    expect(forced()).toBe(1);
    r.render();
    expect(r.drawn).toEqual(['png', 'screen']);
    expect(Object.hasOwn(r, 'render')).toBe(false);
  });

  it('leaves WebGL, a headless chart and a hold already in place alone', () => {
    const gl = Object.assign(new StandInRenderer(), { webgl: true });
    holdDrawing(chartWith(gl).cy);
    gl.render();
    expect(gl.drawn).toEqual(['screen']);
    expect(() => holdDrawing(chartWith(null).cy)()).not.toThrow();
    const r = new StandInRenderer();
    const { cy } = chartWith(r);
    const outer = holdDrawing(cy);
    const inner = holdDrawing(cy);
    inner();
    r.render();
    expect(r.drawn).toEqual([]);
    outer();
    r.render();
    expect(r.drawn).toEqual(['screen']);
  });

  it('draws again only when the last of overlapping holds is released, in either order', () => {
    const r = new StandInRenderer();
    const { cy, forced } = chartWith(r);
    const drawing = holdDrawing(cy);
    const restyle = holdDrawing(cy);
    drawing();
    drawing(); // a second call of one release changes nothing
    r.render();
    expect(r.drawn).toEqual([]);
    expect(forced()).toBe(0);
    restyle();
    expect(forced()).toBe(1);
    r.render();
    expect(r.drawn).toEqual(['screen']);
  });
});
