// The error screen for a desktop window whose preload bridge did not load. It is plain DOM,
// drawn before React starts, so it shows even when nothing else of the workbench can run.

export const BRIDGE_MISSING_CODE = 'BRIDGE_MISSING';

export class BridgeMissing extends Error {
  readonly code = BRIDGE_MISSING_CODE;
  constructor() {
    super(
      'The desktop window started without its connection to the workspace: the preload script did not run, so window.workbench is missing.',
    );
    this.name = 'BridgeMissing';
  }
}

/** Replaces the page's content with the explanation; returns the screen's element. */
export function showBridgeMissing(doc: Document, err: BridgeMissing): HTMLElement {
  const screen = doc.createElement('main');
  screen.setAttribute('role', 'alert');
  screen.setAttribute('data-error-code', err.code);
  screen.style.cssText = 'max-width:40rem;margin:4rem auto;font:16px/1.5 system-ui,sans-serif;color:#212529';
  const heading = doc.createElement('h1');
  heading.textContent = 'Thorline cannot reach its workspace';
  const cause = doc.createElement('p');
  cause.textContent = `${err.code}: ${err.message}`;
  const advice = doc.createElement('p');
  advice.textContent =
    'Nothing was read or changed. Close Thorline and start it again; if this screen comes back, reinstall Thorline and report the message above.';
  screen.append(heading, cause, advice);
  doc.body.replaceChildren(screen);
  doc.title = 'Thorline: cannot reach the workspace';
  return screen;
}
