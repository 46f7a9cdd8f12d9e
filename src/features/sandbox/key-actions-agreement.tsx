import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { CodeBlock } from '@/components/ui/code-block.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextArea } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata } from '@/core/kms/index.ts'
import { deriveSharedSecretOf, getPublicKeyPem } from '@/stores/sandbox-crypto-actions.ts'
import { createDemoPeer, peerSharedSecret, type DemoPeer } from './demo-peer-key.ts'
import { useActionError } from './key-actions-shared.tsx'

/** The demo peer with the KMS key's public key it fetched (GetPublicKey), as a real peer would. */
interface Peer extends DemoPeer {
  readonly kmsPublicKeyPem: string
}

/**
 * DeriveSharedSecret (ECDH) with this KEY_AGREEMENT key: its private key, which never leaves KMS,
 * and the other party's public key give a secret; the other party gets the same secret from its
 * own private key and this key's public key. KMS returns the raw secret: derive keys from it with
 * a key derivation function before use.
 * @see https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html
 */
export function KeyActionsAgreement({ metadata: key }: { metadata: KeyMetadata }) {
  const [publicKey, setPublicKey] = useState('')
  const [peer, setPeer] = useState<Peer>()
  const [secret, setSecret] = useState<string>()
  const [peerSecret, setPeerSecret] = useState<string>()
  const [status, setStatus] = useState('')
  const { settle, alert } = useActionError()

  const onPeer = async () => {
    // The peer needs this key's public key: it fetches it first, as a real peer would.
    const kmsPublicKey = settle(await getPublicKeyPem(key.KeyId))
    if (!kmsPublicKey) return
    const made = await createDemoPeer(key.KeySpec)
    setPeer({ ...made, kmsPublicKeyPem: kmsPublicKey.value })
    setPublicKey(made.publicKeyPem)
    setSecret(undefined)
    setPeerSecret(undefined)
    setStatus(
      `A demo peer key pair on ${made.curve} was made in this page; its public key is in the box. Its private key stays in this page’s memory, is never shown and is never stored.`,
    )
  }

  const onDerive = async () => {
    setPeerSecret(undefined)
    const done = settle(await deriveSharedSecretOf(key.KeyId, publicKey))
    setSecret(done?.value)
    if (!done) {
      setStatus('')
      return
    }
    if (peer === undefined || peer.publicKeyPem.trim() !== publicKey.trim()) {
      setStatus('Derived: the shared secret is below.')
      return
    }
    const theirs = await peerSharedSecret(peer, key.KeySpec, peer.kmsPublicKeyPem)
    setPeerSecret(theirs)
    setStatus(
      theirs === done.value
        ? 'Derived: the peer, from its private key and this key’s public key, derives the same secret.'
        : 'Derived, but the peer’s secret differs.',
    )
  }

  return (
    <Panel title="Derive a shared secret" headingLevel={3}>
      <p className={`text-sm ${MUTED_TEXT}`}>
        ECDH: this key’s private key and the other party’s public key give a secret that the other
        party also gets, from its own private key and this key’s public key. KMS returns the raw
        secret; derive your keys from it with a key derivation function.
      </p>
      <Field
        label="The other party’s public key"
        hint={`PEM or base64 DER (SubjectPublicKeyInfo), on the same curve as this key (${key.KeySpec}).`}
      >
        <TextArea
          rows={5}
          className="font-mono"
          value={publicKey}
          onChange={(e) => setPublicKey(e.target.value)}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void onPeer()}>Generate a demo peer key pair</Button>
        <Button variant="primary" onClick={() => void onDerive()}>
          Derive shared secret
        </Button>
      </div>
      <p role="status" className={`text-sm ${MUTED_TEXT}`}>
        {status}
      </p>
      <div aria-live="polite" className="space-y-2">
        {secret !== undefined && <CodeBlock label="Secret from KMS (base64)" text={secret} wrap />}
        {peerSecret !== undefined && (
          <CodeBlock label="Peer’s secret (base64)" text={peerSecret} wrap />
        )}
      </div>
      {alert}
    </Panel>
  )
}
