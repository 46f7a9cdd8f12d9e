/**
 * Every boundary rule in eslint.config.js, proven: ESLint (its Node API, with the real config)
 * lints a fixture from lint/fixtures/ that breaks the rule and must report exactly that rule
 * with its message, and a clean counterpart at the same path that must pass, so no test passes
 * because everything errors and no rule can silently stop working.
 *
 * A fixture's first line `// lint-as: <path>` says where it stands: path-based rules (layers,
 * core modules, the study path) depend on the file's path, not on a real file there.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
/** The first lint of each linter loads the config, the resolver and (typed) a TypeScript program. */
const LINT_TIMEOUT_MS = 60_000
const fixturePath = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

/**
 * For path-based rules. Type information is off (the type-aware rules need a TypeScript
 * program, which a fixture standing in for src/core/srs/queue.ts would alter for later tests).
 */
const pathLinter = new ESLint({
  cwd: root,
  ignore: false,
  overrideConfig: { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked },
})

/**
 * For the type-aware rules: a fixture at a path no file has (`__lint-fixture__`) is checked in
 * a default TypeScript project with the app's compiler options.
 */
const typedLinter = new ESLint({
  cwd: root,
  ignore: false,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['src/*/__lint-fixture__.ts', 'src/*/*/__lint-fixture__.{ts,tsx}'],
          defaultProject: 'tsconfig.app.json',
        },
      },
    },
  },
})

async function lintFixture(linter: ESLint, name: string): Promise<Linter.LintMessage[]> {
  const text = readFileSync(fixturePath(name), 'utf8')
  const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(text)?.[1]
  if (lintAs === undefined)
    throw new Error(`lint/fixtures/${name} has no "// lint-as: <path>" line`)
  const [result] = await linter.lintText(text, { filePath: lintAs })
  return result!.messages
}

interface RuleCase {
  /** The boundary, as ARCHITECTURE.md states it. */
  readonly name: string
  readonly bad: string
  readonly ok: string
  readonly rule: string
  /** Part of the message every reported error must carry (the zone's or pattern's own text). */
  readonly message: string
  /** How many imports or uses in `bad` break the rule. */
  readonly count: number
}

const layer = 'import-x/no-restricted-paths'
const restrictedImports = 'no-restricted-imports'
const tsRestrictedImports = '@typescript-eslint/no-restricted-imports'

