import { useState } from 'react'
import { downloadFile } from '@/components/download-file.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { useConfirm } from '@/components/ui/confirm-dialog.tsx'
import { FileButton } from '@/components/ui/file-button.tsx'
import { Panel } from '@/components/ui/panel.tsx'
import {
  exportSandboxConfiguration,
  importSandboxConfiguration,
  readSandboxConfiguration,
  startSandboxOver,
} from '@/stores/sandbox-account-config.ts'
import type { AwsErrorView } from '@/stores/sandbox-store.ts'
import { SandboxErrorAlert } from './sandbox-error-alert.tsx'

type Message = { kind: 'ok' | 'refused'; text: string } | { kind: 'aws'; error: AwsErrorView }

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/**
 * The account as a whole (issue 11, item 11): start it over, or save and load its configuration
 * (keys' settings, aliases, policies, tags, identities; never key material) so a teacher can
 * prepare a demo account. Study progress is never touched.
 */
export function SandboxAccountPanel() {
  const [message, setMessage] = useState<Message>()
  // Each outcome remounts its message, so the same message twice is announced twice.
  const [attempt, setAttempt] = useState(0)
  const [confirm, confirmDialog] = useConfirm()
  const say = (next: Message) => {
    setAttempt((n) => n + 1)
    setMessage(next)
  }

  const onStartOver = async () => {
    const wipe = await confirm({
      title: 'Start the sandbox over?',
      message:
        'Every key, alias, IAM identity and audit event of the sandbox account is deleted, and its clock goes back to now. Ciphertexts made with these keys can no longer be decrypted. Your study progress, notes and the CLI panel’s files stay. Export the configuration first if you may want it back.',
      confirmLabel: 'Start over',
      tone: 'danger',
    })
    if (!wipe) return
    const result = await startSandboxOver()
    say(
      result.ok
        ? { kind: 'ok', text: 'The sandbox account was started over.' }
        : { kind: 'aws', error: result.error },
    )
  }

  const onExport = async () => {
    const result = await exportSandboxConfiguration()
    if (!result.ok) return say({ kind: 'aws', error: result.error })
    const day = result.value.exportedAt.slice(0, 10)
    downloadFile({
      name: `keydeck-sandbox-config-${day}.json`,
      type: 'application/json',
      content: `${JSON.stringify(result.value, null, 2)}\n`,
    })
    say({
      kind: 'ok',
      text: `Configuration exported: ${plural(result.value.keys.length, 'key')}, ${result.value.identities.length} IAM ${result.value.identities.length === 1 ? 'identity' : 'identities'}.`,
    })
  }

  // Check the whole file first; only a usable one may replace the account, and only when asked.
  const onImport = async (file: File) => {
    const read = await readSandboxConfiguration(await file.text())
    if (!read.ok) {
      say({
        kind: 'refused',
        text: `“${file.name}” was refused: ${read.message} The sandbox account was not changed.`,
      })
      return
    }
    const { keys, identities } = read.config
    const replace = await confirm({
      title: 'Replace the sandbox account?',
      message: `“${file.name}” has ${plural(keys.length, 'key')} and ${identities.length} IAM ${identities.length === 1 ? 'identity' : 'identities'}. The current account is started over, then rebuilt from the file. The keys are new keys: new ids and new key material, so older ciphertexts do not decrypt with them.`,
      confirmLabel: 'Replace account',
      tone: 'danger',
    })
    if (!replace) return
    const result = await importSandboxConfiguration(read.config)
    say(
      result.ok
        ? {
            kind: 'ok',
            text: `Configuration imported: ${plural(result.value.keys, 'key')} (new ids and key material), ${plural(result.value.aliases, 'alias')}, ${result.value.identities} IAM ${result.value.identities === 1 ? 'identity' : 'identities'}.`,
          }
        : { kind: 'aws', error: result.error },
    )
  }

  return (
    <Panel title="Sandbox account">
      <p className={`text-sm ${MUTED_TEXT}`}>
        Save this account&apos;s configuration (keys&apos; settings, aliases, key policies, tags,
        IAM identities; never key material) to prepare a demo, load one, or start over.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void onExport()}>Export configuration (JSON)</Button>
        <FileButton
          label="Configuration file to import"
          accept="application/json,.json"
          onFile={(file) => void onImport(file)}
        >
          Import configuration…
        </FileButton>
        <Button variant="danger" onClick={() => void onStartOver()}>
          Start over…
        </Button>
      </div>
      {message?.kind === 'aws' && <SandboxErrorAlert key={attempt} error={message.error} />}
      {message && message.kind !== 'aws' && (
        <Alert key={attempt} tone={message.kind === 'ok' ? 'success' : 'error'}>
          <p>{message.text}</p>
        </Alert>
      )}
      {confirmDialog}
    </Panel>
  )
}
