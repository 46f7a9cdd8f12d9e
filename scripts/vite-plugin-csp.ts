/**
 * A strict Content-Security-Policy for the built app: only our own scripts, styles and workers;
 * no network beyond our origin; no eval (only WebAssembly may be compiled) and no inline script
 * but the first visit's boot script, allowed by its hash. It
 * goes in a <meta> tag of the built index.html (so any static host serves it) and in the preview
 * server's header. Dev is left without it because Vite injects inline scripts for hot reload.
 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CSP
 */
import type { Plugin } from 'vite'
import { firstVisitBootHash } from './first-visit/first-visit-boot.ts'

const DIRECTIVES = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the page and its workers compile WebAssembly (the FSRS optimizer's,
  // our own file), and nothing else: unlike 'unsafe-eval' it allows no eval() or new Function()
  // of JavaScript. Without it, CSP blocks WebAssembly compilation.
  // @see https://www.w3.org/TR/CSP3/#wasm-integration
  // @see https://www.w3.org/TR/CSP3/#grammardef-keyword-source ('wasm-unsafe-eval')
  // One inline script, allowed by its hash: the first visit's boot script (first-visit-boot.ts).
  `script-src 'self' 'wasm-unsafe-eval' ${firstVisitBootHash()}`,
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

/**
 * The header's policy: the meta's, except that it lets the page have inline styles. The one inline
 * style is the entry's stylesheet (vite-plugin-inline-entry-css.ts), whose hash changes with each
 * build and so is only in the meta policy of the same index.html; a browser enforces both
 * policies, so the page gets that one sheet and no other inline style. A constant header can then
 * be written once in a host's config (deploy/security-headers.conf).
 * @see https://www.w3.org/TR/CSP3/#multiple-policies
 */
const HEADER_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
)

/**
 * The response headers a host should send with every file (the preview server does; see the
 * README's Deploy section and deploy/nginx.conf). `frame-ancestors` works only as a header, not
 * in the <meta> policy, so the header policy adds it: no site may frame KeyDeck (clickjacking).
 * @see https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/Content-Security-Policy/frame-ancestors
 * @see https://owasp.org/www-project-secure-headers/
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${HEADER_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const

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
