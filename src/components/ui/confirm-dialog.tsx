import { useCallback, type ReactNode } from 'react'
import { ChoiceDialog, useChoice } from './choice-dialog.tsx'

export interface ConfirmOptions {
  title: ReactNode
  message: ReactNode
  /** The action itself, e.g. "Delete all progress": clearer than "OK". */
  confirmLabel: string
  cancelLabel?: string
  /** `danger` for what cannot be undone: the confirm button turns red. */
  tone?: 'default' | 'danger'
}

const choicesOf = ({ confirmLabel, tone }: ConfirmOptions) =>
  [
    { value: 'confirm', label: confirmLabel, variant: tone === 'danger' ? 'danger' : 'primary' },
  ] as const

/**
 * Asks before an action, in place of `window.confirm` (which cannot be styled, names no action
 * and blocks the page): a ChoiceDialog with one action. Focus starts on Cancel, the safe choice;
 * Escape cancels.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/alertdialog/
 */
export function ConfirmDialog({
  open,
  onClose,
  ...options
}: ConfirmOptions & { open: boolean; onClose: (confirmed: boolean) => void }) {
  return (
    <ChoiceDialog
      {...options}
      choices={choicesOf(options)}
      open={open}
      onClose={(choice) => onClose(choice === 'confirm')}
    />
  )
}

/**
 * A promise-returning confirm for event handlers: `if (!(await confirm({...}))) return`
 * replaces `if (!window.confirm(...)) return`. Render the returned element once in the screen.
 * A second request while one is open answers the first with false; so does unmounting.
 */
export function useConfirm(): [
  confirm: (options: ConfirmOptions) => Promise<boolean>,
  dialog: ReactNode,
] {
  const [choose, dialog] = useChoice()
  const confirm = useCallback(
    async (options: ConfirmOptions) =>
      (await choose({ ...options, choices: choicesOf(options) })) === 'confirm',
    [choose],
  )
  return [confirm, dialog]
}
