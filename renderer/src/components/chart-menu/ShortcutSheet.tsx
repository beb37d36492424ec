// The help sheet of keyboard shortcuts (`?`), generated from the tables the key handlers use:
// the chart's shortcuts and the notes' keys.
import { SHORTCUTS } from '../../chart/actions/shortcuts';
import { useOverlay } from '../../chart/actions/overlay-store';
import { NOTE_EDITOR_KEYS, NOTE_KEYS } from '../../chart/notes/note-keys';
import { Dialog } from '../settings/Dialog';

interface Row {
  command: string;
  keys: string[];
  mouse?: string;
  description: string;
}

export function ShortcutSheet() {
  const open = useOverlay((s) => s.sheetOpen);
  const toggle = useOverlay((s) => s.toggleSheet);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => toggle(false)} testId="shortcut-sheet">
      {/* One table, so the sections' key columns line up. */}
      <table className="shortcut-table">
        <KeyRows rows={SHORTCUTS} testId={(c) => `shortcut-${c}`} />
        <KeyRows
          head="On a note (Tab or a click reaches it)"
          rows={NOTE_KEYS}
          testId={(c) => `note-key-${c}`}
        />
        <KeyRows head="Writing a note" rows={NOTE_EDITOR_KEYS} testId={(c) => `note-key-${c}`} />
      </table>
      <p className="muted shortcut-note">Shortcuts do not act while you type in a field.</p>
    </Dialog>
  );
}

function KeyRows(props: { head?: string; rows: readonly Row[]; testId(command: string): string }) {
  return (
    <tbody>
      {props.head && (
        <tr>
          <th colSpan={2} className="shortcut-head">
            {props.head}
          </th>
        </tr>
      )}
      {props.rows.map((s) => (
        <tr key={s.command} data-testid={props.testId(s.command)}>
          <td className="shortcut-keys">
            {s.keys.map((k, i) => (
              <span key={k}>
                {i > 0 && <span className="muted"> or </span>}
                <kbd>{k}</kbd>
              </span>
            ))}
            {s.mouse && (
              <span className="muted">
                {s.keys.length > 0 ? ' or ' : ''}
                {s.mouse}
              </span>
            )}
          </td>
          <td>{s.description}</td>
        </tr>
      ))}
    </tbody>
  );
}
