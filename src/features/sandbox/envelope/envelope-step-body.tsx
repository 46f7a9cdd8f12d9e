import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { Field } from '@/components/ui/field.tsx'
import { TextArea } from '@/components/ui/field-controls.tsx'
import { FileButton } from '@/components/ui/file-button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import {
  setEnvelopeFile,
  setEnvelopeText,
  type EnvelopeStep,
  type EnvelopeWalkthroughState,
} from '@/stores/sandbox-envelope.ts'
import { createKey } from '@/stores/sandbox-store.ts'
import { SymmetricKeySelect } from '../symmetric-key-select.tsx'
import { ByteField, ByteFields } from './byte-field.tsx'
import { EnvelopeHeaderView } from './envelope-header-view.tsx'

/** What a step shows: its inputs, or the bytes its call returned. */
export function EnvelopeStepBody({
  step,
  view,
  keyChoice,
  onKeyChoice,
  hasKeys,
}: {
  step: EnvelopeStep
  view: EnvelopeWalkthroughState
  keyChoice: string | undefined
  onKeyChoice: (keyId: string) => void
  hasKeys: boolean
}) {
  const started = view.generated !== undefined
  switch (step) {
    case 'data':
      return (
        // Dropping a file is a shortcut for the mouse; "Or choose a file…" is the keyboard's way.
        <div
          className="space-y-3"
          onDragOver={(e) => {
            if (!started) e.preventDefault()
          }}
          onDrop={(e) => {
            const file = e.dataTransfer.files[0]
            if (started || file === undefined) return
            e.preventDefault()
            void readFile(file)
          }}
        >
          <Field label="Data to encrypt" hint="Or drop a file here.">
            <TextArea
              rows={3}
              value={view.file === undefined ? view.text : ''}
              placeholder={view.file && `The file ${view.file.name}`}
              disabled={started}
              onChange={(e) => setEnvelopeText(e.target.value)}
            />
          </Field>
          <div className="flex flex-wrap items-center gap-2">
            {!started && (
              <FileButton
                label="File to encrypt in the walkthrough"
                onFile={(f) => void readFile(f)}
              >
                Or choose a file…
              </FileButton>
            )}
            {view.file && (
              <p role="status">
                {view.file.name}: {view.file.bytes.length.toLocaleString('en')} bytes
              </p>
            )}
          </div>
          {view.fileProblem && <Alert tone="warning">{view.fileProblem}</Alert>}
          <p className={`text-sm ${MUTED_TEXT}`}>
            Up to 1 MB here; any size on{' '}
            <TextLink href={paths.sandbox.files()}>file encryption</TextLink>.
          </p>
          {hasKeys ? (
            <SymmetricKeySelect value={keyChoice} onChange={onKeyChoice} />
          ) : (
            <Alert>
              <p>Your account has no symmetric encryption key that can encrypt now.</p>
              <Button
                variant="primary"
                className="mt-2"
                onClick={() => void createWalkthroughKey()}
              >
                Create a key
              </Button>
            </Alert>
          )}
        </div>
      )
    case 'generate':
      return (
        view.generated && (
          <ByteFields label="GenerateDataKey response">
            <ByteField label="CiphertextBlob" note="the encrypted data key, base64">
              {view.generated.CiphertextBlob}
            </ByteField>
            <ByteField label="KeyId">{view.generated.KeyId}</ByteField>
            <ByteField label="Plaintext" note="the data key, base64: shown once">
              {view.generated.Plaintext ?? 'discarded'}
            </ByteField>
          </ByteFields>
        )
      )
    case 'encrypt':
      return (
        view.sealed && (
          <ByteFields label="AES-GCM in the browser">
            <ByteField label="IV" note="12 bytes">
              {view.sealed.iv}
            </ByteField>
            <ByteField
              label="Ciphertext"
              note={`${view.sealed.ciphertextLength} bytes${view.sealed.ciphertextLength > 48 ? ', the first 48 shown' : ''}`}
            >
              {view.sealed.ciphertext || '(empty)'}
            </ByteField>
            <ByteField label="Tag" note="16 bytes">
              {view.sealed.tag}
            </ByteField>
          </ByteFields>
        )
      )
    case 'discard':
      return (
        <ByteFields label="The plaintext data key">
          <ByteField
            label="Plaintext"
            note={view.discarded === undefined ? 'still in memory' : 'discarded: wiped to zeros'}
          >
            {view.discarded ?? view.generated?.Plaintext}
          </ByteField>
        </ByteFields>
      )
    case 'store':
      return (
        view.parts &&
        view.envelope && <EnvelopeHeaderView parts={view.parts} total={view.envelope.length} />
      )
    case 'decrypt-key':
      return (
        view.decryptedKeyId && (
          <ByteFields label="Decrypt response">
            <ByteField label="KeyId">{view.decryptedKeyId}</ByteField>
            <ByteField
              label="Plaintext"
              note="imported as a key that cannot be read back, then zeroed"
            >
              (32 bytes, not shown)
            </ByteField>
          </ByteFields>
        )
      )
    case 'decrypt-data':
      return (
        view.recovered !== undefined && (
          <ByteFields label="Decrypted">
            <ByteField label="Your data back">{view.recovered}</ByteField>
          </ByteFields>
        )
      )
    case 'variants':
      return null
  }
}

function readFile(file: File) {
  return setEnvelopeFile(file.name, file.size, () => file.arrayBuffer())
}

function createWalkthroughKey() {
  return createKey({
    description: 'Envelope walkthrough',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  })
}
