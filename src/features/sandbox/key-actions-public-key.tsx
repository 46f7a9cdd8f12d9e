import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { getPublicKeyPem } from '@/stores/sandbox-crypto-actions.ts'
import { useActionError } from './key-actions-shared.tsx'
import { downloadFile } from '@/components/download-file.ts'

/** What a holder of the public key can do with it, by the key's usage. */
const PUBLIC_KEY_USE: Partial<Record<KeyMetadata['KeyUsage'], string>> = {
  SIGN_VERIFY: 'verify this key’s signatures',
  ENCRYPT_DECRYPT: 'encrypt for this key',
  KEY_AGREEMENT: 'derive the secret it shares with this key (ECDH, with their own private key)',
}

/**
 * GetPublicKey: the public half of an asymmetric key may leave KMS, so anyone can verify its
 * signatures or encrypt for it offline (without KMS's checks of the key's state, policy or
 * algorithm). KMS returns DER; the page offers it as PEM, the form OpenSSL reads.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/download-public-key.html
 */
export function KeyActionsPublicKey({ metadata: key }: { metadata: KeyMetadata }) {
  const [pem, setPem] = useState<string>()
  const { settle, alert } = useActionError()

  const onGet = async () => setPem(settle(await getPublicKeyPem(key.KeyId))?.value)

  return (
    <Panel title="Public key" headingLevel={3}>
      <p className={`text-sm ${MUTED_TEXT}`}>
        The public key may leave KMS: with it, anyone can {PUBLIC_KEY_USE[key.KeyUsage]} without
        calling KMS. The private key never leaves.
      </p>
      <Button variant="primary" onClick={() => void onGet()}>
        Get public key
      </Button>
      <div aria-live="polite" className="space-y-2">
        {pem !== undefined && (
          <>
            {/* Wrapped: a PEM line (64 characters) is wider than a phone, and a block that scrolls
                sideways cannot be scrolled from the keyboard (axe: scrollable-region-focusable). */}
            <CodeBlock label="Public key (PEM)" text={pem} wrap />
            <Button
              onClick={() =>
                downloadFile({
                  name: `${key.KeyId}-public.pem`,
                  content: pem,
                  type: 'application/x-pem-file',
                })
              }
            >
              Download PEM
            </Button>
          </>
        )}
      </div>
      {alert}
    </Panel>
  )
}
