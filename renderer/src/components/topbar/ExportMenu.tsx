// Export the chart as PNG (1x–4x, white or transparent) or SVG, of the full chart or
// the current view, saved through the host (save dialog in Electron, download in a browser).
import { useEffect, useRef, useState } from 'react';
import { useChart } from '../../chart/chart-handle';
import { useClient } from '../../client/client-context';
import { ChartDataExport } from '../import/ChartDataExport';
import { reportError, reportInfo } from '../../state/notices';

type Format = 'png' | 'svg';
type Background = 'white' | 'transparent';
type Extent = 'full' | 'view';

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<Format>('png');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<Background>('white');
  const [extent, setExtent] = useState<Extent>('full');
  const [saving, setSaving] = useState(false);
  const chart = useChart();
  const client = useClient();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const save = async () => {
    if (!chart) return;
    setSaving(true);
    try {
      const stamp = new Date().toISOString().slice(0, 10);
      const name = `thorline-chart-${extent}-${stamp}`;
      const result =
        format === 'png'
          ? await client.saveFile({
              suggestedName: `${name}@${scale}x.png`,
              mime: 'image/png',
              data: chart.exportPng({ scale, background, extent }),
              encoding: 'base64',
            })
          : await client.saveFile({
              suggestedName: `${name}.svg`,
              mime: 'image/svg+xml',
              data: chart.exportSvg({ background, extent }),
              encoding: 'utf8',
            });
      if (result.saved) reportInfo(`Chart saved as ${result.path}`);
      setOpen(false);
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  };

  const view = chart?.viewSize();
  return (
    <div className="menu" ref={box}>
      <button
        className="button"
        onClick={() => setOpen((o) => !o)}
        data-testid="export-button"
        aria-expanded={open}
        disabled={!chart}
      >
        Export ▾
      </button>
      {open && (
        <div className="menu-panel export-panel" data-testid="export-menu">
          <div className="menu-title">Export chart image</div>
          <Segmented<Format>
            label="Format"
            value={format}
            onChange={setFormat}
            testId="export-format"
            options={[
              ['png', 'PNG'],
              ['svg', 'SVG'],
            ]}
          />
          <Segmented<Extent>
            label="Area"
            value={extent}
            onChange={setExtent}
            testId="export-extent"
            options={[
              ['full', 'Full chart'],
              ['view', 'Current view'],
            ]}
          />
          <Segmented<Background>
            label="Background"
            value={background}
            onChange={setBackground}
            testId="export-background"
            options={[
              ['white', 'White'],
              ['transparent', 'Transparent'],
            ]}
          />
          {format === 'png' && (
            <Segmented
              label="Scale"
              value={String(scale)}
              onChange={(v) => setScale(Number(v))}
              testId="export-scale"
              options={[
                ['1', '1×'],
                ['2', '2×'],
                ['3', '3×'],
                ['4', '4×'],
              ]}
            />
          )}
          {format === 'png' && extent === 'view' && view && (
            <div className="menu-hint">
              {Math.round(view.width * scale)} × {Math.round(view.height * scale)} px
            </div>
          )}
          <button className="button primary" onClick={save} disabled={saving} data-testid="export-save">
            {saving ? 'Saving…' : `Save ${format.toUpperCase()}…`}
          </button>
          <ChartDataExport />
        </div>
      )}
    </div>
  );
}

function Segmented<T extends string>(props: {
  label: string;
  value: T;
  onChange(v: T): void;
  options: [NoInfer<T>, string][];
  testId: string;
}) {
  return (
    <div className="segmented-row">
      <span className="segmented-label">{props.label}</span>
      <div className="segmented" role="radiogroup" aria-label={props.label} data-testid={props.testId}>
        {props.options.map(([value, text]) => (
          <button
            key={value}
            role="radio"
            aria-checked={props.value === value}
            className={props.value === value ? 'seg active' : 'seg'}
            data-value={value}
            onClick={() => props.onChange(value)}
          >
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}
