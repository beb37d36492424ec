// The workbench page runs under a strict content security policy, in the page itself
// (for Electron's file://) and in the browser host's response headers.
import { test, expect } from './fixtures';

test('the page carries a strict CSP that blocks inline scripts and requests to other origins', async ({
  page,
  workbench,
}) => {
  const response = await page.request.get(workbench.url);
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");

  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.appendChild(script);
    const outside = await fetch('http://127.0.0.1:9/').then(
      () => 'reached',
      () => 'blocked',
    );
    return { injected: w.__injected === true, outside };
  });
  expect(ran).toEqual({ injected: false, outside: 'blocked' });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('the workbench refuses an unknown call with a coded error', async ({ workbench }) => {
  const res = await fetch(`${workbench.url.replace(/\/$/, '')}/api/cases.drop`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('UNKNOWN_CALL');
  expect(body.error.message).toContain('cases.drop');
});
