// Names a new group of the selected entities ("Group selection…", G).
import { useState } from 'react';
import { group } from '../../chart/actions/commands';
import { useOverlay } from '../../chart/actions/overlay-store';
import { useChartActions } from '../../state/chart-actions-store';
import { Dialog, DialogActions, FormRow } from '../settings/Dialog';

export function GroupDialog() {
  const ids = useOverlay((s) => s.naming);
  if (!ids) return null;
  return <NameGroup ids={ids} />;
}

function NameGroup({ ids }: { ids: number[] }) {
  const close = () => useOverlay.getState().nameGroup(null);
  const [label, setLabel] = useState(`Group ${useChartActions.getState().groups.length + 1}`);
  return (
    <Dialog title={`Group ${ids.length} entities`} onClose={close} testId="group-dialog">
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          close();
          group(ids, label);
        }}
      >
        <FormRow label="Name of the group">
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            autoFocus
            onFocus={(e) => e.target.select()}
            maxLength={200}
            data-testid="group-name"
          />
        </FormRow>
        <DialogActions onCancel={close} disabled={label.trim() === ''} testId="group-save">
          Group
        </DialogActions>
      </form>
    </Dialog>
  );
}
