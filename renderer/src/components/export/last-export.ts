// For the end-to-end tests only (pages opened with ?testHooks): the picture the last saved
// export was drawn from, as its SVG text. A test then checks a PNG's pixels against the very
// scene and layout they were drawn from, never against another export of a chart that may
// have moved in between. Nothing is kept in normal use.
import { testHooksWanted } from '../../chart/test-hook';
import { svgOf, type Picture } from './picture';

export interface LastExport {
  format: 'png' | 'svg';
  /** The picture as SVG (its size, its chart box and every entity, as drawn). */
  svg: string;
}

declare global {
  interface Window {
    __thorlineLastExport?: LastExport;
  }
}

export function recordExport(format: LastExport['format'], picture: Picture): void {
  if (testHooksWanted()) window.__thorlineLastExport = { format, svg: svgOf(picture) };
}
