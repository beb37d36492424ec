// Canvases of our own laid under or over the chart's (the link preview, the hover highlight):
// they let the mouse through to the chart and cover its container, at the screen's pixel ratio.

export function chartCanvas(className: string, zIndex?: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.style.cssText = 'position:absolute;left:0;top:0;pointer-events:none';
  if (zIndex !== undefined) canvas.style.zIndex = String(zIndex);
  return canvas;
}

/** Sizes the canvas to the container (when it differs); returns the pixel ratio it draws at. */
export function fitToChart(canvas: HTMLCanvasElement, container: HTMLElement): number {
  const ratio = window.devicePixelRatio || 1;
  const { clientWidth: width, clientHeight: height } = container;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  return ratio;
}
