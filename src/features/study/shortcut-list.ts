/** The review shortcuts, shown by `?` and on the end screen. */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly action: string }[] = [
  { keys: ['Space', 'Enter'], action: 'Show the answer; once shown, answer Good' },
  { keys: ['1'], action: 'Again: forgot' },
  { keys: ['2'], action: 'Hard: recalled with difficulty' },
  { keys: ['3'], action: 'Good: recalled' },
  { keys: ['4'], action: 'Easy: recalled instantly' },
  { keys: ['U', 'Ctrl+Z'], action: 'Undo the last answer (repeatable)' },
  { keys: ['-'], action: 'Bury the card until tomorrow' },
  { keys: ['@'], action: 'Suspend the card' },
  { keys: ['E'], action: 'Write your own note on the card (shown under the answer)' },
  { keys: ['?'], action: 'Show or hide these shortcuts' },
]
