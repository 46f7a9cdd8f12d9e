/**
 * A command the console hands to the CLI panel ("Run in the CLI panel"): kept in memory until the
 * panel's prompt shows it, typed but not run, so the learner reads it and presses Enter. Not in
 * the URL: a link with a command in it would be a way to put words in a learner's terminal.
 */
let pending: string | undefined

export function handOffCliCommand(command: string): void {
  pending = command
}

/** The command waiting for the prompt, if any; read during render, so it does not clear it. */
export function pendingCliCommand(): string | undefined {
  return pending
}

/** The prompt has shown the command: the next visit to the panel starts empty. */
export function clearPendingCliCommand(): void {
  pending = undefined
}
