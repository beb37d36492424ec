// "Export ▾": the chart as a briefing picture (PNG or SVG) with a live preview of exactly
// what will be saved, progress and Cancel for large pictures, and the chart-data exports.
import { useMemo, useRef, useState } from 'react';
import { useChart } from '../../chart/chart-handle';
import { ExportCancelled } from '../../chart/export/raster';
import { useClient } from '../../client/client-context';
import { useCall } from '../../data/queries';
import { reportError, reportInfo } from '../../state/notices';
import { ChartDataExport } from '../import/ChartDataExport';
import { Dialog } from '../settings/Dialog';
import { DialogButton, JobFooter, JobProgress } from '../settings/JobDialog';
import { useExportSettings } from './export-settings';
import { recordExport } from './last-export';
import { base64Of, pictureOf, pngOf, svgOf, type Picture } from './picture';
import { PictureOptions } from './PictureOptions';
import { usePreview } from './use-preview';
import './export.css';

export function ExportButton() {
  const chart = useChart();
  return (
    <DialogButton
      label="Export ▾"
      testId="export-button"
      expands
      disabled={!chart}
      dialog={(close) => <ExportDialog onClose={close} />}
    />
  );
}

function ExportDialog({ onClose }: { onClose(): void }) {
  const chart = useChart();
  const settings = useExportSettings();
  const cases = useCall('cases.list', {}).data;
  const picture = useMemo(
    () => (chart ? pictureOf(chart, settings, cases ?? []) : null),
    [chart, settings, cases],
  );
  const preview = usePreview(picture);
  const save = useSave(picture);

  return (
    <Dialog title="Export chart" onClose={save.busy ? save.cancel : onClose} testId="export-menu">
      <div className="export-dialog">
        <PictureOptions />
        <div className="export-side">
          <div className="export-preview" data-testid="export-preview">
            {preview && <img src={preview} alt="Preview of the picture" />}
          </div>
          {picture && (
            <div className="menu-hint" data-testid="export-size">
              {settings.format === 'png'
                ? `${picture.layout.width.toLocaleString('en-US')} × ${picture.layout.height.toLocaleString('en-US')} px`
                : 'Vector (SVG)'}
            </div>
          )}
          <JobFooter
            progress={
              save.progress && (
                <JobProgress
                  value={save.progress.done}
                  max={save.progress.total}
                  label={`Drawing tile ${save.progress.done} of ${save.progress.total}`}
                  testId="export-progress"
                />
              )
            }
            cancellable={save.busy}
            onCancel={save.cancel}
            cancelTestId="export-cancel"
            onClose={onClose}
            start={{
              label: save.busy ? 'Saving…' : `Save ${settings.format.toUpperCase()}…`,
              run: () => void save.run(onClose),
              disabled: save.busy || !picture,
              testId: 'export-save',
            }}
          />
        </div>
      </div>
      <ChartDataExport />
    </Dialog>
  );
}

function useSave(picture: Picture | null) {
  const client = useClient();
  const format = useExportSettings((s) => s.format);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = async (done: () => void) => {
    if (!picture) return;
    setBusy(true);
    abort.current = new AbortController();
    recordExport(format, picture);
    try {
      const name = `thorline-chart-${new Date().toISOString().slice(0, 10)}`;
      const { width, height } = picture.layout;
      const result =
        format === 'png'
          ? await client.saveFile({
              suggestedName: `${name}-${width}x${height}.png`,
              mime: 'image/png',
              data: await base64Of(
                await pngOf(picture, (d, t) => setProgress({ done: d, total: t }), abort.current.signal),
              ),
              encoding: 'base64',
            })
          : await client.saveFile({
              suggestedName: `${name}.svg`,
              mime: 'image/svg+xml',
              data: svgOf(picture),
              encoding: 'utf8',
            });
      if (result.saved) reportInfo(`Chart saved as ${result.path}`);
      done();
    } catch (err) {
      if (err instanceof ExportCancelled) reportInfo('Export cancelled: nothing was saved.');
      else reportError(err);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return { run, busy, progress, cancel: () => abort.current?.abort() };
}
