// Presenter view for briefings and classes: the chart alone, a black header with the title
// and a step counter, the step's text as a large caption, and the keyboard to move on
// (→, PageDown, Space) or back (←, PageUp); Escape returns to work.
import { useEffect } from 'react';
import { useChart } from '../chart/chart-handle';
import { useCall } from '../data/queries';
import { useLook } from '../state/look-store';
import { useUi } from '../state/ui-store';
import { useSlides, type Slides } from './slides';
import './presenter.css';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

export function PresenterOverlay() {
  const presenting = useLook((s) => s.presenting);
  return presenting ? <Presenting /> : null;
}

function Presenting() {
  const setPresenting = useLook((s) => s.setPresenting);
  const chart = useChart();
  // The chart has the whole screen now: show all of it, once the new size has been taken.
  useEffect(() => {
    const timer = window.setTimeout(() => chart?.fit(), 150);
    return () => window.clearTimeout(timer);
  }, [chart]);
  const info = useCall('workspace.info', {}).data;
  const slides = useSlides();
  usePresenterKeys(slides, () => setPresenting(false));
  return (
    <>
      <header className="presenter-head" data-testid="presenter-head">
        <span className="presenter-title">{slides?.title ?? info?.name ?? 'Thorline'}</span>
        {slides && (
          <span className="presenter-counter" data-testid="presenter-counter">
            {slides.index + 1} / {slides.count}
          </span>
        )}
        <span className="presenter-hint">{slides ? '← → to move · ' : ''}Esc to leave</span>
        <button onClick={() => setPresenting(false)} data-testid="presenter-leave">
          Leave presenter view
        </button>
      </header>
      {slides?.text && (
        <div className="presenter-caption" data-testid="presenter-caption">
          {slides.text.split(/\n\s*\n/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
    </>
  );
}

function usePresenterKeys(slides: Slides | null, leave: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.key === 'Escape') leave();
      else if (slides && NEXT.has(e.key)) slides.go(slides.index + 1);
      else if (slides && BACK.has(e.key)) slides.go(slides.index - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides, leave]);
}

/** Top-bar controls: presenter view, and the light or dark theme. */
export function LookControls() {
  const { theme, setTheme, setPresenting } = useLook();
  const setView = useUi((s) => s.setView);
  return (
    <>
      <button
        className="button"
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
        aria-pressed={theme === 'dark'}
        data-testid="theme-toggle"
      >
        {theme === 'dark' ? '☀' : '☾'}
      </button>
      <button
        className="button"
        onClick={() => {
          setView('chart');
          setPresenting(true);
        }}
        title="Presenter view: the chart alone, large and high-contrast, for projectors"
        data-testid="present-button"
      >
        Present
      </button>
    </>
  );
}
