// "Briefing report…": one command that makes the PDF report of what is on the chart, with
// the title, analyst and caveat shared with the picture export.
import { useState } from 'react';
import { useChart } from '../../chart/chart-handle';
import { scaleNoteOf } from '../../chart/export/legend';
import { useClient } from '../../client/client-context';
import { useAnalysis } from '../../state/analysis-store';
import { reportError, reportInfo } from '../../state/notices';
import { useUi } from '../../state/ui-store';
import { Dialog } from '../settings/Dialog';
import { useExportSettings } from '../export/export-settings';
import { base64Of } from '../export/picture';
import { TRAINING_CAVEAT } from '../export/PictureOptions';
import { Segmented } from '../export/Segmented';
import { reportChart } from './chart-image';
import { buildReport } from './pdf-report';
import { loadReportData } from './report-data';

export function ReportButton() {
  const [open, setOpen] = useState(false);
  const chart = useChart();
  return (
    <>
      <button
        className="button"
        onClick={() => setOpen(true)}
        disabled={!chart}
        title="Briefing report (PDF) of what is on the chart"
        data-testid="report-button"
      >
        Report…
      </button>
      {open && <ReportDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ReportDialog({ onClose }: { onClose(): void }) {
  const s = useExportSettings();
  const make = useMakeReport();
  const text = (key: 'title' | 'analyst' | 'caveat', label: string) => (
    <label className="segmented-row">
      <span className="segmented-label">{label}</span>
      <input
        type="text"
        value={s[key]}
        onChange={(e) => s.set({ [key]: e.target.value })}
        data-testid={`report-${key}`}
      />
    </label>
  );
  return (
    <Dialog title="Briefing report (PDF)" onClose={onClose} testId="report-dialog">
      <div className="export-options report-options">
        {text('title', 'Title')}
        {text('analyst', 'Analyst')}
        {text('caveat', 'Caveat')}
        <div className="menu-hint">
          On every page, top and bottom.{' '}
          <button type="button" className="link-button" onClick={() => s.set({ caveat: TRAINING_CAVEAT })}>
            Use “{TRAINING_CAVEAT}”
          </button>
        </div>
        <Segmented
          label="Paper (landscape)"
          value={s.reportPaper}
          onChange={(reportPaper) => s.set({ reportPaper })}
          testId="report-paper"
          options={[
            ['letter', 'Letter'],
            ['a4', 'A4'],
          ]}
        />
        <p className="muted small">
          Title page, the chart and its legend, the case map, the connections between cases, the paths found
          (Analysis › Paths), the key players and the indicators.
        </p>
        {make.progress && (
          <div className="export-progress" data-testid="report-progress">
            <progress max={make.progress.total} value={make.progress.step} />
            <span>{make.progress.label}</span>
          </div>
        )}
        <div className="export-actions">
          <button className="button" onClick={onClose}>
            Close
          </button>
          <button
            className="button primary"
            onClick={() => void make.run(onClose)}
            disabled={make.progress !== null}
            data-testid="report-save"
          >
            Save PDF…
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function useMakeReport() {
  const client = useClient();
  const chart = useChart();
  const [progress, setProgress] = useState<{ step: number; total: number; label: string } | null>(null);

  const run = async (done: () => void) => {
    if (!chart) return;
    const s = useExportSettings.getState();
    const caseIds = useUi.getState().caseIds;
    try {
      setProgress({ step: 0, total: 1, label: 'Reading the workspace…' });
      const data = await loadReportData(client, caseIds, useAnalysis.getState());
      setProgress({ step: 0, total: 1, label: 'Drawing the chart…' });
      const image = await reportChart(chart, data.cases, s.reportPaper);
      const scene = chart.exportScene({ background: 'white', extent: 'full' });
      const date = new Date().toISOString().slice(0, 10);
      const pdf = await buildReport(
        data,
        image,
        {
          title: s.title,
          analyst: s.analyst,
          caveat: s.caveat,
          date,
          paper: s.reportPaper,
          scaleNote: scaleNoteOf(scene),
        },
        (step, total, label) => setProgress({ step, total, label: `${label}…` }),
      );
      const result = await client.saveFile({
        suggestedName: `thorline-briefing-${date}.pdf`,
        mime: 'application/pdf',
        data: await base64Of(new Blob([pdf as BlobPart], { type: 'application/pdf' })),
        encoding: 'base64',
      });
      if (result.saved) reportInfo(`Report saved as ${result.path}`);
      done();
    } catch (err) {
      reportError(err);
    } finally {
      setProgress(null);
    }
  };
  return { run, progress };
}
