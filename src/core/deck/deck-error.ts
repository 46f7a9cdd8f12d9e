/** A problem in a card file, located so an editor can jump to it: `cards/x.md:12: message`. */
export interface DeckError {
  readonly file: string
  readonly line: number
  readonly message: string
}

export function formatDeckError(error: DeckError): string {
  return `${error.file}:${error.line}: ${error.message}`
}

/** Thrown by the build when the deck has errors; its message lists every one of them. */
export class DeckCompileError extends Error {
  override readonly name = 'DeckCompileError'
  readonly errors: readonly DeckError[]
  constructor(errors: readonly DeckError[]) {
    super(
      `${errors.length} error(s) in cards/:\n` +
        errors.map((e) => '  ' + formatDeckError(e)).join('\n'),
    )
    this.errors = errors
  }
}
