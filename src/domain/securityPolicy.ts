/**
 * The Content Security Policy. Scripts come only from the app's own origin: no inline script, no
 * eval. Styles allow inline because Mantine sets CSS variables and chart sizes in style
 * attributes; that is a far smaller risk than inline script. The only outside address the app may
 * call is the public data.police.uk API (crime figures, when the user asks for them).
 * Sent as a header by `npm start` (vite preview) and written into index.html for static hosting.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https://data.police.uk",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');

/** Headers that only work as headers (not in a meta tag). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
