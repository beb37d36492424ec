// The chart's drawing settings: which renderer draws the chart (canvas or WebGL) and why,
// with an override, and the level of detail that applies to big charts.
import { useState } from 'react';
import { useDrawing } from '../../chart/drawing/drawing-store';
import {
  DRAW_IN_SLICES_FROM,
  HIDE_LINKS_WHILE_MOVING_FROM,
  PLAIN_DRAWING_FROM,
  TEXTURE_WHILE_MOVING_FROM,
} from '../../chart/drawing/lod';
import type { RendererOverride } from '../../chart/drawing/renderer-choice';
import { Dialog } from './Dialog';

const n = (x: number) => x.toLocaleString('en-US');

export function DrawingSettingsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        className="icon-button boxed"
        onClick={() => setOpen(true)}
        title="Drawing settings: how the chart is drawn"
        aria-label="Drawing settings"
        data-testid="drawing-settings"
      >
        ⚙
      </button>
      {open && <DrawingSettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function DrawingSettingsDialog({ onClose }: { onClose(): void }) {
  const current = useDrawing((s) => s.current);
  const override = useDrawing((s) => s.override);
  const setOverride = useDrawing((s) => s.setOverride);
  return (
    <Dialog title="Chart drawing" onClose={onClose} testId="drawing-dialog">
      <p data-testid="drawing-line">
        <strong>Drawing:</strong> {current?.reason ?? 'no chart drawn yet.'}
      </p>
      <label className="form-row">
        <span>Renderer</span>
        <select
          value={override}
          onChange={(e) => setOverride(e.target.value as RendererOverride)}
          data-testid="drawing-renderer"
        >
          <option value="auto">Automatic (WebGL for big charts on a graphics processor)</option>
          <option value="canvas">Canvas</option>
          <option value="webgl">WebGL</option>
        </select>
      </label>
      <p className="muted">
        Big charts are drawn simpler so they stay fluid: from {n(PLAIN_DRAWING_FROM)} entities as plain discs
        with short labels and solid links (a selected link shows its own line), from{' '}
        {n(TEXTURE_WHILE_MOVING_FROM)} the view moves as one picture while panning or zooming, from{' '}
        {n(HIDE_LINKS_WHILE_MOVING_FROM)} links are hidden while it moves. Labels too small to read are not
        drawn. A chart of {n(DRAW_IN_SLICES_FROM)} entities and links or more is drawn a slice at a time, with
        its progress shown.
      </p>
    </Dialog>
  );
}
