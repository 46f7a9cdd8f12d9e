import { useParams } from 'wouter'
import { paths, type SandboxScenarioParams } from '@/routes/paths.ts'
import { Alert } from '@/components/ui/alert.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import { ShareLink } from '@/components/ui/share-link.tsx'
import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { isSandboxScenario, SANDBOX_SCENARIO_NAMES, SANDBOX_SCENARIOS } from '@/core/deck/index.ts'
import { guidedScenario } from '@/core/scenarios/index.ts'
import { CreateKeyWizard } from './create-key-wizard.tsx'
import { EncryptDecryptPanel } from './encrypt-decrypt-panel.tsx'
import { IdentitiesPanel } from './identities-panel.tsx'
import { KeyList } from './key-list.tsx'
import { OtherRegionKeys } from './other-region-keys.tsx'
import { SandboxAccount } from './sandbox-account.tsx'
import { SandboxAccountPanel } from './sandbox-account-panel.tsx'
import { SandboxAuditPanel } from './sandbox-audit-panel.tsx'
import { SandboxClockPanel } from './sandbox-clock-panel.tsx'
import { ScenarioGuide } from './scenario-guide.tsx'
import { WireExchangePanel } from './wire-exchange-panel.tsx'

/**
 * The sandbox: a simulated AWS KMS account that runs in this browser and keeps its keys across
 * reloads. Every `try:` link of a card arrives here with its scenario named, and the scenario's
 * guide (scenario-guide.tsx) opens above the console, set up and ready to step through.
 */
export default function SandboxPage() {
  const { scenario } = useParams<SandboxScenarioParams>()
  const known = scenario && isSandboxScenario(scenario) ? scenario : undefined
  const guided = known === undefined ? undefined : guidedScenario(known)
  useDocumentTitle(known ? `Sandbox: ${SANDBOX_SCENARIOS[known]}` : 'Sandbox')

  return (
    <div className="mx-auto max-w-6xl space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">
          {known ? `Sandbox: ${SANDBOX_SCENARIOS[known]}` : 'KMS sandbox'}
        </h1>
        <p className={MUTED_TEXT}>
          A simulated AWS KMS account in your browser: same operations, key states and error names
          as AWS. Keys are WebCrypto keys that cannot be exported, and they stay in this browser.
        </p>
        <p>
          Prefer a terminal? Type <code>aws kms …</code> commands against this account in the{' '}
          <TextLink href={paths.sandbox.cli()}>AWS CLI panel</TextLink>. See envelope encryption{' '}
          <TextLink href={paths.sandbox.envelope()}>step by step</TextLink>, or{' '}
          <TextLink href={paths.sandbox.files()}>encrypt whole files</TextLink> with it.
        </p>
        {known && <ShareLink path={paths.sandbox.scenario(known)} what="this scenario" />}
        {scenario && !known && (
          <Alert tone="warning">
            <p>There is no sandbox scenario called “{scenario}”.</p>
          </Alert>
        )}
        {known && guided === undefined && (
          <Alert>
            <p>
              The guided walkthrough of this scenario is coming in a later version. Meanwhile, try
              it yourself in the account below.
            </p>
          </Alert>
        )}
      </header>
      <SandboxAccount>
        {known && guided !== undefined && <ScenarioGuide name={known} scenario={guided} />}
        <CreateKeyWizard />
        <KeyList />
        <OtherRegionKeys />
        <SandboxClockPanel />
        <IdentitiesPanel />
        <EncryptDecryptPanel />
        <WireExchangePanel />
        <SandboxAuditPanel />
        <SandboxAccountPanel />
      </SandboxAccount>
      <Panel title="Scenarios">
        <ul className="list-disc space-y-1 pl-6">
          {SANDBOX_SCENARIO_NAMES.map((name) => (
            <li key={name}>
              <TextLink
                href={paths.sandbox.scenario(name)}
                aria-current={name === known ? 'page' : undefined}
                className={name === known ? 'font-semibold' : ''}
              >
                {SANDBOX_SCENARIOS[name]}
              </TextLink>
            </li>
          ))}
        </ul>
      </Panel>
    </div>
  )
}
