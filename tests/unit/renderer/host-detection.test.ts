// Inside Electron the only way to the workspace is the preload bridge: without it the page
// shows an error screen naming the cause and never falls back to the HTTP host.
import { describe, expect, it, vi } from 'vitest';
import { BridgeMissing } from '../../../renderer/src/client/bridge-missing';
import { createClient, createClientOrExplain } from '../../../renderer/src/client/create-client';
import { detectHost } from '../../../renderer/src/client/host-detection';
import type { WorkbenchBridge } from '../../../shared/contract/host';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';
const ELECTRON_UA = `${CHROME_UA.replace(' Safari', ' Thorline/0.1.0 Electron/45.5.0 Safari')}`;
const bridge: WorkbenchBridge = { call: vi.fn(), on: vi.fn(), saveFile: vi.fn() };

function page(protocol: string, userAgent: string, workbench?: WorkbenchBridge) {
  return { location: { protocol, origin: `${protocol}//thorline` }, navigator: { userAgent }, workbench };
}

describe('host detection', () => {
  it('uses the bridge wherever it exists', () => {
    expect(detectHost(page('app:', ELECTRON_UA, bridge))).toBe('electron');
    expect(createClient(page('app:', ELECTRON_UA, bridge) as unknown as Window).host).toBe('electron');
  });

  it('knows the desktop app by its app:// page or its user agent', () => {
    expect(detectHost(page('app:', CHROME_UA))).toBe('electron-without-bridge');
    expect(detectHost(page('http:', ELECTRON_UA))).toBe('electron-without-bridge');
    expect(detectHost(page('file:', CHROME_UA))).toBe('electron-without-bridge');
  });

  it('uses the HTTP host in an ordinary browser', () => {
    expect(detectHost(page('http:', CHROME_UA))).toBe('browser');
    expect(createClient(page('http:', CHROME_UA) as unknown as Window).host).toBe('browser');
  });

  it('inside Electron without the bridge refuses to build a client instead of falling back to HTTP', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    expect(() => createClient(page('app:', ELECTRON_UA) as unknown as Window)).toThrow(BridgeMissing);
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
  });
});

/** Just enough of a DOM to draw the screen: elements keep their text, attributes and children. */
function fakeDocument() {
  const element = (tag: string) => ({
    tag,
    textContent: '',
    style: { cssText: '' },
    attributes: {} as Record<string, string>,
    children: [] as unknown[],
    setAttribute(name: string, value: string) {
      this.attributes[name] = value;
    },
    append(...nodes: unknown[]) {
      this.children.push(...nodes);
    },
    replaceChildren(...nodes: unknown[]) {
      this.children = nodes;
    },
  });
  return { title: 'Thorline', body: element('body'), createElement: element };
}

describe('bridge-missing screen', () => {
  it('replaces the page with a coded message naming the cause', () => {
    const doc = fakeDocument();
    const win = { ...page('app:', ELECTRON_UA), document: doc } as unknown as Window;
    expect(() => createClientOrExplain(win)).toThrow(BridgeMissing);
    const [screen] = doc.body.children as ReturnType<typeof doc.createElement>[];
    expect(screen?.attributes).toMatchObject({ role: 'alert', 'data-error-code': 'BRIDGE_MISSING' });
    const text = (screen?.children as { textContent: string }[]).map((c) => c.textContent).join('\n');
    expect(text).toMatch(/Thorline cannot reach its workspace/);
    expect(text).toMatch(/BRIDGE_MISSING: .*preload script did not run.*window\.workbench is missing/);
    expect(text).toMatch(/Nothing was read or changed/);
    expect(doc.title).toMatch(/cannot reach the workspace/);
  });

  it('draws nothing in an ordinary browser', () => {
    const doc = fakeDocument();
    const win = { ...page('http:', CHROME_UA), document: doc } as unknown as Window;
    expect(createClientOrExplain(win).host).toBe('browser');
    expect(doc.body.children).toEqual([]);
  });
});
