/**
 * Two fixes to jmespath.js 0.16.0 (the `--query` engine of the CLI panel), applied to its source
 * as it is bundled, so that it answers as jmespath.py 1.0.1, the library AWS CLI v2 runs
 * (../shared/reference/aws-cli.md §5: jmespath.js fails 5 of the 892 compliance cases; no other
 * JavaScript library passes them all and accepts the CLI's legacy backtick literals):
 *
 * - An ordering comparison (`<`, `<=`, `>`, `>=`) of anything but two numbers or two strings is
 *   `null` (jmespath.py's `_is_comparable`), where JavaScript answered `[] < 1` with `true`.
 * - A slice with a third colon (`[:::]`) is a syntax error, where jmespath.js accepted it.
 *
 * Each edit must find the text it replaces: a new jmespath.js version fails the build here
 * instead of silently losing a fix. Tested in src/core/cli/query-compliance.test.ts.
 * @see https://jmespath.org/specification.html#comparator-expressions
 */
import type { Plugin } from 'vite'

const FILE = /[\\/]node_modules[\\/]jmespath[\\/]jmespath\.js$/

const EDITS: readonly { readonly find: string; readonly replace: string }[] = [
  {
    find: `              second = this.visit(node.children[1], value);
              switch(node.name) {`,
    replace: `              second = this.visit(node.children[1], value);
              if (node.name !== TOK_EQ && node.name !== TOK_NE &&
                  !((typeof first === "number" && typeof second === "number") ||
                    (typeof first === "string" && typeof second === "string"))) {
                return null;
              }
              switch(node.name) {`,
  },
  {
    find: `              if (currentToken === TOK_COLON) {
                  index++;`,
    replace: `              if (currentToken === TOK_COLON) {
                  if (index === 2) {
                      var tooMany = new Error("Syntax error, unexpected token: :(Colon)");
                      tooMany.name = "ParserError";
                      throw tooMany;
                  }
                  index++;`,
  },
]

/** Applies the edits to jmespath.js, or fails when one no longer matches its source. */
export function patchJmespath(source: string): string {
  return EDITS.reduce((code, { find, replace }) => {
    if (!code.includes(find)) {
      throw new Error(`jmespath.js changed: cannot apply a fix (see ${import.meta.url})`)
    }
    return code.replace(find, replace)
  }, source)
}

export function jmespathFixesPlugin(): Plugin {
  return {
    name: 'keydeck-jmespath-fixes',
    enforce: 'pre',
    transform(code, id) {
      return FILE.test(id) ? { code: patchJmespath(code), map: null } : undefined
    },
  }
}
