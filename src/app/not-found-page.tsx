import { Link } from 'wouter'
import { paths } from '@/routes/paths.ts'
import { useDocumentTitle } from '@/components/use-document-title.ts'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <section className="mx-auto max-w-prose py-12 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">There is no screen at this address.</p>
      <Link
        href={paths.browse.list()}
        className="mt-6 inline-block font-medium text-amber-700 underline dark:text-amber-400"
      >
        Go to the cards
      </Link>
    </section>
  )
}
