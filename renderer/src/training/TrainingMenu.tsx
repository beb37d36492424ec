// The top bar's Training menu: start a walkthrough (in the training workspace, opened or
// created first), reset the training workspace to a fresh scenario, or leave training.
// Switching workspaces reloads the page, so every view starts clean on the other file.
import { useEffect, useRef, useState } from 'react';
import { useClient } from '../client/client-context';
import { useCall } from '../data/queries';
import { reportError } from '../state/notices';
import { useExportSettings } from '../components/export/export-settings';
import { useTraining } from './training-store';

const TRAINING_CAVEAT = 'TRAINING DATA — FICTIONAL';
import { walkthroughs } from './walkthroughs';
import './training.css';

export function TrainingMenu() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const client = useClient();
  const status = useCall('training.status', {}).data;
  const { begin, end, goTo } = useTraining();
  // Pictures and reports made from training data say so, unless the trainee writes another caveat.
  useEffect(() => {
    const settings = useExportSettings.getState();
    if (status?.active && !settings.caveat) settings.set({ caveat: TRAINING_CAVEAT });
  }, [status?.active]);

  useEffect(() => {
    const close = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const act = async (work: () => Promise<boolean>) => {
    setBusy(true);
    try {
      if (await work()) window.location.reload();
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  const start = (id: string) =>
    act(async () => {
      begin(id);
      if (status?.active) return false;
      await client.call('training.start', { reset: false });
      return true;
    });
  const reset = () =>
    act(async () => {
      const ok = window.confirm(
        'Reset the training workspace? Everything done in training is replaced by a fresh copy of the scenario. Your own workspaces are not touched.',
      );
      if (!ok) return false;
      await client.call('training.start', { reset: true });
      goTo(0);
      return true;
    });
  const leave = () =>
    act(async () => {
      end();
      await client.call('training.leave', {});
      return true;
    });

  return (
    <div className="menu training-menu" ref={box}>
      {status?.active && (
        <span className="training-badge" data-testid="training-badge" title={status.trainingPath}>
          Training
        </span>
      )}
      <button
        className="button"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        disabled={busy}
        data-testid="training-button"
      >
        {busy ? 'Opening…' : 'Training ▾'}
      </button>
      {open && (
        <div className="menu-panel training-panel" data-testid="training-menu">
          <div className="menu-title">Guided walkthroughs</div>
          {walkthroughs().map((w) =>
            w.ok ? (
              <button
                key={w.walkthrough.id}
                className="training-choice"
                onClick={() => void start(w.walkthrough.id)}
                data-testid={`walkthrough-${w.walkthrough.id}`}
              >
                <strong>{w.walkthrough.title}</strong>
                <span>
                  {w.walkthrough.steps.length} steps · {w.walkthrough.description}
                </span>
              </button>
            ) : (
              <div key={w.file} className="training-choice broken" data-testid="walkthrough-broken">
                <strong>{w.file} cannot be used</strong>
                <span>{w.problem}</span>
              </div>
            ),
          )}
          <div className="menu-hint">
            Training runs in its own workspace{status ? ` (${status.trainingPath})` : ''}; your own workspaces
            are never changed by it.
          </div>
          <div className="training-actions">
            <button className="button" onClick={() => void reset()} data-testid="training-reset">
              Reset training…
            </button>
            {status?.active && (
              <button className="button" onClick={() => void leave()} data-testid="training-leave">
                Leave training
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
