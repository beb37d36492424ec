// Column headers over the supply-chain layout (dealer, purchase, firearm, purchaser, broker,
// courier, crossing, recovery), kept over their columns as the chart pans and zooms.
import { useEffect, useState } from 'react';
import { useUi } from '../state/ui-store';
import type { ChartController } from './controller';

/** What each chain column holds (see chain-layout.ts for the ranks). */
export const CHAIN_COLUMN_LABELS: Record<number, string> = {
  0: 'Dealers',
  1: 'Purchases',
  2: 'Firearms',
  3: 'Purchasers',
  4: 'Phones, accounts',
  5: 'Brokers, recruiters',
  6: 'Addresses, shipments',
  7: 'Couriers',
  8: 'Vehicles',
  9: 'Stops, crossings',
  10: 'Recoveries',
  11: 'Buyers in Mexico',
};

export function ChainHeaders({ chart }: { chart: ChartController }) {
  const layoutId = useUi((s) => s.layoutId);
  const [columns, setColumns] = useState<{ rank: number; x: number }[]>([]);
  useEffect(() => {
    if (layoutId !== 'chain') return;
    const update = () => setColumns(chart.chainColumns());
    const frame = requestAnimationFrame(update);
    const stop = chart.watchView(update);
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [chart, layoutId]);
  if (layoutId !== 'chain' || columns.length === 0) return null;
  const placed = staggered(columns);
  const rows = Math.max(...placed.map((c) => c.row)) + 1;
  return (
    <div className="chain-headers" data-testid="chain-headers" style={{ height: 10 + rows * 16 }}>
      {placed.map((c) => (
        <span key={c.rank} className="chain-header" style={{ left: c.x, top: 4 + c.row * 16 }}>
          {c.label}
        </span>
      ))}
    </div>
  );
}

/** Rough width of an upper-case 11 px label, to keep neighbouring headers apart. */
const labelWidth = (label: string) => label.length * 8 + 12;

/** Puts each header on the first row where it clears the header before it (zoomed out, columns are close). */
function staggered(columns: { rank: number; x: number }[]) {
  const rowEnds: number[] = [];
  return columns.map((c) => {
    const label = CHAIN_COLUMN_LABELS[c.rank] ?? '';
    const half = labelWidth(label) / 2;
    let row = rowEnds.findIndex((end) => end <= c.x - half);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = c.x + half;
    return { ...c, label, row };
  });
}
