// What the renderer finds on either host: one call function, one event subscription,
// and a way to save a file where the user chooses.
import type { CallName, CallInput, CallOutput } from './calls';
import type { EventMap, EventName } from './events';
import type { Result } from './result';

export interface SaveFileRequest {
  suggestedName: string;
  mime: string;
  /** Base64 for binary files, plain text otherwise. */
  data: string;
  encoding: 'base64' | 'utf8';
}
export type SaveFileResult = { saved: true; path: string } | { saved: false };

/** The object the Electron preload exposes as window.workbench. */
export interface WorkbenchBridge {
  call(name: string, input: unknown): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

/** The typed client the renderer builds from whichever bridge it finds. */
export interface WorkbenchClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  readonly host: 'electron' | 'browser';
}
