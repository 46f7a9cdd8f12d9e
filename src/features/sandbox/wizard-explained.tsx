import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import type { CardId } from '@/core/deck/card.ts'
import { paths } from '@/routes/paths.ts'
import type { Explained } from './create-key-wizard-texts.ts'

/**
 * A choice's meaning in a sentence, and a link to the card that teaches it. `inline` leaves out
 * the paragraph, for a Field's hint (which is one already).
 */
export function WizardExplained({
  explained,
  inline = false,
}: {
  explained: Explained
  inline?: boolean
}) {
  const content = (
    <>
      {explained.sentence}{' '}
      <TextLink href={paths.browse.card(explained.card as CardId)}>
        Card: <span className="font-mono">{explained.card}</span>
      </TextLink>
    </>
  )
  return inline ? content : <p className={`text-sm ${MUTED_TEXT}`}>{content}</p>
}
