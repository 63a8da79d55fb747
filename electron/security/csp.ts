// The Content-Security-Policy sent with every renderer response (Electron app:// and the loopback host).
// Only the app's own files: no inline script or style, no eval, no remote origin, no plug-ins, no framing.
// React and slate-react set styles through the CSSOM (style props), which the policy does not restrict;
// tests/shell/renderer-csp.test.ts runs the real renderer under this policy and fails on any violation.
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');

/** Headers sent with every response of the app's own content, whichever transport serves it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
