// "Export chart data" in the chart's export menu: the entities on the chart (with their
// positions) as GraphML, GEXF or CSV for Gephi and Cytoscape Desktop, or as a case
// package of that selection for another Thorline workspace.
import { useState } from 'react';
import { useChart } from '../../chart/chart-handle';
import { useClient } from '../../client/client-context';
import { reportError, reportInfo } from '../../state/notices';

type Format = 'graphml' | 'gexf' | 'csv' | 'package';

const FORMATS: [Format, string][] = [
  ['graphml', 'GraphML'],
  ['gexf', 'GEXF'],
  ['csv', 'CSV'],
  ['package', 'Package'],
];

export function ChartDataExport() {
  const chart = useChart();
  const client = useClient();
  const [busy, setBusy] = useState(false);

  const run = async (format: Format) => {
    if (!chart) return;
    setBusy(true);
    try {
      const positions = chart.positions();
      const entityIds = Object.keys(positions).map(Number);
      if (entityIds.length === 0) throw new Error('The chart is empty: nothing to export.');
      const files = await client.call('exchange.export', {
        format,
        entityIds,
        ...(format === 'package' ? {} : { positions }),
      });
      for (const f of files)
        await client.saveFile({ suggestedName: f.name, mime: f.mime, data: f.data, encoding: f.encoding });
      reportInfo(`Exported ${files.map((f) => f.name).join(', ')}`);
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chart-data-export" data-testid="chart-data-export">
      <div className="menu-title">Export chart data</div>
      <div className="segmented-row">
        <span className="segmented-label">Entities on the chart</span>
        <div className="segmented">
          {FORMATS.map(([format, label]) => (
            <button
              key={format}
              className="seg"
              onClick={() => void run(format)}
              disabled={busy || !chart}
              data-testid={`chart-export-${format}`}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
