// Class and data writes that touch an element only when its state changes. Cytoscape marks
// an element's style dirty on every toggleClass, addClass, removeClass or data write, even
// one that changes nothing, and the next frame restyles (and re-measures) every dirty
// element: re-applying the same chart actions to 5,000 entities and 10,000 links cost a
// frame of about 460 ms for no visible change.
import type { SingularElementArgument } from 'cytoscape';

/** Gives or takes one class; nothing happens when the element already is as asked. */
export function setClass(ele: SingularElementArgument, cls: string, on: boolean): void {
  if (ele.hasClass(cls) !== on) ele.toggleClass(cls, on);
}

/** The class on the elements `want` says yes to, off the rest; only changes are written. */
export function setClassWhere<E extends SingularElementArgument>(
  eles: { forEach(each: (ele: E) => void): unknown },
  cls: string,
  want: (ele: E) => boolean,
): void {
  eles.forEach((ele) => setClass(ele, cls, want(ele)));
}

/** Writes a data field only when its value differs (numbers and strings, compared as they are). */
export function setData(ele: SingularElementArgument, key: string, value: unknown): void {
  if (ele.data(key) !== value) ele.data(key, value);
}
