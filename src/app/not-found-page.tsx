import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { TextLink } from '@/components/ui/text-link.tsx'
import { useDocumentTitle } from '@/components/use-document-title.ts'
import { paths } from '@/routes/paths.ts'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <section className="mx-auto max-w-prose py-12 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className={`mt-2 ${MUTED_TEXT}`}>There is no screen at this address.</p>
      <TextLink href={paths.browse.list()} className="mt-6 inline-block font-medium">
        Go to the cards
      </TextLink>
    </section>
  )
}
