/**
 * Where in a policy document an error is, for the policy editors (identity policies, the key
 * policy): AWS's and IAM's messages say what is wrong; the learner also needs the line. A JSON
 * syntax error carries the parser's position; a grammar error names the field or value it
 * objects to (`unknown field "Efect"`, `contains "kms:Encrpyt"`), found here in the text.
 */

export interface PolicyErrorLocation {
  /** 1-based. */
  readonly line: number
  /** 1-based. */
  readonly column: number
}

function lineAndColumn(text: string, index: number): PolicyErrorLocation {
  const before = text.slice(0, Math.max(0, Math.min(index, text.length)))
  const lines = before.split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

/** The line and column an error message points at in `text`, when it can be told. */
export function locatePolicyError(text: string, message: string): PolicyErrorLocation | undefined {
  const position = /at position (\d+)/.exec(message)
  if (position) return lineAndColumn(text, Number(position[1]))
  // Browsers that word JSON errors otherwise still say line and column, or the parse is redone.
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const quoted = /(?:field|contains|Effect) "([^"]+)"/.exec(message)
  if (quoted) {
    const index = text.indexOf(`"${quoted[1]}"`)
    if (index >= 0) return lineAndColumn(text, index)
  }
  return undefined
}

/** `Line 3, column 5: ` or nothing. */
export function describeLocation(text: string, message: string): string {
  const where = locatePolicyError(text, message)
  return where === undefined ? '' : `Line ${where.line}, column ${where.column}: `
}
