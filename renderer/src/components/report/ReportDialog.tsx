// "Briefing report…": one command that makes the PDF report of what is on the chart, with
// the title, analyst and caveat shared with the picture export.
import { useChart } from '../../chart/chart-handle';
import { useStructureProgress } from '../../data/use-structure';
import { useUi } from '../../state/ui-store';
import { Dialog } from '../settings/Dialog';
import { DialogButton, JobFooter, JobProgress } from '../settings/JobDialog';
import { useExportSettings } from '../export/export-settings';
import { TRAINING_CAVEAT } from '../export/PictureOptions';
import { Segmented } from '../export/Segmented';
import { useMakeReport, type ReportProgress } from './use-make-report';

export function ReportButton() {
  const chart = useChart();
  return (
    <DialogButton
      label="Report…"
      title="Briefing report (PDF) of what is on the chart"
      testId="report-button"
      disabled={!chart}
      dialog={(close) => <ReportDialog onClose={close} />}
    />
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
        <JobFooter
          progress={make.progress && <ReportProgressLine progress={make.progress} />}
          outcome={
            make.cancelled &&
            !make.progress && (
              <p className="muted small" data-testid="report-cancelled">
                Cancelled: no file was saved.
              </p>
            )
          }
          cancellable={make.progress !== null && !make.progress.saving}
          onCancel={make.cancel}
          cancelTestId="report-cancel"
          onClose={onClose}
          start={{
            label: 'Save PDF…',
            run: () => void make.run(onClose),
            disabled: make.progress !== null,
            testId: 'report-save',
          }}
        />
      </div>
    </Dialog>
  );
}

/** The step under way; while the key players are measured, how far the measure has come. */
function ReportProgressLine({ progress }: { progress: ReportProgress }) {
  const caseIds = useUi((u) => u.caseIds);
  const measure = useStructureProgress(caseIds, progress.measuring === true);
  const percent = measure && Math.floor((100 * measure.done) / Math.max(1, measure.total));
  const [value, max, label] = measure
    ? [measure.done, measure.total, `Measuring the key players… ${percent}% (${measure.message})`]
    : [progress.step, progress.total, progress.label];
  return <JobProgress value={value} max={max} label={label} testId="report-progress" />;
}
