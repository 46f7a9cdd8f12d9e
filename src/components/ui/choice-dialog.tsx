import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Button, type ButtonVariant } from './button.tsx'
import { Dialog } from './dialog.tsx'

/** One answer to the question: its value, and a label that names the action. */
export interface Choice<T extends string> {
  readonly value: T
  readonly label: string
  /** `danger` for what cannot be undone, `primary` for the usual answer; secondary by default. */
  readonly variant?: Exclude<ButtonVariant, 'text'>
}

export interface ChoiceOptions<T extends string> {
  title: ReactNode
  message: ReactNode
  /** The actions, in the order they show after Cancel. */
  choices: readonly Choice<T>[]
  cancelLabel?: string
}

const CANCEL = 'cancel'

/**
 * Asks a question with more than one way to go on (e.g. replace or merge), as an alert dialog.
 * Focus starts on Cancel, the safe choice; Escape cancels. ConfirmDialog is its one-action case.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/alertdialog/
 */
export function ChoiceDialog<T extends string>({
  open,
  onClose,
  title,
  message,
  choices,
  cancelLabel = 'Cancel',
}: ChoiceOptions<T> & { open: boolean; onClose: (choice: T | undefined) => void }) {
  const cancel = useRef<HTMLButtonElement>(null)
  return (
    <Dialog
      open={open}
      onClose={(value) => onClose(choices.find((c) => c.value === value)?.value)}
      title={title}
      description={message}
      initialFocus={cancel}
      alert
    >
      <form method="dialog" className="flex flex-wrap justify-end gap-2 pt-2">
        <Button ref={cancel} type="submit" value={CANCEL}>
          {cancelLabel}
        </Button>
        {choices.map((choice) => (
          <Button key={choice.value} type="submit" value={choice.value} variant={choice.variant}>
            {choice.label}
          </Button>
        ))}
      </form>
    </Dialog>
  )
}

/**
 * A promise-returning question for event handlers: `const choice = await choose({...})` is the
 * chosen value, or undefined after Cancel or Escape. Render the returned element once in the
 * screen. A second question while one is open answers the first with undefined; so does unmounting.
 */
export function useChoice(): [
  choose: <T extends string>(options: ChoiceOptions<T>) => Promise<T | undefined>,
  dialog: ReactNode,
] {
  const [request, setRequest] = useState<{ options: ChoiceOptions<string>; open: boolean }>()
  const answer = useRef<(choice: string | undefined) => void>(undefined)

  const choose = useCallback(<T extends string>(options: ChoiceOptions<T>) => {
    answer.current?.(undefined)
    return new Promise<T | undefined>((resolve) => {
      answer.current = resolve as (choice: string | undefined) => void
      setRequest({ options, open: true })
    })
  }, [])

  useEffect(
    () => () => {
      answer.current?.(undefined)
    },
    [],
  )

  const onClose = (choice: string | undefined) => {
    const resolve = answer.current
    answer.current = undefined
    // Keep the text while the dialog closes; only `open` changes.
    setRequest((current) => current && { ...current, open: false })
    resolve?.(choice)
  }

  const dialog = request && (
    <ChoiceDialog {...request.options} open={request.open} onClose={onClose} />
  )
  return [choose, dialog]
}
