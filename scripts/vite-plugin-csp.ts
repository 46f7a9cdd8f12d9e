/**
 * A strict Content-Security-Policy for the built app: only our own scripts, styles and workers;
 * no network beyond our origin; no inline script or eval. It goes in a <meta> tag of the built
 * index.html (so any static host serves it) and in the preview server's header. Dev is left
 * without it because Vite injects inline scripts for hot reload.
 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CSP
 */
import type { Plugin } from 'vite'

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ')

export function cspPlugin(): Plugin {
  return {
    name: 'keydeck-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      )
    },
  }
}
