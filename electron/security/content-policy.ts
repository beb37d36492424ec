// The content security policy and response headers both hosts give the renderer.
// Everything comes from the app itself; nothing is fetched from the network.

/** The policy the renderer runs under (also suitable for a <meta> tag). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
].join('; ');

/** Header-only additions: these directives are ignored in a <meta> tag. */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const CSP_HEADER_VALUE = `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_DIRECTIVES}`;

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER_VALUE,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
};
