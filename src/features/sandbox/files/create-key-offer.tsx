import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { Callout } from '@/components/ui/callout.tsx'
import { createKey, type AwsErrorView } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from '../sandbox-error-alert.tsx'

/**
 * No usable key yet: GenerateDataKey takes only a symmetric encryption key, so the page offers
 * to create one (CreateKey with the defaults: SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT).
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
 */
export function CreateKeyOffer() {
  const [error, setError] = useState<AwsErrorView>()
  const [busy, setBusy] = useState(false)
  const onCreate = async () => {
    setBusy(true)
    const result = await createKey({
      description: 'File encryption',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
    })
    setBusy(false)
    setError(result.ok ? undefined : result.error)
  }
  return (
    <Callout title="No key to encrypt with yet" headingLevel={3}>
      <p>
        Encrypting a file needs an enabled symmetric encryption key of your own. Files already
        encrypted can still be opened below.
      </p>
      <Button variant="primary" className="mt-2" disabled={busy} onClick={() => void onCreate()}>
        Create a symmetric encryption key
      </Button>
      {error && <SandboxErrorAlert error={error} />}
    </Callout>
  )
}
