// A stand-in for the parts of the electron module the wiring uses: records what the
// code under test registers so the tests can drive it without an Electron binary.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent } from 'electron';

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class StandInIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  /** Calls a registered handler as Electron would for ipcRenderer.invoke. */
  async invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

/** An invoke event from a given web contents and frame. */
export function invokeEvent(options: {
  contentsId: number;
  url: string;
  topFrame?: boolean;
}): IpcMainInvokeEvent {
  const top = options.topFrame ?? true;
  const frame = { url: options.url, parent: top ? null : { url: 'file:///parent' } };
  return { sender: { id: options.contentsId }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

/** ipcRenderer: invoke is recorded; on/removeListener work like the real emitter. */
export class StandInIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve({ ok: true, value: { channel, args } });
  }
}

export class StandInContextBridge {
  readonly exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  }
}

export class StandInWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: unknown[][] = [];
  reloads = 0;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  reload(): void {
    this.reloads++;
  }
  devToolsClosed = 0;
  closeDevTools(): void {
    this.devToolsClosed++;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class StandInBrowserWindow extends EventEmitter {
  static created: StandInBrowserWindow[] = [];
  readonly webContents = new StandInWebContents();
  loaded: string | undefined;
  shown = false;
  title: string;
  focused = 0;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.title = options.title ?? '';
    StandInBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused++;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getNormalBounds() {
    const { x = 0, y = 0, width = 0, height = 0 } = this.options;
    return { x, y, width, height };
  }
  /** Closing as Electron does: 'close', then 'closed'. */
  close(): void {
    this.emit('close', { preventDefault() {} });
    this.emit('closed');
  }
}

/** A cancellable event like the ones Electron passes to will-navigate and friends. */
export function preventableEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}
