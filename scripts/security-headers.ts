/**
 * One source for the app's security policy. The built page carries the CSP as a meta tag (it works
 * on any static host); the shipped server configurations in hosting/ send it, with frame-ancestors
 * (which a meta tag cannot carry) and the other headers, as real HTTP headers. A unit test
 * (scripts/hosting.test.ts) holds every configuration to these values.
 */
const policy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // blob: workers for the XLSX export.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For the meta tag: browsers ignore frame-ancestors there. */
export const contentSecurityPolicy = policy.join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...policy, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The entry page, the service worker and the small files that name the others: always revalidated. */
export const CACHE_REVALIDATE = 'no-cache';
/** Files under assets/ carry a content hash in their name, so they never change: a year. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
