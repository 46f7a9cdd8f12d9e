import { useEffect } from 'react'
import { Link, useParams } from 'wouter'
import { paths, type SandboxScenarioParams } from '@/routes/paths.ts'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { isSandboxScenario, SANDBOX_SCENARIO_NAMES, SANDBOX_SCENARIOS } from '@/core/deck/index.ts'
import { moveSandboxHere, startSandbox } from '@/stores/sandbox-connection.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'
import { CreateKeyForm } from './create-key-form.tsx'
import { EncryptDecryptPanel } from './encrypt-decrypt-panel.tsx'
import { KeyList } from './key-list.tsx'
import { primaryButton } from './sandbox-styles.ts'

/**
 * The sandbox: a simulated AWS KMS account that runs in this browser and keeps its keys across
 * reloads. Every `try:` link of a card arrives here with its scenario named; the guided
 * walkthroughs of the scenarios are the next milestone, the account itself works now.
 */
export default function SandboxPage() {
  const { scenario } = useParams<SandboxScenarioParams>()
  const known = scenario && isSandboxScenario(scenario) ? scenario : undefined
  useDocumentTitle(known ? `Sandbox: ${SANDBOX_SCENARIOS[known]}` : 'Sandbox')
  useEffect(() => {
    void startSandbox()
  }, [])
  const status = useSandboxStore((s) => s.status)
  const failure = useSandboxStore((s) => s.failure)

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">
          {known ? `Sandbox: ${SANDBOX_SCENARIOS[known]}` : 'KMS sandbox'}
        </h1>
        <p className="text-slate-700 dark:text-slate-300">
          A simulated AWS KMS account in your browser: same operations, key states and error names
          as AWS. Keys are WebCrypto keys that cannot be exported, and they stay in this browser.
        </p>
        {scenario && !known && <p>There is no sandbox scenario called “{scenario}”.</p>}
        {known && (
          <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-500/10">
            The guided walkthrough of this scenario is coming in a later version. Meanwhile, try it
            yourself in the account below.
          </p>
        )}
      </header>
      {status === 'ready' && (
        <>
          <CreateKeyForm />
          <KeyList />
          <EncryptDecryptPanel />
        </>
      )}
      {status === 'connecting' && <p role="status">Starting the simulator…</p>}
      {status === 'elsewhere' && (
        <div
          role="status"
          className="space-y-3 rounded-md border border-slate-300 p-4 dark:border-slate-700"
        >
          <p>
            The sandbox is open in another tab. One tab at a time runs it, so that two simulators
            never change your account at once.
          </p>
          <button type="button" className={primaryButton} onClick={() => void moveSandboxHere()}>
            Use the sandbox here
          </button>
        </div>
      )}
      {status === 'failed' && (
        <p role="alert">
          The simulator could not start: {failure}. Your study progress is not affected.
        </p>
      )}
      <section aria-labelledby="scenarios-heading" className="space-y-2">
        <h2 id="scenarios-heading" className="text-lg font-semibold">
          Scenarios
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {SANDBOX_SCENARIO_NAMES.map((name) => (
            <li key={name}>
              <Link
                href={paths.sandbox.scenario(name)}
                aria-current={name === known ? 'page' : undefined}
                className={`underline ${name === known ? 'font-semibold' : ''}`}
              >
                {SANDBOX_SCENARIOS[name]}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
