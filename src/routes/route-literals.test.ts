/**
 * Enforces the route table: outside `paths.ts`, no source file writes an in-app route as a
 * string (`'/browse'`, `` `/sandbox/${name}` ``, `href="/"`). Tests are exempt: they check the
 * contract from outside.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROUTES } from './paths.ts'

const SRC = new URL('..', import.meta.url).pathname
const TABLE = join(SRC, 'routes', 'paths.ts')

/** First path segments of the app's routes: `/browse`, `/sandbox`, … */
const SEGMENTS = [
  ...new Set(
    Object.values(ROUTES)
      .map((route) => route.split('/')[1])
      .filter(Boolean),
  ),
]
const ROUTE_TEXT = new RegExp(`^/(${SEGMENTS.join('|')})(?=[/?#]|$)`)
const LINK_ATTRIBUTES = new Set(['href', 'to'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Each string in `text` that spells a route, with its line. */
function routeLiterals(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const report = (node: ts.Node, value: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
    found.push(`${relative(SRC, fileName)}:${line}: ${JSON.stringify(value)}`)
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node)
    ) {
      const inLink =
        ts.isJsxAttribute(node.parent) &&
        LINK_ATTRIBUTES.has(node.parent.name.getText(source)) &&
        node.text.startsWith('/')
      if (ROUTE_TEXT.test(node.text) || inLink) report(node, node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the route table is the only place routes are written', () => {
  it('finds routes written as strings (so the check below can fail)', () => {
    const planted = [
      `const a = '/browse'`,
      'const b = `/sandbox/${name}`',
      `const c = <Link href="/">Home</Link>`,
      `navigate('/settings#backup')`,
      `const d = "/stats?x=1"`,
    ].join('\n')
    expect(routeLiterals(join(SRC, 'features/x/planted.tsx'), planted)).toHaveLength(5)
    const innocent = [
      `const a = '/icon.svg'`,
      `text.split('/')`,
      `const b = '/browser-support'`,
      `const c = <img src="/icon.svg" alt="" />`,
    ].join('\n')
    expect(routeLiterals(join(SRC, 'features/x/innocent.tsx'), innocent)).toEqual([])
  })

  // It parses every source file: about 4 s alone on two cores, more beside the browser tests.
  it(
    'no screen, store or component writes a route outside src/routes/paths.ts',
    { timeout: 30_000 },
    () => {
      const offenders = sourceFiles(SRC)
        .filter((file) => file !== TABLE)
        .flatMap((file) => routeLiterals(file, readFileSync(file, 'utf8')))
      expect(offenders, 'build these URLs with `paths` from src/routes/paths.ts').toEqual([])
    },
  )
})
