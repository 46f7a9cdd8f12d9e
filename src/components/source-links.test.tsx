import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { SourceLinks } from './source-links.tsx'

const SOURCES = [
  'https://docs.aws.amazon.com/kms/latest/developerguide/overview.html',
  'AWS re:Invent talk',
]

it('links each https source, shown without its scheme, and leaves out what is no address', () => {
  render(<SourceLinks sources={SOURCES} />)
  // The name goes on with "(opens in a new tab)".
  const link = screen.getByRole('link', { name: /^docs\.aws\.amazon\.com\/kms\// })
  expect(link).toHaveAttribute('href', SOURCES[0])
  expect(screen.getAllByRole('listitem')).toHaveLength(1)
})

it('shows the whole address for print', () => {
  render(<SourceLinks sources={SOURCES} fullUrl />)
  expect(
    screen.getByRole('link', { name: /^https:\/\/docs\.aws\.amazon\.com\/kms\// }),
  ).toHaveAttribute('data-url-shown', '')
})
