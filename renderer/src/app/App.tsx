// The shell: top bar, the rail of views, the active view, and the notices.
import { ChartHandleProvider } from '../chart/chart-handle';
import { Notices } from '../components/Notices';
import { TopBar } from '../components/topbar/TopBar';
import { useUi } from '../state/ui-store';
import { WalkthroughCard } from '../training/WalkthroughCard';
import { VIEWS, viewById } from '../views/registry';

export function App() {
  const activeView = useUi((s) => s.activeView);
  const setView = useUi((s) => s.setView);
  const view = viewById(activeView);
  const View = view.component;
  return (
    <ChartHandleProvider>
      <div className="app">
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
        <WalkthroughCard />
      </div>
    </ChartHandleProvider>
  );
}