const pathRuleCases: readonly RuleCase[] = [
  {
    name: 'src/core does not import components or the route table',
    bad: 'core-imports-components.bad.ts',
    ok: 'core-deck.ok.ts',
    rule: layer,
    message: 'src/core is the pure domain layer',
    count: 2,
  },
  {
    name: 'the route table imports nothing above the core',
    bad: 'routes-imports-stores.bad.ts',
    ok: 'routes.ok.ts',
    rule: layer,
    message: 'The route table builds URLs from core types only',
    count: 2,
  },
  {
    name: 'src/core does not import stores or storage',
    bad: 'core-imports-stores.bad.ts',
    ok: 'core-deck.ok.ts',
    rule: layer,
    message: 'src/core is the pure domain layer',
    count: 1,
  },
  {
    name: 'src/core does not import React or storage packages',
    bad: 'core-imports-ui-and-storage-packages.bad.ts',
    ok: 'core-deck.ok.ts',
    rule: restrictedImports,
    message: 'src/core has no UI or storage dependencies',
    count: 2,
  },
  {
    name: 'src/core does not import virtual:* modules',
    bad: 'core-imports-virtual-module.bad.ts',
    ok: 'core-deck.ok.ts',
    rule: restrictedImports,
    message: 'build-time virtual modules',
    count: 1,
  },
  {
    name: 'src/core does not import node:* modules',
    bad: 'core-imports-node.bad.ts',
    ok: 'core-deck.ok.ts',
    rule: restrictedImports,
    message: 'src/core runs in the browser too',
    count: 1,
  },
  {
    name: 'src/core does not use browser-only globals',
    bad: 'core-uses-browser-globals.bad.ts',
    ok: 'core-deck.ok.ts',
    rule: 'no-restricted-globals',
    message: 'src/core runs in plain Node',
    count: 3,
  },
  {
    name: 'core/deck imports no other core module',
    bad: 'deck-imports-srs.bad.ts',
    ok: 'core-deck.ok.ts',
    rule: layer,
    message: 'core/deck imports no other core module',
    count: 1,
  },
  {
    name: 'core/kms imports neither srs, deck nor envelope',
    bad: 'kms-imports-other-core-modules.bad.ts',
    ok: 'kms.ok.ts',
    rule: layer,
    message: 'core/kms is self-contained',
    count: 3,
  },
  {
    name: 'core/envelope reaches KMS only through DataKeyService (its tests may use the simulator)',
    bad: 'envelope-imports-kms.bad.ts',
    ok: 'envelope-test-imports-kms.ok.ts',
    rule: layer,
    message: 'core/envelope reaches KMS only through its DataKeyService interface',
    count: 1,
  },
  {
    name: 'core/cli reaches KMS only through its transport (its tests may use the simulator)',
    bad: 'cli-imports-kms.bad.ts',
    ok: 'cli-test-imports-kms.ok.ts',
    rule: layer,
    message: 'core/cli (the AWS CLI emulator) reaches KMS only through the awsJson1_1 transport',
    count: 1,
  },
  {
    name: 'core/scenarios drives the simulator but uses neither srs, envelope nor cli',
    bad: 'scenarios-imports-srs-envelope-cli.bad.ts',
    ok: 'scenarios.ok.ts',
    rule: layer,
    message: 'core/scenarios (the guided sandbox scenarios) drives the simulator',
    count: 3,
  },
  {
    name: 'core/quiz uses core/deck and core/bytes only',
    bad: 'quiz-imports-srs-kms-scenarios.bad.ts',
    ok: 'quiz.ok.ts',
    rule: layer,
    message: 'core/quiz (the seeded quiz generator) may use core/deck and core/bytes only',
    count: 3,
  },
  {
    name: 'core/srs imports neither kms nor envelope',
    bad: 'srs-imports-kms-and-envelope.bad.ts',
    ok: 'srs-imports-deck-types.ok.ts',
    rule: layer,
    message: 'core/srs may use core/deck (types only)',
    count: 2,
  },
  {
    name: "core/srs uses core/deck's types only",
    bad: 'srs-imports-deck-values.bad.ts',
    ok: 'srs-imports-deck-types.ok.ts',
    rule: tsRestrictedImports,
    message: 'core/srs may use core/deck types only',
    count: 1,
  },
  {
    name: 'core/bytes imports no other core module',
    bad: 'bytes-imports-core.bad.ts',
    ok: 'kms.ok.ts',
    rule: layer,
    message: 'core/bytes is the base of the core',
    count: 1,
  },
  {
    name: 'stores do not import components',
    bad: 'stores-import-components.bad.ts',
    ok: 'stores.ok.ts',
    rule: layer,
    message: 'Stores are adapters over the core',
    count: 1,
  },
  {
    name: 'stores do not import features',
    bad: 'stores-import-features.bad.ts',
    ok: 'stores.ok.ts',
    rule: layer,
    message: 'Stores are adapters over the core',
    count: 1,
  },
  {
    name: 'features do not import each other',
    bad: 'features-import-each-other.bad.ts',
    ok: 'features.ok.ts',
    rule: layer,
    message: 'Features do not import each other',
    count: 1,
  },
  {
    name: 'the study path value-imports srs only through first-screen.ts and its modules',
    bad: 'study-path-imports-heavy-srs.bad.ts',
    ok: 'study-path.ok.ts',
    rule: tsRestrictedImports,
    message: "The study screen's first card loads only @/core/srs/first-screen.ts",
    count: 4,
  },
  {
    name: 'the study path does not value-import ts-fsrs, zod or fsrs-browser',
    bad: 'study-path-imports-heavy-packages.bad.ts',
    ok: 'study-path.ok.ts',
    rule: tsRestrictedImports,
    message: "loads after the study screen's first card",
    count: 3,
  },
  {
    name: 'the study path imports only the study stores',
    bad: 'study-path-imports-other-stores.bad.ts',
    ok: 'study-path.ok.ts',
    rule: layer,
    message: 'The study screen loads only the study stores before its first card',
    count: 1,
  },
  {
    name: 'first-screen srs modules value-import only first-screen modules',
    bad: 'srs-first-screen-module-imports-heavy-srs.bad.ts',
    ok: 'srs-first-screen-module.ok.ts',
    rule: tsRestrictedImports,
    message: 'A first-screen srs module (re-exported by first-screen.ts) may value-import only',
    count: 2,
  },
  {
    name: 'first-screen srs modules do not value-import ts-fsrs or zod',
    bad: 'srs-first-screen-module-imports-heavy-packages.bad.ts',
    ok: 'srs-first-screen-module.ok.ts',
    rule: tsRestrictedImports,
    message: "loads after the study screen's first card",
    count: 2,
  },
  {
    name: 'first-screen.ts itself re-exports only first-screen modules',
    bad: 'srs-first-screen-entry-exports-heavy.bad.ts',
    ok: 'srs-first-screen-module.ok.ts',
    rule: tsRestrictedImports,
    message: 'A first-screen srs module (re-exported by first-screen.ts) may value-import only',
    count: 1,
  },
  {
    name: 'the rules of hooks hold in .ts files',
    bad: 'hooks-in-ts-file.bad.ts',
    ok: 'hooks-in-ts-file.ok.ts',
    rule: 'react-hooks/rules-of-hooks',
    message: 'React Hook "useEffect" is called conditionally',
    count: 1,
  },
]

