// The export dialog's choices: format, area, background, size (scale, pixels or a page at
// a DPI) and what the picture carries (title, date, analyst, scale, legend, caveat).
import { DPIS, PAPERS, type Paper } from '../../chart/export/page';
import { useExportSettings, type SizeMode } from './export-settings';
import { Segmented } from './Segmented';

export const TRAINING_CAVEAT = 'TRAINING DATA — FICTIONAL';

export function PictureOptions() {
  const s = useExportSettings();
  return (
    <div className="export-options">
      <Segmented
        label="Format"
        value={s.format}
        onChange={(format) => s.set({ format })}
        testId="export-format"
        options={[
          ['png', 'PNG'],
          ['svg', 'SVG'],
        ]}
      />
      <Segmented
        label="Area"
        value={s.extent}
        onChange={(extent) => s.set({ extent })}
        testId="export-extent"
        options={[
          ['full', 'Full chart'],
          ['view', 'Current view'],
        ]}
      />
      <Segmented
        label="Background"
        value={s.background}
        onChange={(background) => s.set({ background })}
        testId="export-background"
        options={[
          ['white', 'White'],
          ['transparent', 'Transparent'],
        ]}
      />
      {s.format === 'png' && <SizeOptions />}
      <Carried />
    </div>
  );
}

function SizeOptions() {
  const s = useExportSettings();
  return (
    <>
      <Segmented<SizeMode>
        label="Size"
        value={s.sizeMode}
        onChange={(sizeMode) => s.set({ sizeMode })}
        testId="export-size-mode"
        options={[
          ['scale', 'Scale'],
          ['pixels', 'Pixels'],
          ['page', 'Page'],
        ]}
      />
      {s.sizeMode === 'scale' && (
        <Segmented
          label="Scale"
          value={String(s.scale)}
          onChange={(v) => s.set({ scale: Number(v) })}
          testId="export-scale"
          options={[
            ['1', '1×'],
            ['2', '2×'],
            ['3', '3×'],
            ['4', '4×'],
          ]}
        />
      )}
      {s.sizeMode === 'pixels' && (
        <label className="segmented-row">
          <span className="segmented-label">Width (px)</span>
          <input
            type="number"
            min={1}
            max={40000}
            value={s.pixelWidth}
            onChange={(e) => s.set({ pixelWidth: Number(e.target.value) })}
            data-testid="export-width"
          />
        </label>
      )}
      {s.sizeMode === 'page' && <PageOptions />}
    </>
  );
}

function PageOptions() {
  const s = useExportSettings();
  return (
    <>
      <Segmented<Paper>
        label="Paper"
        value={s.paper}
        onChange={(paper) => s.set({ paper })}
        testId="export-paper"
        options={(Object.keys(PAPERS) as Paper[]).map((p) => [p, PAPERS[p].label])}
      />
      <Segmented
        label="Orientation"
        value={s.orientation}
        onChange={(orientation) => s.set({ orientation })}
        testId="export-orientation"
        options={[
          ['portrait', 'Portrait'],
          ['landscape', 'Landscape'],
        ]}
      />
      <Segmented
        label="DPI"
        value={String(s.dpi)}
        onChange={(v) => s.set({ dpi: Number(v) })}
        testId="export-dpi"
        options={DPIS.map((d) => [String(d), String(d)])}
      />
    </>
  );
}

function Carried() {
  const s = useExportSettings();
  const field = (key: 'title' | 'analyst', label: string, placeholder: string) => (
    <label className="segmented-row">
      <span className="segmented-label">{label}</span>
      <input
        type="text"
        value={s[key]}
        placeholder={placeholder}
        onChange={(e) => s.set({ [key]: e.target.value })}
        data-testid={`export-${key}`}
      />
    </label>
  );
  const check = (key: 'showDate' | 'showScale' | 'showLegend', label: string) => (
    <label className="export-check">
      <input
        type="checkbox"
        checked={s[key]}
        onChange={(e) => s.set({ [key]: e.target.checked })}
        data-testid={`export-${key}`}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="export-carried">
      <legend>On the picture</legend>
      {field('title', 'Title', 'e.g. Supply chain to Zapopan')}
      {field('analyst', 'Analyst', 'your name')}
      <div className="segmented-row">
        <span className="segmented-label">Caveat</span>
        <input
          type="text"
          value={s.caveat}
          placeholder="a handling caveat, top and bottom"
          onChange={(e) => s.set({ caveat: e.target.value })}
          data-testid="export-caveat"
        />
        <button
          type="button"
          className="button small"
          onClick={() => s.set({ caveat: TRAINING_CAVEAT })}
          title={`Use "${TRAINING_CAVEAT}"`}
        >
          Training
        </button>
      </div>
      <div className="export-checks">
        {check('showDate', 'Date')}
        {check('showScale', 'Scale')}
        {check('showLegend', 'Legend')}
      </div>
    </fieldset>
  );
}
