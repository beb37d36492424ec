// Builds the renderer for both hosts: relative asset paths so Electron can load it
// from file://, everything bundled (no CDN, no network fonts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from '../electron/security/content-policy.ts';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});

/**
 * Puts the CSP into the built page itself, so it holds under file:// in Electron even
 * where response headers are not applied. Build only: the dev server injects inline scripts.
 */
function contentSecurityPolicyMeta() {
  return {
    name: 'thorline-csp-meta',
    apply: 'build' as const,
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend' as const,
      },
    ],
  };
}
