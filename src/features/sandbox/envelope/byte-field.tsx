import type { ReactNode } from 'react'
import { INSET_SURFACE, MUTED_TEXT } from '@/components/ui/colours.ts'

/**
 * A labelled value of the walkthrough (a response member, an IV), large enough to read from the
 * back of a classroom; long values wrap rather than scroll.
 */
export function ByteField({
  label,
  note,
  children,
}: {
  label: string
  note?: ReactNode
  children: ReactNode
}) {
  return (
    <div className="min-w-0">
      <dt className="font-semibold">
        {label}
        {note !== undefined && <span className={`ml-2 font-normal ${MUTED_TEXT}`}>{note}</span>}
      </dt>
      <dd
        className={`mt-1 rounded-md p-2 font-mono text-sm break-all sm:text-base 2xl:text-lg ${INSET_SURFACE}`}
      >
        {children}
      </dd>
    </div>
  )
}

/** A list of ByteFields. */
export function ByteFields({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl aria-label={label} className="space-y-3">
      {children}
    </dl>
  )
}
