import { Fragment } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { DataTable } from '@/components/ui/data-table.tsx'
import { Dialog } from '@/components/ui/dialog.tsx'
import { Kbd } from '@/components/ui/kbd.tsx'
import { SHORTCUTS } from './shortcut-list.ts'

type Shortcut = (typeof SHORTCUTS)[number]

/**
 * The `?` help: a modal dialog (the kit's, on the native <dialog>, so focus and Escape work as
 * expected). Loaded only when first asked for: the first card does not need it.
 */
export default function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <DataTable<Shortcut>
        caption="Review shortcuts"
        hideCaption
        rows={SHORTCUTS}
        rowKey={(shortcut) => shortcut.action}
        columns={[
          {
            key: 'keys',
            header: 'Keys',
            cell: ({ keys }) => (
              <span className="whitespace-nowrap">
                {keys.map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && ' or '}
                    <Kbd>{key}</Kbd>
                  </Fragment>
                ))}
              </span>
            ),
          },
          { key: 'action', header: 'Action', cell: ({ action }) => action },
        ]}
      />
      <form method="dialog" className="text-right">
        <Button type="submit">Close</Button>
      </form>
    </Dialog>
  )
}
