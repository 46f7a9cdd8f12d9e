import { Link, useParams } from 'wouter'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { SANDBOX_SCENARIOS, type SandboxScenario } from '@/core/deck/index.ts'

/**
 * The sandbox's screens are the next milestone; until they land, every `try:` link of a card
 * arrives here, names its scenario, and lists what the sandbox will offer.
 */
export default function SandboxPage() {
  const { scenario } = useParams<{ scenario?: string }>()
  const known =
    scenario && Object.hasOwn(SANDBOX_SCENARIOS, scenario)
      ? (scenario as SandboxScenario)
      : undefined
  useDocumentTitle(known ? `Sandbox: ${SANDBOX_SCENARIOS[known]}` : 'Sandbox')
  return (
    <section aria-labelledby="sandbox-heading" className="mx-auto max-w-prose space-y-4">
      <h1 id="sandbox-heading" className="text-2xl font-bold tracking-tight">
        {known ? SANDBOX_SCENARIOS[known] : 'KMS sandbox'}
      </h1>
      <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 dark:bg-amber-500/10">
        The KMS sandbox is not in this version of KeyDeck yet. It will run these scenarios in your
        browser against a simulated AWS KMS.
      </p>
      {scenario && !known && <p>There is no sandbox scenario called “{scenario}”.</p>}
      <h2 className="text-lg font-semibold">Scenarios</h2>
      <ul className="list-disc space-y-1 pl-6">
        {Object.entries(SANDBOX_SCENARIOS).map(([name, title]) => (
          <li
            key={name}
            aria-current={name === known ? 'page' : undefined}
            className={name === known ? 'font-semibold' : ''}
          >
            {title}
          </li>
        ))}
      </ul>
      <Link
        href="/browse"
        className="inline-block font-medium text-amber-700 underline dark:text-amber-400"
      >
        Back to the cards
      </Link>
    </section>
  )
}
