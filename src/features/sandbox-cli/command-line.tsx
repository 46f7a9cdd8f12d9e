import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Field } from '@/components/ui/field.tsx'
import { TextInput } from '@/components/ui/field-controls.tsx'
import { completeLine } from '@/core/cli/complete-line.ts'
import { clearTranscript, runCliCommand, useSandboxCliStore } from '@/stores/sandbox-cli.ts'
import { clearPendingCliCommand, pendingCliCommand } from '@/stores/sandbox-cli-handoff.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'

/**
 * The prompt: Enter runs what is typed, Tab completes subcommands, flags and key ids (a second
 * Tab lists the choices), the arrows walk the history (up: older), Ctrl+L clears
 * the transcript, Ctrl+C drops the line, and the exit code of the last command stays in view,
 * as `echo $?` would print it. A command the console handed over ("Run in the CLI panel") is
 * typed in, not run, and the prompt has the focus, so Enter runs it.
 */
export function CommandLine() {
  const [handedOff] = useState(pendingCliCommand)
  const [text, setText] = useState(handedOff ?? '')
  const prompt = useRef<HTMLInputElement>(null)
  useEffect(() => {
    clearPendingCliCommand()
    if (handedOff !== undefined) prompt.current?.focus()
  }, [handedOff])
  const [candidates, setCandidates] = useState<readonly string[]>([])
  const keys = useSandboxStore((s) => s.keys)
  const aliases = useSandboxStore((s) => s.aliases)
  const history = useSandboxCliStore((s) => s.history)
  const lastExitCode = useSandboxCliStore((s) => s.lastExitCode)
  const running = useSandboxCliStore((s) => s.running)
  // Where the arrows are in the history: history.length is the line being typed.
  const position = useRef<number | undefined>(undefined)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (running) return
    position.current = undefined
    setText('')
    void runCliCommand(text)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Tab completes when there is something to complete, and moves focus on otherwise (no trap).
    if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey) {
      const completion = completeLine(text, [
        ...aliases.map((a) => a.AliasName),
        ...keys.map((k) => k.KeyId),
      ])
      if (completion.line !== text) {
        event.preventDefault()
        setText(completion.line)
        setCandidates([])
        return
      }
      if (completion.candidates.length > 1) {
        event.preventDefault()
        setCandidates(completion.candidates)
        return
      }
    }
    // Ctrl+L clears the screen; Ctrl+C drops the line being typed, unless text is selected (copy).
    if (event.ctrlKey && event.key === 'l') {
      event.preventDefault()
      clearTranscript()
      return
    }
    const input = event.currentTarget
    if (event.ctrlKey && event.key === 'c' && input.selectionStart === input.selectionEnd) {
      event.preventDefault()
      position.current = undefined
      setText('')
      return
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    if (history.length === 0) return
    event.preventDefault()
    const current = position.current ?? history.length
    const next =
      event.key === 'ArrowUp' ? Math.max(0, current - 1) : Math.min(history.length, current + 1)
    position.current = next
    setText(history[next] ?? '')
  }

  return (
    <form onSubmit={submit} className="space-y-1">
      <Field label="Command">
        <TextInput
          ref={prompt}
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            setCandidates([])
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
          className="font-mono"
        />
      </Field>
      {candidates.length > 0 && (
        <p className={`font-mono text-sm break-words ${MUTED_TEXT}`} role="status">
          {candidates.join('  ')}
        </p>
      )}
      <p className={`text-sm ${MUTED_TEXT}`} aria-live="polite">
        {running ? 'Running…' : `Exit code of the last command: ${lastExitCode}`}
      </p>
    </form>
  )
}
