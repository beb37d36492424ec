// The help sheet of keyboard shortcuts (`?`), generated from the one shortcut table.
import { SHORTCUTS } from '../../chart/actions/shortcuts';
import { useOverlay } from '../../chart/actions/overlay-store';
import { Dialog } from '../settings/Dialog';

export function ShortcutSheet() {
  const open = useOverlay((s) => s.sheetOpen);
  const toggle = useOverlay((s) => s.toggleSheet);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" onClose={() => toggle(false)} testId="shortcut-sheet">
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.command} data-testid={`shortcut-${s.command}`}>
              <td className="shortcut-keys">
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="muted"> or </span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted shortcut-note">Shortcuts do not act while you type in a field.</p>
    </Dialog>
  );
}
