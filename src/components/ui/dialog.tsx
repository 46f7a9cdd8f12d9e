import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'

/**
 * A modal dialog on the native `<dialog>` and `showModal()`: the browser keeps focus inside it,
 * makes the page behind it inert, closes it on Escape, and returns focus to where it was. A
 * `<form method="dialog">` inside closes it with the value of the button that submitted it.
 * @see https://html.spec.whatwg.org/multipage/interactive-elements.html#the-dialog-element
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  initialFocus,
  alert = false,
  wide = false,
  children,
}: {
  open: boolean
  /**
   * Called once the dialog has closed, however it closed, with its `returnValue`: the value of
   * the button of a `<form method="dialog">` that closed it, or "" after Escape.
   */
  onClose: (returnValue: string) => void
  title: ReactNode
  /** Read out with the title when the dialog opens. */
  description?: ReactNode
  /** Where focus goes on opening; by default the browser's choice, the first focusable element. */
  initialFocus?: RefObject<HTMLElement | null>
  /** An urgent question that needs an answer before anything else (`role="alertdialog"`). */
  alert?: boolean
  /** As wide as the screen allows (a QR code for a room), instead of a question's width. */
  wide?: boolean
  children: ReactNode
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      element.returnValue = ''
      element.showModal()
      initialFocus?.current?.focus()
    } else if (!open && element.open) {
      element.close()
    }
  }, [open, initialFocus])
  return (
    <dialog
      ref={dialog}
      role={alert ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={(event) => onClose(event.currentTarget.returnValue)}
      className={`m-auto ${wide ? 'w-full max-w-3xl' : 'w-[min(28rem,calc(100vw-2rem))]'} space-y-3 rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100`}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {description && (
        <div id={descriptionId} className="text-sm">
          {description}
        </div>
      )}
      {children}
    </dialog>
  )
}
