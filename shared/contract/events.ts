// Pushes from the backend to the renderer (IPC events in Electron, server-sent events over HTTP).
import type { JobStatus } from './matching-model';

export interface EventMap {
  /** A background job moved on, finished, failed or was cancelled. */
  'job.progress': JobStatus;
  /** The workspace changed in a way that makes cached views stale. */
  'workspace.changed': { reason: string };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: EventName[] = ['job.progress', 'workspace.changed'];
