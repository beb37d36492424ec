// Making the briefing report, step by step with its progress, and Cancel. The key players are
// the shared measure (use-structure.ts): one already going on is joined, not started again,
// and its progress shows here too. Cancel stops the step under way (the backend's measure, the
// chart's slices, the picture's worker); the file is saved only once whole, so a cancelled
// report leaves no file, and the dialog is ready to make it again.
import { isCancelledError, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useChart } from '../../chart/chart-handle';
import { scaleNoteOf } from '../../chart/export/legend';
import { CallFailed } from '../../client/call-failed';
import { useClient } from '../../client/client-context';
import { structureQuery } from '../../data/use-structure';
import { useAnalysis } from '../../state/analysis-store';
import { reportError, reportInfo } from '../../state/notices';
import { useUi } from '../../state/ui-store';
import { useExportSettings } from '../export/export-settings';
import { base64Of } from '../export/picture';
import { loadReportData } from './report-data';

export interface ReportProgress {
  step: number;
  total: number;
  label: string;
  /** The key players are being measured: the measure's own progress is shown. */
  measuring?: boolean;
  /** Saving has begun: too late to cancel. */
  saving?: boolean;
}

export function useMakeReport() {
  const client = useClient();
  const chart = useChart();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const running = useRef<AbortController | null>(null);
  // Closing the dialog stops a report being made.
  useEffect(() => () => running.current?.abort(), []);

  const run = async (done: () => void) => {
    if (!chart) return;
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    const s = useExportSettings.getState();
    const caseIds = useUi.getState().caseIds;
    const structure = structureQuery(client, caseIds);
    const stopMeasuring = () => void queryClient.cancelQueries({ queryKey: structure.queryKey });
    setCancelled(false);
    try {
      setProgress({ step: 0, total: 1, label: 'Reading the workspace…', measuring: true });
      // Marked like the PDF's steps (pdf-report.ts), so briefing-big.spec measures these too.
      performance.mark('report: Reading the workspace');
      signal.addEventListener('abort', stopMeasuring);
      // A measure that is not out of date is used as it is.
      const measure = () => queryClient.fetchQuery({ ...structure, staleTime: Infinity });
      const data = await loadReportData(client, caseIds, useAnalysis.getState(), measure);
      signal.removeEventListener('abort', stopMeasuring);
      signal.throwIfAborted();
      setProgress({ step: 0, total: 1, label: 'Drawing the chart…' });
      performance.mark('report: Chart picture');
      // The PDF code (jsPDF, svg2pdf.js) loads when a report is made: parsing it with the
      // chart's toolbar held the page for a few hundred ms each time a chart was opened.
      const [{ reportChart }, { buildReport }] = await Promise.all([
        import('./chart-image'),
        import('./pdf-report'),
      ]);
      // Read from the chart once, for the picture and the title page's scale.
      const scene = chart.exportScene({ background: 'white', extent: 'full' });
      const image = await reportChart(scene, data.cases, s.reportPaper, signal);
      signal.throwIfAborted();
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
        signal,
      );
      signal.throwIfAborted();
      setProgress({ step: 1, total: 1, label: 'Saving…', saving: true });
      const result = await client.saveFile({
        suggestedName: `thorline-briefing-${date}.pdf`,
        mime: 'application/pdf',
        data: await base64Of(new Blob([pdf as BlobPart], { type: 'application/pdf' })),
        encoding: 'base64',
      });
      if (result.saved) reportInfo(`Report saved as ${result.path}`);
      done();
    } catch (err) {
      if (signal.aborted || wasCancelled(err)) setCancelled(true);
      else reportError(err);
    } finally {
      signal.removeEventListener('abort', stopMeasuring);
      if (running.current === controller) running.current = null;
      setProgress(null);
    }
  };
  const cancel = () => running.current?.abort();
  return { run, cancel, progress, cancelled };
}

/** The measure was stopped (here, or by Cancel in the Analysis tab, which shares it). */
const wasCancelled = (err: unknown) =>
  isCancelledError(err) || (err instanceof CallFailed && err.code === 'CANCELLED');
