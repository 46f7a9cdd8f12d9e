import { Button } from '@/components/ui/button.tsx'
import { Callout } from '@/components/ui/callout.tsx'

/**
 * Beside a plaintext data key (or private key): KMS returns it once, the application uses it and
 * erases it from memory, keeping only the encrypted copy. The page does the same: it keeps the key
 * in this panel only, until Forget or until the learner leaves, and withholds it from the last
 * request and response and from the audit trail.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/data-keys.html
 */
export function PlaintextKeyNote({ what, onForget }: { what: string; onForget: () => void }) {
  return (
    <Callout tone="warning" title={`The ${what} in plaintext`} headingLevel={4}>
      <p>
        KMS returns it once: encrypt with it, then erase it from memory and keep only the encrypted
        copy. This page shows it here only, keeps it nowhere, and leaves it out of the last request
        and response and of the audit trail.
      </p>
      <Button onClick={onForget}>Forget the {what}</Button>
    </Callout>
  )
}
