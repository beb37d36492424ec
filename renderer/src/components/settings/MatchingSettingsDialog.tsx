// Matching settings of the workspace: the analyst name written into the audit log,
// the review threshold, and per entity type the automatic merge threshold (off by
// default for persons: a wrong merge of two people is the costliest mistake).
import { useState } from 'react';
import type { MatchingSettings } from '../../../../shared/contract/matching-model';
import { ENTITY_TYPES, ENTITY_TYPE_INFO, type EntityType } from '../../../../shared/domain/entity-types';
import { useClient } from '../../client/client-context';
import { useCall } from '../../data/queries';
import { reportError, reportInfo } from '../../state/notices';
import { Dialog, DialogActions } from './Dialog';
import { WeightEstimateSection } from './WeightEstimateSection';

type Thresholds = Partial<Record<EntityType, number | null>>;

export function MatchingSettingsDialog({ onClose }: { onClose(): void }) {
  const settings = useCall('matching.settings.get', {});
  return (
    <Dialog title="Matching settings" onClose={onClose} testId="settings-dialog">
      {settings.data ? (
        <SettingsForm initial={settings.data} onClose={onClose} />
      ) : (
        <div className="muted">Loading settings…</div>
      )}
    </Dialog>
  );
}

function SettingsForm({ initial, onClose }: { initial: MatchingSettings; onClose(): void }) {
  const client = useClient();
  const [analyst, setAnalyst] = useState(initial.analyst);
  const [review, setReview] = useState(Math.round(initial.reviewThreshold * 100));
  const [auto, setAuto] = useState<Thresholds>(initial.autoMergeThresholds);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      await client.call('matching.settings.set', {
        analyst: analyst.trim() || undefined,
        reviewThreshold: review / 100,
        autoMergeThresholds: auto,
      });
      reportInfo('Matching settings saved.');
      onClose();
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="form-row">
        <span>Analyst name</span>
        <input
          value={analyst}
          onChange={(e) => setAnalyst(e.target.value)}
          maxLength={120}
          data-testid="settings-analyst"
          required
        />
      </label>
      <div className="form-hint">Written into the audit log with every decision, merge and split.</div>
      <label className="form-row">
        <span>Review threshold</span>
        <PercentInput value={review} onChange={setReview} testId="settings-review" />
      </label>
      <div className="form-hint">Candidates at or above this probability enter the review queue.</div>
      <h4 className="section-title form-subtitle">Merge automatically at or above</h4>
      <div className="auto-grid">
        {ENTITY_TYPES.map((t) => (
          <AutoRow key={t} type={t} value={auto[t] ?? null} onChange={(v) => setAuto({ ...auto, [t]: v })} />
        ))}
      </div>
      <div className="form-hint">Off: every candidate of that type waits for an analyst.</div>
      <WeightEstimateSection />
      <DialogActions onCancel={onClose} disabled={saving} testId="settings-save">
        {saving ? 'Saving…' : 'Save settings'}
      </DialogActions>
    </form>
  );
}

function AutoRow(props: { type: EntityType; value: number | null; onChange(v: number | null): void }) {
  const on = props.value !== null;
  return (
    <div className="auto-row" data-testid={`auto-${props.type}`}>
      <label className="auto-check">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => props.onChange(e.target.checked ? 0.98 : null)}
        />
        <span>{ENTITY_TYPE_INFO[props.type].plural}</span>
      </label>
      {on ? (
        <PercentInput value={Math.round(props.value! * 100)} onChange={(p) => props.onChange(p / 100)} />
      ) : (
        <span className="muted small">off</span>
      )}
    </div>
  );
}

function PercentInput(props: { value: number; onChange(v: number): void; testId?: string }) {
  return (
    <span className="percent-input">
      <input
        type="number"
        min={0}
        max={100}
        step={1}
        value={props.value}
        onChange={(e) => props.onChange(Math.min(100, Math.max(0, Number(e.target.value) || 0)))}
        data-testid={props.testId}
      />
      %
    </span>
  );
}
