// State of the import wizard: the steps, the picked file, the target case, the mapping
// and the results of preview, check and import. Server calls live in the steps.
import { create } from 'zustand';
import type { ImportPreview, ImportReport } from '../../../../shared/contract/exchange-model';
import type { JobStatus } from '../../../../shared/contract/matching-model';
import type { FileKind } from './read-file';
import { emptyDraft, type MappingDraft } from './spec-draft';

export const STEPS = ['file', 'case', 'preview', 'mapping', 'check', 'report'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Record<Step, string> = {
  file: 'File',
  case: 'Target case',
  preview: 'Preview',
  mapping: 'Map columns',
  check: 'Check',
  report: 'Import',
};

export interface PickedFile {
  name: string;
  size: number;
  base64: string;
  kind: FileKind;
}

export interface TargetCase {
  mode: 'existing' | 'new';
  existing: string;
  number: string;
  agency: string;
  title: string;
  jurisdiction: string;
}

export interface WizardState {
  step: Step;
  file: PickedFile | null;
  target: TargetCase;
  draft: MappingDraft;
  /** Name of the saved spec the draft was loaded from, if any. */
  specSource: string;
  preview: ImportPreview | null;
  check: ImportPreview | null;
  skipInvalid: boolean;
  report: ImportReport | null;
  /** The background import (import.start) being followed, or the last one's end. */
  job: JobStatus | null;
  set(patch: Partial<Omit<WizardState, 'set' | 'reset' | 'setTarget'>>): void;
  setTarget(patch: Partial<TargetCase>): void;
  reset(): void;
}

const initial = () => ({
  step: 'file' as Step,
  file: null,
  target: { mode: 'new' as const, existing: '', number: '', agency: '', title: '', jurisdiction: '' },
  draft: emptyDraft(),
  specSource: '',
  preview: null,
  check: null,
  skipInvalid: false,
  report: null,
  job: null,
});

export const useWizard = create<WizardState>((set) => ({
  ...initial(),
  set: (patch) => set(patch),
  setTarget: (patch) => set((s) => ({ target: { ...s.target, ...patch } })),
  reset: () => set(initial()),
}));

/** The case the import writes to, as import.run wants it; null while incomplete. */
export function targetCase(t: TargetCase) {
  if (t.mode === 'existing') return t.existing ? { number: t.existing } : null;
  if (!t.number.trim()) return null;
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    number: t.number.trim(),
    title: opt(t.title),
    agency: opt(t.agency),
    jurisdiction: opt(t.jurisdiction),
  };
}

/** File row number of the first data row, from the spec's header row (1 when unset). */
export function firstDataRow(rest: Record<string, unknown>): number {
  const header = typeof rest.headerRow === 'number' ? rest.headerRow : 1;
  return header + 1;
}
