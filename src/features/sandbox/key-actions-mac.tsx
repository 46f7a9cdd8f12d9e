import { useState } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextArea } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import type { KeyMetadata, MacAlgorithmSpec } from '@/core/kms/index.ts'
import { generateMacOf, verifyMacOf } from '@/stores/sandbox-crypto-actions.ts'
import { AlgorithmField, useActionError } from './key-actions-shared.tsx'

/**
 * GenerateMac and VerifyMac with this HMAC key: a tag that proves a message was not changed and
 * came from someone allowed to use the key. A MAC that does not match is KMSInvalidMacException.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/hmac.html
 */
export function KeyActionsMac({ metadata: key }: { metadata: KeyMetadata }) {
  const algorithms = key.MacAlgorithms ?? []
  const [algorithm, setAlgorithm] = useState<MacAlgorithmSpec | undefined>(algorithms[0])
  const [message, setMessage] = useState('')
  const [mac, setMac] = useState('')
  const [status, setStatus] = useState('')
  const { settle, alert } = useActionError()
  if (algorithm === undefined) return null

  const onGenerate = async () => {
    const done = settle(await generateMacOf(key.KeyId, message, algorithm))
    if (done) setMac(done.value)
    setStatus(done ? 'Generated: the MAC is in the box below.' : '')
  }
  const onVerify = async () => {
    const done = settle(await verifyMacOf(key.KeyId, message, mac, algorithm))
    setStatus(done ? 'VerifyMac: the MAC is valid for this message (MacValid: true).' : '')
  }

  return (
    <Panel title="Generate and verify a MAC" headingLevel={3}>
      <Field label="Message">
        <TextArea rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />
      </Field>
      <AlgorithmField
        label="MAC algorithm"
        options={algorithms}
        value={algorithm}
        onChange={setAlgorithm}
      />
      <Button variant="primary" onClick={() => void onGenerate()}>
        Generate MAC
      </Button>
      <Field
        label="MAC (base64)"
        hint="GenerateMac puts its MAC here; VerifyMac checks it against the message above."
      >
        <TextArea
          rows={2}
          className="font-mono"
          value={mac}
          onChange={(e) => setMac(e.target.value)}
        />
      </Field>
      <Button onClick={() => void onVerify()}>Verify MAC</Button>
      <p role="status" className={`text-sm ${MUTED_TEXT}`}>
        {status}
      </p>
      {alert}
    </Panel>
  )
}
