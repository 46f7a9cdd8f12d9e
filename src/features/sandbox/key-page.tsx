import { useParams } from 'wouter'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { paths, type SandboxKeyParams } from '@/routes/paths.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'
import { KeyActions } from './key-actions.tsx'
import { KeyAliasesPanel } from './key-aliases-panel.tsx'
import { KeyMaterialPanel } from './key-material-panel.tsx'
import { KeyMetadataPanel } from './key-metadata-panel.tsx'
import { KeyPolicyPanel } from './key-policy-panel.tsx'
import { KeyRotationPanel } from './key-rotation-panel.tsx'
import { KeyStatePanel } from './key-state-panel.tsx'
import { KeyTagsPanel } from './key-tags-panel.tsx'
import { SandboxAccount } from './sandbox-account.tsx'
import { SandboxClockPanel } from './sandbox-clock-panel.tsx'
import { WireExchangePanel } from './wire-exchange-panel.tsx'

/**
 * One key of the sandbox account, as the AWS console's key page shows it: metadata, state and
 * what it allows, rotation (for symmetric encryption keys), aliases and tags. Reached from the key list (`/sandbox/keys/<key id>`).
 */
export default function KeyPage() {
  const { keyId = '' } = useParams<SandboxKeyParams>()
  const key = useSandboxStore((s) => s.keys.find((k) => k.KeyId === keyId))
  const firstAlias = useSandboxStore(
    (s) =>
      s.aliases
        .filter((a) => a.TargetKeyId === keyId)
        .map((a) => a.AliasName as string)
        .sort()[0],
  )
  const title = firstAlias ?? key?.Description ?? keyId
  useDocumentTitle(`Sandbox: ${title || 'key'}`)

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <TextLink href={paths.sandbox.home()}>KMS sandbox</TextLink>
        <span aria-hidden="true" className={MUTED_TEXT}>
          {' / '}
        </span>
        <span className={MUTED_TEXT}>Key</span>
      </nav>
      <h1 className="text-2xl font-bold tracking-tight break-all">{title || 'Key'}</h1>
      <SandboxAccount>
        {/* Outside the key's panels: it stays, with what it did, when the key is deleted. */}
        <SandboxClockPanel />
        {key ? (
          <>
            <KeyMetadataPanel metadata={key} />
            <KeyStatePanel metadata={key} />
            {key.Origin === 'EXTERNAL' && <KeyMaterialPanel metadata={key} />}
            {key.KeySpec === 'SYMMETRIC_DEFAULT' && <KeyRotationPanel metadata={key} />}
            <KeyAliasesPanel metadata={key} />
            <KeyTagsPanel metadata={key} />
            <KeyPolicyPanel metadata={key} />
            <KeyActions metadata={key} />
            <WireExchangePanel />
          </>
        ) : (
          <EmptyState>
            <p>
              There is no key <code className="font-mono break-all">{keyId}</code> in the sandbox
              account: it was deleted, or the address is not that of a key.
            </p>
            <p className="mt-2">
              <TextLink href={paths.sandbox.home()}>See the account’s keys</TextLink>
            </p>
          </EmptyState>
        )}
      </SandboxAccount>
    </div>
  )
}
