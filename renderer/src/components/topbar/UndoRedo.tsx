// Undo and Redo for everything in the one history (chart and data actions), named after
// what they undo ("Undo move of 3 entities"), with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd
// on a Mac) anywhere but in a text field, where the keys edit the text.
import { useEffect } from 'react';
import { useHistory } from '../../state/history';
import { reportError } from '../../state/notices';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** What a key press asks of the history, or null. */
export function historyKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  return key === 'y' && !e.shiftKey ? 'redo' : null;
}

export function UndoRedo() {
  const undoEntry = useHistory((s) => s.past[s.past.length - 1]);
  const redoEntry = useHistory((s) => s.future[0]);
  const replaying = useHistory((s) => s.replaying);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const wanted = historyKey(e);
      if (!wanted || typingIn(e.target)) return;
      e.preventDefault();
      void useHistory.getState()[wanted]().catch(reportError);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const undoTitle = undoEntry ? `Undo ${undoEntry.label} (Ctrl+Z)` : 'Nothing to undo';
  const redoTitle = redoEntry ? `Redo ${redoEntry.label} (Ctrl+Shift+Z)` : 'Nothing to redo';
  return (
    <div className="undo-redo" role="group" aria-label="Undo and redo">
      <button
        type="button"
        className="icon-button boxed"
        title={undoTitle}
        aria-label={undoTitle}
        disabled={!undoEntry || replaying}
        onClick={() => void useHistory.getState().undo().catch(reportError)}
        data-testid="undo"
      >
        ↶
      </button>
      <button
        type="button"
        className="icon-button boxed"
        title={redoTitle}
        aria-label={redoTitle}
        disabled={!redoEntry || replaying}
        onClick={() => void useHistory.getState().redo().catch(reportError)}
        data-testid="redo"
      >
        ↷
      </button>
    </div>
  );
}
