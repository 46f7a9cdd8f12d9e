/**
 * In the `dom` test project, jsdom gives the test its own `Uint8Array` (the page's), while
 * `TextEncoder` stays Node's and returns Node's `Uint8Array`: an `instanceof Uint8Array` check,
 * such as the KMS simulator's input validation (as the AWS SDK's serializer does it), then refuses
 * encoded text that a browser, with one realm, accepts. This TextEncoder returns the page's
 * `Uint8Array`, as a browser's does. For DOM tests only; the app uses the browser's own.
 */
export function installSameRealmTextEncoder(window: typeof globalThis) {
  const NodeTextEncoder = window.TextEncoder
  if (new NodeTextEncoder().encode('') instanceof window.Uint8Array) return
  window.TextEncoder = class TextEncoder extends NodeTextEncoder {
    override encode(input?: string): Uint8Array<ArrayBuffer> {
      return new window.Uint8Array(super.encode(input))
    }
  }
}
