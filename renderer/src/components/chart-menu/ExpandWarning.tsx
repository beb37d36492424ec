// The warning before expanding a very connected entity: how many neighbours it has, and that
// only the cap or the room left on the chart (the most strongly linked) will be added.
import { useClient } from '../../client/client-context';
import { expand } from '../../chart/actions/expand';
import { useOverlay } from '../../chart/actions/overlay-store';
import { expandWarningText } from '../../chart/room';
import { reportError } from '../../state/notices';
import { Dialog } from '../settings/Dialog';

const n = (x: number) => x.toLocaleString('en-US');

export function ExpandWarning() {
  const warning = useOverlay((s) => s.warning);
  const client = useClient();
  if (!warning) return null;
  const close = () => useOverlay.getState().warn(null);
  const go = () => {
    close();
    expand(client, warning.entityId, warning.label, warning.linkTypes).catch(reportError);
  };
  return (
    <Dialog
      title={warning.byRoom ? 'Little room left on the chart' : 'A very connected entity'}
      onClose={close}
      testId="expand-warning"
    >
      <p>
        <strong>{warning.label}</strong>{' '}
        {expandWarningText({ ...warning, byLinkType: warning.linkTypes !== undefined })}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button small" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button small primary-small"
          onClick={go}
          autoFocus
          data-testid="expand-warning-go"
        >
          Add {n(warning.cap)}
        </button>
      </div>
    </Dialog>
  );
}