const typedRuleCases: readonly RuleCase[] = [
  {
    name: 'no floating promises',
    bad: 'floating-promise.bad.ts',
    ok: 'floating-promise.ok.ts',
    rule: '@typescript-eslint/no-floating-promises',
    message: 'Promises must be awaited',
    count: 1,
  },
  {
    name: 'no async handler where a void one is expected',
    bad: 'misused-promise.bad.tsx',
    ok: 'misused-promise.ok.tsx',
    rule: '@typescript-eslint/no-misused-promises',
    message: 'Promise-returning function provided to attribute where a void return was expected',
    count: 1,
  },
  {
    name: 'no type assertion that changes nothing',
    bad: 'unnecessary-type-assertion.bad.ts',
    ok: 'unnecessary-type-assertion.ok.ts',
    rule: '@typescript-eslint/no-unnecessary-type-assertion',
    message: 'This assertion is unnecessary',
    count: 1,
  },
]

function describeCases(title: string, linter: ESLint, cases: readonly RuleCase[]) {
  describe(title, { timeout: LINT_TIMEOUT_MS }, () => {
    for (const c of cases) {
      it(`${c.name}: ${c.bad} breaks ${c.rule}`, async () => {
        const messages = await lintFixture(linter, c.bad)
        expect(messages.map((m) => m.ruleId)).toEqual(Array<string>(c.count).fill(c.rule))
        for (const m of messages) expect(m.message).toContain(c.message)
      })
      it(`${c.name}: ${c.ok} passes`, async () => {
        expect(await lintFixture(linter, c.ok)).toEqual([])
      })
    }
  })
}

describeCases('path-based lint rules', pathLinter, pathRuleCases)
describeCases('type-aware lint rules', typedLinter, typedRuleCases)

describe('import-x/no-cycle', { timeout: LINT_TIMEOUT_MS }, () => {
  const lint = async (dir: string) => {
    const results = await pathLinter.lintFiles([
      fixturePath(`${dir}/a.ts`),
      fixturePath(`${dir}/b.ts`),
    ])
    return results.flatMap((result) => result.messages)
  }
  it('cycle/a.ts and cycle/b.ts import each other: both report the cycle', async () => {
    const messages = await lint('cycle')
    expect(messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle', 'import-x/no-cycle'])
  })
  it('no-cycle/a.ts imports no-cycle/b.ts one way: passes', async () => {
    expect(await lint('no-cycle')).toEqual([])
  })
})
