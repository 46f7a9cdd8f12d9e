/**
 * `tsconfig.core.json` type-checks src/core without the DOM library: the core gets only the Web
 * APIs that src/core/web-platform.d.ts declares, so a browser-only global there is a type error.
 * These tests compile fixtures (lint/fixtures/core-types/) as a core file with that config
 * through the TypeScript compiler API, and check the config's own shape.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const configPath = `${root}tsconfig.core.json`
const ambientDeclaration = `${root}src/core/web-platform.d.ts`

function coreConfig(): ts.ParsedCommandLine {
  const { config, error } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path))
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'))
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath)
}

/** The errors of one fixture compiled as `src/core/__type-fixture__.ts` with the core config. */
function typeErrorsAsCoreFile(fixture: string): string[] {
  const text = readFileSync(new URL(`./fixtures/core-types/${fixture}`, import.meta.url), 'utf8')
  const fileName = `${root}src/core/__type-fixture__.ts`
  const { options } = coreConfig()
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (name, languageVersion, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, text, languageVersion)
      : getSourceFile(name, languageVersion, ...rest)
  const fileExists = host.fileExists.bind(host)
  host.fileExists = (name) => name === fileName || fileExists(name)
  const program = ts.createProgram({ rootNames: [fileName, ambientDeclaration], options, host })
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(fileName))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

describe(
  'the core type check without the DOM library (tsconfig.core.json)',
  { timeout: 30_000 },
  () => {
    it('checks the core production files with ES2023 only, no ambient types, plus web-platform.d.ts', () => {
      const { options, fileNames } = coreConfig()
      expect(options.lib).toEqual(['lib.es2023.d.ts'])
      expect(options.types).toEqual([])
      expect(fileNames).toContain(ambientDeclaration)
      expect(fileNames).toContain(`${root}src/core/srs/queue.ts`)
      // Tests, test support and the SDK conformance harness run in Node and may use its APIs.
      expect(fileNames.filter((f) => /\.test\.ts$|\/testing\/|\/conformance\//.test(f))).toEqual([])
    })

    it('window, localStorage and BroadcastChannel in a core file are type errors', () => {
      expect(typeErrorsAsCoreFile('uses-browser-globals.bad.ts')).toEqual([
        "Cannot find name 'window'.",
        "Cannot find name 'localStorage'.",
        "Cannot find name 'BroadcastChannel'.",
      ])
    })

    it('WebCrypto, TextEncoder/TextDecoder, TransformStream and URL type-check', () => {
      expect(typeErrorsAsCoreFile('uses-web-platform.ok.ts')).toEqual([])
    })
  },
)
