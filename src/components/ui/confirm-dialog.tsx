import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { Button } from './button.tsx'
import { Dialog } from './dialog.tsx'

export interface ConfirmOptions {
  title: ReactNode
  message: ReactNode
  /** The action itself, e.g. "Delete all progress": clearer than "OK". */
  confirmLabel: string
  cancelLabel?: string
  /** `danger` for what cannot be undone: the confirm button turns red. */
  tone?: 'default' | 'danger'
}

/**
 * Asks before an action, in place of `window.confirm` (which cannot be styled, names no action
 * and blocks the page). Focus starts on Cancel, the safe choice; Escape cancels.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/alertdialog/
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  message,
  confirmLabel,
  cancelLabel = 'Cancel',
  tone = 'default',
}: ConfirmOptions & { open: boolean; onClose: (confirmed: boolean) => void }) {
  const cancel = useRef<HTMLButtonElement>(null)
  return (
    <Dialog
      open={open}
      onClose={(value) => onClose(value === 'confirm')}
      title={title}
      description={message}
      initialFocus={cancel}
      alert
    >
      <form method="dialog" className="flex flex-wrap justify-end gap-2 pt-2">
        <Button ref={cancel} type="submit" value="cancel">
          {cancelLabel}
        </Button>
        <Button type="submit" value="confirm" variant={tone === 'danger' ? 'danger' : 'primary'}>
          {confirmLabel}
        </Button>
      </form>
    </Dialog>
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
  const [request, setRequest] = useState<{ options: ConfirmOptions; open: boolean }>()
  const answer = useRef<(confirmed: boolean) => void>(undefined)

  const confirm = useCallback((options: ConfirmOptions) => {
    answer.current?.(false)
    return new Promise<boolean>((resolve) => {
      answer.current = resolve
      setRequest({ options, open: true })
    })
  }, [])

  useEffect(
    () => () => {
      answer.current?.(false)
    },
    [],
  )

  const onClose = (confirmed: boolean) => {
    const resolve = answer.current
    answer.current = undefined
    // Keep the text while the dialog closes; only `open` changes.
    setRequest((current) => current && { ...current, open: false })
    resolve?.(confirmed)
  }

  const dialog = request && (
    <ConfirmDialog {...request.options} open={request.open} onClose={onClose} />
  )
  return [confirm, dialog]
}
