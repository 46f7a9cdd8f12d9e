/**
 * Setup of the `dom` test project (`*.test.tsx`, jsdom; see `test.projects` in vite.config.ts):
 * jest-dom's matchers on `expect`, an unmount after every test (Testing Library only does it by
 * itself when test globals are on, and they are off here), and the <dialog> methods jsdom lacks.
 */
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { installDialogPolyfill } from './dialog-polyfill.ts'

installDialogPolyfill(window)
afterEach(() => cleanup())
