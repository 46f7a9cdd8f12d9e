// Lint: correctness rules plus the boundaries of ARCHITECTURE.md, so an import that breaks the
// one-way flow core ← stores ← features ← app, crosses between core modules, or puts ts-fsrs or
// zod on the study screen's first card fails `npm test`. Every boundary rule here has a fixture in
// lint/fixtures/ and a test in lint/eslint-rules.test.ts that expects its error.
import { readdirSync, readFileSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Whitelist zone: files under `./src/core/<module>` may import from the core only `allowed`. */
function coreModuleZone(module, allowed, message, target = `./src/core/${module}`) {
  return {
    target,
    from: './src/core',
    except: [module, ...allowed].map((name) => `./${name}`),
    message,
  }
}

const layerZones = [
  {
    target: './src/core',
    from: ['./src/components', './src/routes', './src/stores', './src/features', './src/app'],
    message:
      'src/core is the pure domain layer: it must not import components, routes, stores, features or the app.',
  },
  {
    target: './src/routes',
    from: ['./src/components', './src/stores', './src/features', './src/app'],
    message: 'The route table builds URLs from core types only: it imports nothing above the core.',
  },
  {
    target: './src/stores',
    from: ['./src/components', './src/features', './src/app'],
    message:
      'Stores are adapters over the core: they must not import components, features or the app.',
  },
  {
    target: './src/components',
    from: ['./src/stores', './src/features', './src/app'],
    message: 'Shared components are presentational: they take data as props.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'Features must not import the app shell; the app composes features.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: `Features do not import each other: compose them in src/app, or move shared code down to src/core or src/stores.`,
  })),
  // The core's own module graph (ARCHITECTURE.md): bytes ← deck ← srs; bytes ← kms; bytes ←
  // envelope. Each module lists what it may import; anything else in src/core is an error.
  coreModuleZone(
    'bytes',
    [],
    'core/bytes is the base of the core: it imports no other core module.',
  ),
  coreModuleZone('deck', ['bytes'], 'core/deck imports no other core module (but core/bytes).'),
  coreModuleZone('loading', [], 'core/loading imports no other core module.'),
  coreModuleZone(
    'srs',
    ['bytes', 'deck'],
    'core/srs may use core/deck (types only) and core/bytes, never kms or envelope.',
  ),
  coreModuleZone(
    'kms',
    ['bytes'],
    'core/kms is self-contained: it imports neither srs, deck nor envelope (but core/bytes).',
  ),
  coreModuleZone(
    'cli',
    ['bytes'],
    'core/cli (the AWS CLI emulator) reaches KMS only through the awsJson1_1 transport it is given: it imports no other core module (its tests may drive the real simulator).',
    './src/core/cli/**/!(*.test).ts',
  ),
  coreModuleZone(
    'scenarios',
    ['bytes', 'deck', 'kms'],
    'core/scenarios (the guided sandbox scenarios) drives the simulator: it may use core/kms, core/deck and core/bytes, never srs, envelope or cli.',
  ),
  coreModuleZone(
    'quiz',
    ['bytes', 'deck'],
    'core/quiz (the seeded quiz generator) may use core/deck and core/bytes only: never srs, kms, envelope, cli or scenarios.',
  ),
  coreModuleZone(
    'envelope',
    ['bytes'],
    'core/envelope reaches KMS only through its DataKeyService interface: it imports no other core module (its tests may drive the real simulator).',
    './src/core/envelope/**/!(*.test).ts',
  ),
]

// The study screen's first card (e2e/page-weight.spec.ts: under 100 KB gzip) may load from srs
// only its first-screen entry. Answering (ts-fsrs), statistics and whole-data work (zod) arrive
// later through import(), which these rules leave alone, as they do type imports.
const studyPath = [
  'src/main.tsx',
  'src/app/**/*.{ts,tsx}',
  'src/features/study/**/*.{ts,tsx}',
  'src/components/**/*.{ts,tsx}',
  'src/stores/study-store.ts',
  'src/stores/study.ts',
  // Loaded with the answer side (lazy), not the first card; it keeps the study path's rules.
  'src/stores/card-notes.ts',
  'src/stores/deck-store.ts',
  'src/stores/local-time.ts',
  'src/stores/app-install.ts',
  'src/stores/storage/**/*.ts',
]
const studyPathStores = [
  './study-store.ts',
  './study.ts',
  './card-notes.ts',
  './deck-store.ts',
  './local-time.ts',
  './app-install.ts',
  './storage',
]
const studyPathStoresZone = {
  target: studyPath.map((glob) => `./${glob}`),
  from: './src/stores',
  except: studyPathStores,
  message:
    'The study screen loads only the study stores before its first card; other stores (backups, the sandbox) load with their screens.',
}

