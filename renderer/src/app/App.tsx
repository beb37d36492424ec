// The shell: top bar, the rail of views, the active view, and the notices.
import { useEffect } from 'react';
import { ChartHandleProvider } from '../chart/chart-handle';
import { PresenterOverlay, WalkthroughCard } from './after-first-paint';
import { useLook } from '../state/look-store';
import { Notices } from '../components/Notices';
import { TopBar } from '../components/topbar/TopBar';
import { useUi } from '../state/ui-store';
import { VIEWS, viewById } from '../views/registry';

export function App() {
  const activeView = useUi((s) => s.activeView);
  const setView = useUi((s) => s.setView);
  const view = viewById(activeView);
  const theme = useLook((s) => s.theme);
  const presenting = useLook((s) => s.presenting);
  // The page behind the app (scroll edges, dialogs) follows the theme too.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const View = view.component;
  return (
    <ChartHandleProvider>
      <div className={presenting ? 'app presenting' : 'app'} data-theme={theme}>
        <TopBar toolbar={view.toolbar} />
        <nav className="rail" aria-label="Views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              className={v.id === view.id ? 'rail-item active' : 'rail-item'}
              onClick={() => setView(v.id)}
              data-testid={`view-${v.id}`}
              title={v.label}
            >
              <v.glyph />
              <span>{v.label}</span>
            </button>
          ))}
        </nav>
        <main className="view">
          <View />
        </main>
        <Notices />
        {presenting ? <PresenterOverlay /> : <WalkthroughCard />}
      </div>
    </ChartHandleProvider>
  );
}
