// Lint: correctness rules plus the layer boundaries of ARCHITECTURE.md, so an import that breaks
// the one-way flow core ← stores ← features ← app fails `npm test`.
import { readdirSync } from 'node:fs'
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

const layerZones = [
  {
    target: './src/core',
    from: ['./src/stores', './src/features', './src/app'],
    message: 'src/core is the pure domain layer: it must not import stores, features or the app.',
  },
  {
    target: './src/stores',
    from: ['./src/features', './src/app'],
    message: 'Stores are adapters over the core: they must not import features or the app.',
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
]

const browserGlobalsBannedInCore = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'history',
].map((name) => ({
  name,
  message: `src/core runs in plain Node: pass ${name}-dependent values in instead.`,
}))

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
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
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
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
              group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'wouter', 'idb'],
              message: 'src/core has no UI or storage dependencies.',
            },
            {
              group: ['node:*'],
              message:
                'src/core runs in the browser too: use web-standard globals (crypto.subtle, TextEncoder).',
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
)
