// The Content-Security-Policy of every page of the app, in Electron and in the
// browser host: nothing but the app's own files, no remote URL, no eval.
// Styles allow 'unsafe-inline' because the component library injects its CSS
// at run time; scripts do not.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
