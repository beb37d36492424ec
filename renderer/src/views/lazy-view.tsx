// A view whose code is fetched the first time it is shown: the workbench opens on the case
// map, and parsing every other view's code (the map's outlines, the chart's PDF report,
// the review and import screens) before it would hold the page for hundreds of
// milliseconds on a big bundle.
import { lazy, Suspense, type ComponentType } from 'react';
import './lazy-view.css';

export function lazyView(load: () => Promise<ComponentType>, opening: string | null): ComponentType {
  const Lazy = lazy(async () => ({ default: await load() }));
  function LazyView() {
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
  return LazyView;
}