/** The srs modules re-exported by `src/core/srs/first-screen.ts`: they never reach ts-fsrs or zod. */
const srsFirstScreenModules = [
  ...readFileSync(new URL('./src/core/srs/first-screen.ts', import.meta.url), 'utf8').matchAll(
    /^export (?:\*|\{[^}]*\}) from '\.\/([\w-]+)\.ts'$/gm,
  ),
].map((match) => match[1])
const anyOf = (names) => names.map((name) => name.replaceAll('.', '\\.')).join('|')

// fsrs-browser (the FSRS optimizer's WebAssembly glue) belongs in the optimizer's worker only.
const heavyPackages = ['ts-fsrs', 'zod', 'fsrs-browser'].map((name) => ({
  name,
  allowTypeImports: true,
  message: `${name} loads after the study screen's first card: import its types only, or load it with import().`,
}))
const heavySubpaths = {
  group: ['ts-fsrs/*', 'zod/*', 'fsrs-browser/*'],
  allowTypeImports: true,
  message:
    "ts-fsrs, zod and fsrs-browser load after the study screen's first card: import their types only, or load them with import().",
}
const srsDeckTypesOnly = {
  regex: '^(?:@/core/|(?:\\.\\./)+(?:core/)?)deck(?:/|$)',
  allowTypeImports: true,
  message: 'core/srs may use core/deck types only (import type).',
}
const studyPathSrsImports = {
  paths: heavyPackages,
  patterns: [
    heavySubpaths,
    {
      // A first-screen module may also be imported on its own: a screen that needs one piece
      // (the card browser's dayNumber) then does not load the whole study queue with it.
      regex: `(?:^|/)core/srs/(?!(?:first-screen|${anyOf(srsFirstScreenModules)})\\.ts$)`,
      allowTypeImports: true,
      message:
        "The study screen's first card loads only @/core/srs/first-screen.ts and the modules it re-exports: answering, statistics and data (ts-fsrs, zod) load later with import(). Type imports are fine.",
    },
  ],
}
const srsFirstScreenImports = {
  paths: heavyPackages,
  patterns: [
    heavySubpaths,
    srsDeckTypesOnly,
    {
      regex: `^\\./(?!(?:${anyOf(srsFirstScreenModules)})\\.ts$)|(?:^|/)core/srs/(?!(?:${anyOf(srsFirstScreenModules)})\\.ts$)`,
      allowTypeImports: true,
      message:
        'A first-screen srs module (re-exported by first-screen.ts) may value-import only other first-screen modules, so the first screen never reaches ts-fsrs or zod. Type imports are fine.',
    },
  ],
}

const browserGlobalsBannedInCore = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'history',
  'BroadcastChannel',
].map((name) => ({
  name,
  message: `src/core runs in plain Node: pass ${name}-dependent values in instead.`,
}))

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      // Code with deliberate violations, linted only by lint/eslint-rules.test.ts.
      'lint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        // Type-aware rules: each file is checked in the TypeScript project that includes it.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x parses to follow imports: without the TypeScript extensions and
      // parser, import-x/no-cycle would never look inside a .ts file.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, studyPathStoresZone] }],
    },
  },
  {
    // JavaScript (this config) is outside the TypeScript projects: no type-aware rules.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Hooks live in .ts files too (use-study-keys.ts); the core has no React.
    files: ['src/main.tsx', 'src/{app,components,features,stores}/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    files: ['src/core/**/*.ts'],
    // Tests, and the conformance harness that drives the simulator through the AWS SDK, run in Node.
    ignores: ['src/core/**/*.test.ts', 'src/core/**/conformance/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', ...browserGlobalsBannedInCore],
      'no-restricted-imports': [
        'error',
        {
          paths: ['fs', 'path', 'crypto', 'os', 'stream', 'buffer'].map((name) => ({
            name,
            message:
              'src/core runs in the browser too: use web-standard globals (crypto.subtle, TextEncoder).',
          })),
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                'wouter',
                'idb',
                'fake-indexeddb',
                'fake-indexeddb/*',
              ],
              message: 'src/core has no UI or storage dependencies.',
            },
            {
              group: ['node:*'],
              message:
                'src/core runs in the browser too: use web-standard globals (crypto.subtle, TextEncoder).',
            },
            {
              group: ['virtual:*'],
              message:
                'src/core does not read build-time virtual modules: the stores load them and pass the data in.',
            },
            {
              group: ['@/stores/*', '@/features/*', '@/app/*'],
              message: 'src/core must not import outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/srs/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [srsDeckTypesOnly] }],
    },
  },
  {
    files: ['first-screen', ...srsFirstScreenModules].map((name) => `src/core/srs/${name}.ts`),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', srsFirstScreenImports] },
  },
  {
    files: studyPath,
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', studyPathSrsImports] },
  },
)
