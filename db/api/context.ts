// What every handler receives: the open workspace and the means to push events and run jobs.
import type { EventMap, EventName } from '../../shared/contract/events';
import type { Db } from '../store/open-workspace';

export interface HandlerContext {
  db: Db;
  /** Path of the workspace file (':memory:' in tests). */
  workspacePath: string;
  /** Push an event to the renderer (IPC or server-sent events). */
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  /** Native binding path, passed on to worker threads that open the workspace. */
  nativeBinding?: string;
}
