import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { configDefaults, defineConfig } from 'vitest/config'
import { deckPlugin } from './scripts/vite-plugin-deck.ts'
import { cspPlugin, SECURITY_HEADERS } from './scripts/vite-plugin-csp.ts'
import { inlineEntryCssPlugin } from './scripts/vite-plugin-inline-entry-css.ts'
import { firstVisitPlugin } from './scripts/vite-plugin-first-visit.ts'
import { keydeckPwaPlugin } from './scripts/vite-plugin-keydeck-pwa.ts'
import { jmespathFixesPlugin } from './scripts/vite-plugin-jmespath-fixes.ts'
import { trimTailwindCssPlugin } from './scripts/trim-tailwind-css.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
/** How fsrs-browser's glue imports wasm-bindgen-rayon's worker helper (the hash varies by build). */
const FSRS_THREAD_HELPER = /^\.\/snippets\/wasm-bindgen-rayon-[0-9a-f]+\/src\/workerHelpers\.js$/
/** The app's entry chunk (src/main.tsx), and the lazy imports in it whose files load at once. */
const ENTRY_CHUNK = /^assets\/index-[\w-]+\.js$/
const FIRST_SCREEN_IMPORTS = /^assets\/(study-page|study|browse-page)-[\w-]+\.js$/
const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string
}

export default defineConfig({
  // The path the app is served under: `/` by default, `KEYDECK_BASE=/keydeck/ npm run build` for
  // a project page. Routes, the service worker's scope and the manifest all follow it.
  base: process.env.KEYDECK_BASE ?? '/',
  define: {
    // Shown in Settings; a second build with another value is a new version (e2e/pwa-update).
    'import.meta.env.KEYDECK_VERSION': JSON.stringify(process.env.KEYDECK_VERSION ?? version),
  },
  plugins: [
    react(),
    tailwindcss(),
    deckPlugin(root),
    cspPlugin(),
    firstVisitPlugin(),
    inlineEntryCssPlugin(),
    keydeckPwaPlugin(),
    jmespathFixesPlugin(),
    trimTailwindCssPlugin(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // fsrs-browser's thread-pool helper, replaced by a one-thread stand-in (its file says why).
      {
        find: FSRS_THREAD_HELPER,
        replacement: fileURLToPath(
          new URL('./src/stores/optimizer/fsrs-one-thread.ts', import.meta.url),
        ),
      },
      {
        find: 'use-sync-external-store/shim/index.js',
        replacement: fileURLToPath(
          new URL('./src/app/use-sync-external-store-shim.ts', import.meta.url),
        ),
      },
    ],
  },
  // The optimizer's worker (src/stores/optimizer/) is an ES module worker, like the app.
  worker: { format: 'es' },
  build: {
    target: 'es2023',
    sourcemap: false,
    // Every browser the es2023 target reaches supports <link rel=modulepreload> (Safari 17,
    // Firefox 115): the 0.6 KB polyfill would only count against the first screen's budget.
    modulePreload: {
      polyfill: false,
      // A lazy import carries the list of the files its module imports, so they load at once, not
      // one after another; the lists live in the importing chunk. In the app's entry only the
      // first screens' lists are worth their bytes (e2e/page-weight.spec.ts: those of stats and
      // settings cost 0.2 KB gzip before the first card); the other screens load their imports
      // as they meet them, which from the offline copy is about as fast.
      resolveDependencies: (file, deps, { hostId, hostType }) =>
        hostType === 'js' && ENTRY_CHUNK.test(hostId) && !FIRST_SCREEN_IMPORTS.test(file)
          ? deps.filter((dep) => dep.endsWith('.css'))
          : deps,
    },
    // The browsers the es2023 scripts run in (Array#toSorted: Chrome 110, Firefox 115, Safari
    // 16). Left to the default, lightningcss writes a hex and a lab() copy of every oklch colour
    // for browsers that could not run the app anyway: 0.9 KB gzip before the first card.
    cssTarget: ['chrome111', 'edge111', 'firefox115', 'safari16.4'],
    // The small kit modules both first screens (study, card browser) use travel in one chunk:
    // as five chunks of 0.1-0.5 KB, each with its own imports, they cost 0.3 KB gzip more before
    // the first card (e2e/page-weight.spec.ts: study 100.0 -> 99.6 KB of the 100 KB budget).
    // Their dependencies (React, the shell) stay where they are.
    // https://rolldown.rs/reference/OutputOptions.codeSplitting
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'first-screen-kit',
              includeDependenciesRecursively: false,
              test: /src\/components\/(ui\/kbd|ui\/field-controls|ui\/field-context|rich-text|use-first-card-mark)/,
            },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'lint/**/*.test.ts'],
    environment: 'node',
    // Run fsrs-browser through Vite, so its thread helper is aliased to the stand-in above, and
    // jmespath, so the CLI's query fixes apply (scripts/vite-plugin-jmespath-fixes.ts).
    server: { deps: { inline: ['fsrs-browser', 'jmespath'] } },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // The file name picks the environment: `*.test.ts` runs in Node (the settings above),
    // `*.test.tsx` renders React in jsdom, with Testing Library's matchers and cleanup. `extends`
    // appends to the inherited `include`, hence the `exclude` of the Node files in `dom`.
    projects: [
      { extends: true, test: { name: 'node' } },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, '**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['./src/test-support/dom-setup.ts'],
        },
      },
    ],
  },
})
