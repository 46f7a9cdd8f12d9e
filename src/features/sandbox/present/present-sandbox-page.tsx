import { useParams } from 'wouter'
import { EmptyState } from '@/components/ui/empty-state.tsx'
import { PresenterFrame } from '@/components/ui/presenter-frame.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { isSandboxScenario, SANDBOX_SCENARIOS } from '@/core/deck/index.ts'
import { guidedScenario } from '@/core/scenarios/index.ts'
import { paths, type PresentSandboxParams } from '@/routes/paths.ts'
import { PresentEnvelope } from './present-envelope.tsx'
import { PresentScenario } from './present-scenario.tsx'

const ENVELOPE_TITLE = 'Envelope encryption, step by step'

/**
 * Presenter mode over the sandbox (issue 14, item 1): `/present/sandbox/envelope` presents the
 * envelope walkthrough, `/present/sandbox/<scenario>` a guided scenario, one step per screen, on
 * the same components as the sandbox (their `presenting` look). The calls are real, on the
 * presenter's sandbox account; study progress is never read.
 */
export default function PresentSandboxPage() {
  const { scenario: name = '' } = useParams<PresentSandboxParams>()
  const known = isSandboxScenario(name) ? name : undefined
  const guided = known === undefined ? undefined : guidedScenario(known)
  const title =
    known === 'envelope'
      ? ENVELOPE_TITLE
      : known !== undefined
        ? `Sandbox: ${SANDBOX_SCENARIOS[known]}`
        : 'Sandbox'
  useDocumentTitle(`Presenting ${title}`)
  if (known === 'envelope') return <PresentEnvelope title={ENVELOPE_TITLE} />
  if (known !== undefined && guided !== undefined)
    return <PresentScenario key={known} name={known} scenario={guided} />
  return (
    <PresenterFrame
      title={title}
      exitHref={known ? paths.sandbox.scenario(known) : paths.sandbox.home()}
      onForward={() => undefined}
      onBack={() => undefined}
      forwardDisabled
      backDisabled
    >
      <EmptyState className="mx-auto max-w-3xl text-center text-xl">
        {known
          ? 'This scenario has no guided walkthrough to present yet.'
          : `There is no sandbox scenario called “${name}”.`}
      </EmptyState>
    </PresenterFrame>
  )
}
