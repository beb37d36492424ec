// "Remove case…": says exactly what goes before anything goes, then offers Undo.
import type { CaseRemovalCounts } from '../../../../shared/contract/case-model';
import type { CaseSummary } from '../../../../shared/contract/model';
import { useCall } from '../../data/queries';
import { useUi } from '../../state/ui-store';
import { Dialog } from '../settings/Dialog';
import { reportInfo } from '../../state/notices';
import { useCaseCall } from './use-case-call';
import { plural } from '../../app/counts';

function whatGoes(c: CaseRemovalCounts): string[] {
  return [
    plural(c.records, 'source record', 'source records'),
    plural(c.links, 'link', 'links'),
    plural(c.entitiesOnlyHere, 'entity only in this case', 'entities only in this case'),
    plural(c.matchDecisions, 'match decision', 'match decisions') +
      (c.pendingMatches
        ? ` (and ${plural(c.pendingMatches, 'pending suggestion', 'pending suggestions')})`
        : ''),
  ];
}

export function RemoveCaseDialog({ target, onClose }: { target: CaseSummary; onClose(): void }) {
  const preview = useCall('cases.removalPreview', { caseId: target.id }).data;
  const { run, busy } = useCaseCall();
  const caseIds = useUi((s) => s.caseIds);
  const setCases = useUi((s) => s.setCases);

  const remove = async () => {
    const removal = await run('cases.remove', { caseId: target.id });
    if (!removal) return;
    if (caseIds?.includes(target.id)) {
      const rest = caseIds.filter((id) => id !== target.id);
      setCases(rest.length ? rest : null);
    }
    // The removal goes into the undo history (useCaseCall pushes it); undo brings the case back.
    reportInfo(`Removed case ${removal.number} with ${whatGoes(removal.counts).join(', ')}.`);
    onClose();
  };

  return (
    <Dialog title={`Remove case ${target.number}?`} onClose={onClose} testId="remove-case-dialog">
      <p className="remove-case-lead">
        <strong>{target.title}</strong> ({target.agency}) and everything only it holds will be removed:
      </p>
      {preview ? (
        <ul className="remove-case-list" data-testid="remove-case-counts">
          {whatGoes(preview.counts).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <div className="muted">Counting what goes with it…</div>
      )}
      {preview && preview.counts.entitiesShared > 0 && (
        <p className="form-hint remove-case-hint">
          {plural(preview.counts.entitiesShared, 'entity', 'entities')} shared with other cases stay and lose
          only this case&apos;s records.
        </p>
      )}
      <p className="form-hint remove-case-hint">You can undo the removal afterwards.</p>
      <div className="dialog-actions">
        <button type="button" className="button small" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button small danger"
          disabled={busy || !preview}
          onClick={() => void remove()}
          data-testid="remove-case-confirm"
        >
          Remove case
        </button>
      </div>
    </Dialog>
  );
}
