import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { paths } from '@/routes/paths.ts'

/** Each search example runs when followed; the words say what it finds (after Anki's manual). */
const EXAMPLES: readonly { search: string; finds: string }[] = [
  { search: 'rotation', finds: 'cards with the word in the question, answer, tags or id' },
  { search: '"data key"', finds: 'the exact phrase' },
  { search: 'alias -grant', finds: 'cards with "alias" but not "grant" (every term must match)' },
  { search: 'tag:rotation', finds: 'cards with the tag; tag:rot* for any tag that starts so' },
  { search: 'is:new', finds: 'cards you have not studied yet' },
  { search: 'is:learn', finds: 'cards in (re)learning steps' },
  { search: 'is:review', finds: 'cards that have graduated (relearning ones too)' },
  { search: 'is:due', finds: 'learning and review cards due today' },
  { search: 'is:suspended', finds: 'suspended cards (@ in study)' },
  { search: 'is:buried', finds: 'cards buried until tomorrow (- in study)' },
  { search: 'tag:leech', finds: 'leeches: cards you keep forgetting (is:leech too)' },
  { search: 'flag:1', finds: 'red flags; flag:2 orange … flag:7 purple; flag:0 no flag' },
  { search: 'prop:lapses>3', finds: 'cards forgotten more than 3 times' },
  { search: 'prop:ivl>=30', finds: 'cards with an interval of 30 days or more' },
  { search: 'prop:due<=7', finds: 'cards due within a week (prop:due=-1: due yesterday)' },
]

/**
 * Anki's search syntax in short: the body of the search help. Properties: lapses, reps, ivl (days),
 * due (days from today), s (stability in days); comparisons <, <=, >, >=, =, !=.
 * @see https://docs.ankiweb.net/searching.html
 */
export function SearchExamples() {
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
        {EXAMPLES.map(({ search, finds }) => (
          <div key={search} className="contents">
            <dt>
              <TextLink href={paths.browse.search(search)} className="font-mono text-xs">
                {search}
              </TextLink>
            </dt>
            <dd>{finds}</dd>
          </div>
        ))}
      </dl>
      <p className={`mt-2 ${MUTED_TEXT}`}>
        prop: compares lapses, reps, ivl (interval in days), due (days from today) and s (stability
        in days) with &lt;, &lt;=, &gt;, &gt;=, = or !=. Quotes always search text, so
        &quot;kms:Decrypt&quot; finds the words.
      </p>
    </>
  )
}
