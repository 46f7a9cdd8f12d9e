import { useEffect, useRef } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'
import { useScenarioCards } from './use-scenario-cards.ts'

/**
 * The end of a scenario: what it showed is what these cards teach, so it links back to each of
 * them (the cards whose "Try it in the sandbox" opens it), and offers to run it again.
 */
export function ScenarioEnd({
  scenario,
  title,
  onRestart,
}: {
  scenario: string
  title: string
  onRestart: () => void
}) {
  const cards = useScenarioCards(scenario)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section aria-labelledby="scenario-end-heading" className="space-y-3">
      <h3
        id="scenario-end-heading"
        ref={heading}
        tabIndex={-1}
        className="text-lg font-semibold outline-none"
      >
        Scenario complete: {title}
      </h3>
      <p>Every call was real, on your sandbox account: the keys it used are in the list below.</p>
      <h4 className="font-semibold">The cards it shows</h4>
      {cards === undefined ? (
        <p role="status" className={MUTED_TEXT}>
          Loading the cards…
        </p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {cards.map((card) => (
            <li key={card.id}>
              <TextLink href={paths.browse.card(card.id)}>{card.question}</TextLink>
            </li>
          ))}
        </ul>
      )}
      <Button onClick={onRestart}>Run the scenario again</Button>
    </section>
  )
}
