import { useEffect, useRef } from 'react'
import { SHORTCUTS } from './shortcut-list.ts'

/** The `?` help: a modal dialog (native <dialog>, so focus and Escape work as expected). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <table className="w-full text-sm">
        <caption className="sr-only">Review shortcuts</caption>
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal whitespace-nowrap">
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <kbd className="rounded border border-slate-300 px-1.5 font-mono text-xs dark:border-slate-600">
                      {k}
                    </kbd>
                  </span>
                ))}
              </th>
              <td className="py-1.5">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-4 text-right">
        <button className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white dark:bg-slate-100 dark:text-slate-900">
          Close
        </button>
      </form>
    </dialog>
  )
}
