// The chart's context menu: opened by a right-click (the controller reports the target and
// where), positioned over the canvas, driven by mouse or keyboard (arrows move, Enter or
// Space choose, → opens a panel, ← goes back, Escape closes).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useClient } from '../../client/client-context';
import { useOverlay } from '../../chart/actions/overlay-store';
import type { MenuTarget } from '../../chart/actions/targets';
import type { ChartController } from '../../chart/controller';
import { menuItems, type MenuItem, type MenuPanel } from './menu-items';
import { usePanel } from './menu-panels';

const WIDTH = 250;

export function ChartMenu({ chart }: { chart: ChartController }) {
  const menu = useOverlay((s) => s.menu);
  if (!menu) return null;
  // A new target starts a new menu (its own panel and focus).
  return (
    <OpenMenu key={`${JSON.stringify(menu.target)}@${menu.at.x},${menu.at.y}`} chart={chart} {...menu} />
  );
}

function OpenMenu(props: { chart: ChartController; target: MenuTarget; at: { x: number; y: number } }) {
  const client = useClient();
  const close = useOverlay((s) => s.closeMenu);
  const [panel, setPanel] = useState<MenuPanel>('main');
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState(props.at);
  const ctx = { chart: props.chart, client, at: props.at };
  const main = panel === 'main';
  const sub = usePanel(panel, props.target, ctx);
  const items: MenuItem[] = main ? menuItems(props.target, ctx) : (sub.items ?? []);

  // Keep the whole menu inside the chart: open leftwards or upwards near the edges.
  useLayoutEffect(() => {
    const el = ref.current;
    const stage = el?.parentElement;
    if (!el || !stage) return;
    const x = props.at.x + WIDTH > stage.clientWidth ? Math.max(0, props.at.x - WIDTH) : props.at.x;
    const h = el.offsetHeight;
    const y = props.at.y + h > stage.clientHeight ? Math.max(0, stage.clientHeight - h - 4) : props.at.y;
    setPlace({ x, y });
  }, [props.at, panel, items.length]);

  useEffect(() => {
    focusItem(ref.current, 0);
  }, [panel, sub.loading]);

  // A menu left floating over a chart that moved under it would point at the wrong thing.
  useEffect(() => props.chart.watchView(close), [props.chart, close]);

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('mousedown', onDown, true);
    return () => document.removeEventListener('mousedown', onDown, true);
  }, [close]);

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    if (item.panel) return setPanel(item.panel);
    close();
    item.run?.();
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step) focusItem(ref.current, step, true);
    else if (e.key === 'Escape') close();
    else if (e.key === 'ArrowLeft' && !main) setPanel('main');
    else if (e.key === 'ArrowRight') {
      const item = items.find((i) => i.id === (document.activeElement as HTMLElement | null)?.dataset.item);
      if (item?.panel) setPanel(item.panel);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className="chart-menu"
      role="menu"
      aria-label={main ? 'Chart actions' : sub.title}
      data-testid="chart-menu"
      style={{ left: place.x, top: place.y, width: WIDTH }}
      onKeyDown={onKey}
      onContextMenu={(e) => e.preventDefault()}
    >
      {!main && (
        <button
          role="menuitem"
          className="chart-menu-item back"
          data-item="back"
          onClick={() => setPanel('main')}
        >
          ◂ {sub.title}
        </button>
      )}
      {!main && sub.loading && <div className="chart-menu-note">Counting links…</div>}
      {!main && sub.empty && <div className="chart-menu-note">{sub.empty}</div>}
      {items.map((item) => (
        <button
          key={item.id}
          role="menuitem"
          className="chart-menu-item"
          data-item={item.id}
          data-testid={`menu-${item.id}`}
          aria-disabled={item.disabled ? true : undefined}
          aria-haspopup={item.panel ? 'menu' : undefined}
          title={item.disabled}
          onClick={() => choose(item)}
        >
          <span className="chart-menu-label">{item.label}</span>
          {item.keys && <kbd>{item.keys}</kbd>}
          {item.panel && <span className="chart-menu-arrow">▸</span>}
        </button>
      ))}
    </div>
  );
}

/** Moves the focus among the menu's enabled items (wrapping), or to the first. */
function focusItem(menu: HTMLElement | null, step: number, relative = false) {
  if (!menu) return;
  const all = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([aria-disabled])')];
  if (all.length === 0) return;
  const at = all.indexOf(document.activeElement as HTMLButtonElement);
  const next = relative ? (at + step + all.length) % all.length : 0;
  all[next === -1 ? 0 : next]!.focus();
}
