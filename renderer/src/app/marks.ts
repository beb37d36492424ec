// Named moments on the page's performance timeline (performance.mark), read by the benchmarks
// to break an action down (e.g. a case opened from the case map on the chart). Costs nothing
// that matters: a mark is a timestamp in a buffer.
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark(`thorline:${name}`);
}
