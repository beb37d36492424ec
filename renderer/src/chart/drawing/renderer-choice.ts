// Which Cytoscape renderer draws the chart: WebGL (cytoscape >= 3.31) for big charts where
// the machine has a graphics processor, the 2D canvas otherwise. WebGL done in software
// (SwiftShader, llvmpipe: virtual machines, remote desktops, GPU-less servers) takes seconds
// a frame, so it is never chosen there. Pure choice + a browser probe; the analyst may
// override it in the settings.

/** From this many entities WebGL is worth it (below, canvas draws fast and sharper text). */
export const WEBGL_FROM = 2000;

export type RendererName = 'canvas' | 'webgl';
export type RendererOverride = 'auto' | RendererName;

export interface WebglProbe {
  /** Whether a WebGL context could be made at all. */
  available: boolean;
  /** The driver's renderer string (WEBGL_debug_renderer_info), when the browser tells. */
  renderer: string | null;
}

export interface RendererChoice {
  name: RendererName;
  /** Why, in the analyst's words (shown in the settings). */
  reason: string;
  /** Whether WebGL here runs in software (figures taken with it are not representative). */
  software: boolean;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE.test(renderer);
}

export function chooseRenderer(
  entityCount: number,
  probe: WebglProbe,
  override: RendererOverride = 'auto',
): RendererChoice {
  const software = isSoftwareRenderer(probe.renderer);
  const gpu = probe.renderer ? ` (${probe.renderer})` : '';
  if (override === 'canvas') return { name: 'canvas', reason: 'Canvas: chosen in the settings.', software };
  if (!probe.available) return { name: 'canvas', reason: 'Canvas: this browser has no WebGL.', software };
  if (override === 'webgl') {
    const warning = software ? ' WebGL runs in software here and may be slow.' : '';
    return { name: 'webgl', reason: `WebGL: chosen in the settings.${warning}`, software };
  }
  if (software) {
    return {
      name: 'canvas',
      reason: `Canvas: WebGL runs in software on this machine${gpu}, slower than canvas.`,
      software,
    };
  }
  if (entityCount < WEBGL_FROM) {
    return {
      name: 'canvas',
      reason: `Canvas: ${entityCount.toLocaleString('en-US')} entities draw fast enough without WebGL (used from ${WEBGL_FROM.toLocaleString('en-US')}).`,
      software,
    };
  }
  return { name: 'webgl', reason: `WebGL: a large chart on a graphics processor${gpu}.`, software };
}

let probed: WebglProbe | null = null;

/** What WebGL this browser offers (asked once: making a context is not free). */
export function probeWebgl(): WebglProbe {
  if (probed) return probed;
  probed = { available: false, renderer: null };
  if (typeof document === 'undefined') return probed;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      probed = { available: true, renderer: typeof renderer === 'string' ? renderer : null };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL: the canvas renderer draws.
  }
  return probed;
}

/** Cytoscape's renderer option for a choice. */
export function rendererOptions(name: RendererName): Record<string, unknown> {
  if (name === 'canvas') return { name: 'canvas' };
  return { name: 'canvas', webgl: true, webglTexSize: 4096, webglTexRows: 24, webglBatchSize: 2048 };
}
