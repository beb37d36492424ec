// A view whose code is fetched the first time it is shown: the workbench opens on the case
// map, and parsing every other view's code (the map's outlines, the chart's PDF report,
// the review and import screens) before it would hold the page for hundreds of
// milliseconds on a big bundle. `prefetch` fetches it ahead (the page idle, the view likely next).
import { lazy, Suspense, useState, type ComponentType } from 'react';
import './lazy-view.css';

export type LazyView = ComponentType & { prefetch(): Promise<unknown> };

export function lazyView(load: () => Promise<ComponentType>, opening: string | null): LazyView {
  let loading: Promise<ComponentType> | null = null;
  let loaded: ComponentType | null = null;
  // A failed fetch is tried again next time (the lazy component itself keeps its own answer).
  const fetchOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));
  const Lazy = lazy(async () => ({ default: await fetchOnce() }));
  function LazyView() {
    // Code already here (prefetched) is shown at once: suspending even for a moment would
    // show the fallback, and React holds what replaces a fallback for 300 ms. Chosen once per
    // mount, so the view is never swapped for another component under the analyst.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded />;
    const waiting = opening ? (
      <div className="view-opening" role="status">
        <span className="spinner" /> {opening}
      </div>
    ) : null;
    return (
      <Suspense fallback={waiting}>
        <Lazy />
      </Suspense>
    );
  }
  return Object.assign(LazyView, { prefetch: fetchOnce });
}
