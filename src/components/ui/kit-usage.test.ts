/**
 * Enforces the kit (README.md, "Rules for screens"): outside `src/components/ui`, no screen
 * renders its own button, form control, table or dialog, asks with the browser's `confirm`, or
 * writes a colour class; those come from the kit, so the app has one look and one colour system.
 * A deliberate exception needs a comment on the line before that names its reason, e.g.
 * `// kit-exception: the grade buttons carry grade colours` (for a constant, before the `const`).
 * Tests are exempt: they check the contract from outside.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = new URL('../..', import.meta.url).pathname
const KIT = join(SRC, 'components', 'ui')
/** Where screens and the shared pieces around them live. */
const CHECKED = ['features', 'app', 'components'].map((dir) => join(SRC, dir))

/** Elements the kit draws: Button, TextInput/TextArea/Select/Checkbox/RadioGroup/FileButton, DataTable, Dialog, TextLink. */
const RAW_ELEMENTS: Readonly<Record<string, string>> = {
  button: 'Button (or ToggleChip)',
  input: 'TextInput, Checkbox, RadioGroup or FileButton',
  select: 'Select',
  textarea: 'TextArea',
  table: 'DataTable',
  dialog: 'Dialog or ConfirmDialog',
  a: 'TextLink (or NavLink, ChipLink, ButtonLink)',
  Link: 'TextLink (or NavLink, ChipLink, ButtonLink)',
}
const NATIVE_DIALOGS = new Set(['confirm', 'alert', 'prompt'])
const GLOBALS = new Set(['window', 'globalThis', 'self'])

const PALETTE =
  'slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose|white|black'
/** A Tailwind colour utility with any variants: `text-red-700`, `dark:hover:bg-slate-800/50`. */
const COLOUR_CLASS = new RegExp(
  `(?:^|\\s)((?:[\\w\\[\\]=-]+:)*(?:text|bg|border(?:-[trblxy])?|divide|fill|stroke|ring|outline|accent|decoration|placeholder|from|via|to|shadow)-(?:${PALETTE})(?:-\\d{2,3})?(?:/\\d+)?)(?=\\s|$)`,
)
const EXCEPTION = /kit-exception:\s*\S/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === KIT ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** Names the file declares itself (`const [confirm, dialog] = useConfirm()`): not the globals. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  const visit = (node: ts.Node) => {
    if (
      (ts.isBindingElement(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return names
}

/** Each use of something the kit should draw, as `file:line: what (use …)`. */
export function kitViolations(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const lines = text.split('\n')
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line
  const excepted = (node: ts.Node) => {
    /** The comment just above `at` (one or more comment lines) names an exception. */
    const commented = (at: ts.Node) => {
      for (let line = lineOf(at) - 1; line >= 0; line--) {
        const text = lines[line]!.trim()
        if (!/^(\/\/|\/\*|\*|\{\/\*)/.test(text)) return false
        if (EXCEPTION.test(text)) return true
      }
      return false
    }
    if (commented(node)) return true
    // Inside JSX, the comment before the nearest element excepts it (its attributes, its text);
    // elsewhere, a comment before a `const` excepts a table of constants as a whole.
    for (let up: ts.Node | undefined = node.parent; up; up = up.parent) {
      if (ts.isJsxOpeningElement(up) || ts.isJsxSelfClosingElement(up) || ts.isJsxElement(up)) {
        return commented(up)
      }
      if (ts.isVariableStatement(up)) return commented(up)
    }
    return false
  }
  const declared = declaredNames(source)
  const found: string[] = []
  const report = (node: ts.Node, what: string) => {
    if (!excepted(node)) found.push(`${relative(SRC, fileName)}:${lineOf(node) + 1}: ${what}`)
  }

  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source)
      const kit = RAW_ELEMENTS[tag]
      if (kit) report(node, `<${tag}> (use ${kit})`)
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      const nativeDialog =
        (ts.isIdentifier(callee) &&
          NATIVE_DIALOGS.has(callee.text) &&
          !declared.has(callee.text)) ||
        (ts.isPropertyAccessExpression(callee) &&
          NATIVE_DIALOGS.has(callee.name.text) &&
          GLOBALS.has(callee.expression.getText(source)))
      if (nativeDialog) report(node, `${callee.getText(source)}() (use useConfirm)`)
    }
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const colour = COLOUR_CLASS.exec(node.text)?.[1]
      if (colour) report(node, `colour class "${colour}" (use a kit piece or colours.ts)`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('screens are built from the kit', () => {
  it('finds raw controls, native dialogs and colour classes (so the check below can fail)', () => {
    const planted = [
      `const a = <button onClick={go}>Go</button>`,
      `const b = <input type="checkbox" />`,
      `const c = <select value={v}><option>x</option></select>`,
      `const d = <textarea rows={2} />`,
      `const e = <table><tbody /></table>`,
      `const f = <dialog open />`,
      `const g = <Link href={paths.study()}>Study</Link>`,
      `if (!window.confirm('Delete?')) return`,
      `if (!confirm('Delete?')) return`,
      `const h = <p className="rounded bg-red-50 p-3">Failed</p>`,
      'const i = `px-2 ${on ? "dark:hover:text-amber-300" : ""}`',
      `const j = <span className="text-white">x</span>`,
      `// kit-exception: a comment further up does not count`,
      ``,
      `const l = 'bg-red-50'`,
      `// kit-exception: only this element, not the one inside it`,
      `const k = <div className="p-2">`,
      `  <span className="text-red-700">x</span>`,
      `</div>`,
    ].join('\n')
    expect(kitViolations(join(SRC, 'features/x/planted.tsx'), planted)).toHaveLength(14)
  })

  it('lets through the kit itself, a confirm of useConfirm, layout classes and named exceptions', () => {
    const innocent = [
      `const [confirm, dialog] = useConfirm()`,
      `if (!(await confirm({ title: 'Delete?' }))) return`,
      `const a = <Button variant="primary">Save</Button>`,
      `const b = <p className="text-sm font-semibold text-right tabular-nums">1</p>`,
      `const c = <div className="border-l-4 border-dashed text-xs">x</div>`,
      `{/* kit-exception: the grade buttons carry grade colours */}`,
      `const d = <button className="border-red-300">Again</button>`,
      `// kit-exception: a chart's bar`,
      `const e = <rect`,
      `  width={3}`,
      `  className="fill-amber-500"`,
      `/>`,
      `// kit-exception: the heatmap's levels. Amber deepens with more reviews;`,
      `// in dark mode it brightens instead.`,
      `const LEVELS = [`,
      `  'fill-amber-200 dark:fill-amber-900',`,
      `]`,
    ].join('\n')
    expect(kitViolations(join(SRC, 'features/x/innocent.tsx'), innocent)).toEqual([])
  })

  it('no screen, the shell or a shared component draws what the kit draws', () => {
    const offenders = CHECKED.flatMap(sourceFiles).flatMap((file) =>
      kitViolations(file, readFileSync(file, 'utf8')),
    )
    expect(offenders, 'use the kit (src/components/ui/README.md), or name the exception').toEqual(
      [],
    )
  })
})
