// A view whose code is fetched the first time it is shown: the workbench opens on the case
// map, and parsing every other view's code (the map's outlines, the chart's PDF report,
// the review and import screens) before it would hold the page for hundreds of
// milliseconds on a big bundle. `prefetch` fetches it ahead (the page idle, the view likely next).
import { useEffect, useState, type ComponentType } from 'react';
import './lazy-view.css';

export type LazyView = ComponentType & { prefetch(): Promise<unknown> };

export function lazyView(load: () => Promise<ComponentType>, opening: string | null): LazyView {
  let loading: Promise<ComponentType> | null = null;
  let loaded: ComponentType | null = null;
  // A failed fetch is tried again next time.
  const fetchOnce = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));
  function LazyView() {
    // Code already here (prefetched) is shown at once. The view is swapped in by this
    // component's own state, not by a Suspense boundary: React holds what replaces a
    // fallback until 300 ms after the last fallback shown anywhere on the page (the top
    // bar's late parts show theirs while the chart's code loads), which kept an opening
    // chart's code, and so its data, waiting for nothing.
    const [Loaded, setLoaded] = useState<{ view: ComponentType } | null>(() =>
      loaded ? { view: loaded } : null,
    );
    const [failed, setFailed] = useState<{ err: unknown } | null>(null);
    useEffect(() => {
      if (Loaded || failed) return;
      let live = true;
      fetchOnce().then(
        (view) => live && setLoaded({ view }),
        (err: unknown) => live && setFailed({ err }),
      );
      return () => {
        live = false;
      };
    }, [Loaded, failed]);
    if (failed) {
      return (
        <div className="view-opening" role="alert">
          The view could not be loaded ({String(failed.err)}).{' '}
          <button onClick={() => setFailed(null)}>Try again</button>
        </div>
      );
    }
    if (Loaded) return <Loaded.view />;
    return opening ? (
      <div className="view-opening" role="status">
        <span className="spinner" /> {opening}
      </div>
    ) : null;
  }
  return Object.assign(LazyView, { prefetch: fetchOnce });
}
