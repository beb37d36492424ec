// Pushes from the backend to the renderer (IPC events in Electron, server-sent events over HTTP).
import type { StructureRunProgress } from './analysis-model';
import type { JobStatus } from './matching-model';

/**
 * What a committed change touched; the renderer refreshes only the views that read it.
 * 'audit': an entry in the audit log that no other kind implies (case management, facts).
 * 'charts': the saved charts or the last chart session (read by the charts calls alone).
 */
export const CHANGE_KINDS = [
  'cases',
  'records',
  'entities',
  'matches',
  'settings',
  'audit',
  'charts',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface WorkspaceChange {
  /** The call or job that made the change (for people reading logs). */
  reason: string;
  /** What it changed. */
  changes: ChangeKind[];
}

export interface EventMap {
  /** A background job moved on, finished, failed or was cancelled. */
  'job.progress': JobStatus;
  /** Sent once per committed change to the workspace (a writing call or a job), after the commit. */
  'workspace.changed': WorkspaceChange;
  /** How far a key-players-and-structure run started with a runId has come. */
  'analysis.progress': StructureRunProgress;
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = ['job.progress', 'workspace.changed', 'analysis.progress'];
