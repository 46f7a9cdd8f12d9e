/**
 * Setup of the `dom` test project (`*.test.tsx`, jsdom; see `test.projects` in vite.config.ts):
 * jest-dom's matchers on `expect`, an unmount after every test (Testing Library only does it by
 * itself when test globals are on, and they are off here), the <dialog> methods jsdom lacks, and
 * a TextEncoder whose bytes are the page's Uint8Array, as in a browser.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { installDialogPolyfill } from './dialog-polyfill.ts'
import { installSameRealmTextEncoder } from './same-realm-text-encoder.ts'

installDialogPolyfill(window)
installSameRealmTextEncoder(globalThis)
afterEach(() => cleanup())
