import { MUTED_TEXT } from '@/components/ui/colours.ts'
import type { EnvelopeHeader } from '@/core/envelope/index.ts'

/**
 * What the opened file's header says: which KMS key encrypted its data key, and the encryption
 * context KMS will require to decrypt it. Read before decryption, so it is authenticated only
 * when the file has been opened completely (the header tag, then every frame).
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html
 */
export function FileHeaderView({
  header,
  verified,
}: {
  header: EnvelopeHeader
  verified: boolean
}) {
  const context = Object.entries(header.encryptionContext)
  return (
    <section aria-label="File header" className="space-y-1 text-sm">
      <h3 className="font-semibold">
        File header{' '}
        <span className={`font-normal ${MUTED_TEXT}`}>
          ({verified ? 'authenticated' : 'not authenticated yet'})
        </span>
      </h3>
      <dl className="grid grid-cols-1 gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">KMS key</dt>
        <dd className="font-mono text-xs [overflow-wrap:anywhere]">{header.keyId}</dd>
        <dt className="font-medium">Encryption context</dt>
        <dd>
          {context.length === 0 ? (
            'none'
          ) : (
            <ul>
              {context.map(([key, value]) => (
                <li key={key} className="font-mono text-xs [overflow-wrap:anywhere]">
                  {key}={value}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-medium">Frame size</dt>
        <dd>{header.frameSize.toLocaleString('en')} bytes</dd>
      </dl>
    </section>
  )
}
