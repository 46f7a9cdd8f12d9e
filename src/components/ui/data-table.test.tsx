import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { DataTable, type Column } from './data-table.tsx'
import { TableDisclosure } from './table-disclosure.tsx'

interface Retention {
  cards: string
  reviews: number
  passed: number
}

const COLUMNS: readonly [Column<Retention>, ...Column<Retention>[]] = [
  { key: 'cards', header: 'Cards', cell: (r) => r.cards },
  { key: 'reviews', header: 'Reviews', cell: (r) => r.reviews, numeric: true },
  { key: 'passed', header: 'Passed', shortHeader: 'Pass', cell: (r) => r.passed, numeric: true },
]
const ROWS: readonly Retention[] = [
  { cards: 'Young', reviews: 40, passed: 36 },
  { cards: 'Mature', reviews: 12, passed: 11 },
]

function RetentionTable({ hideCaption = false }: { hideCaption?: boolean }) {
  return (
    <DataTable
      caption="Last 30 days"
      hideCaption={hideCaption}
      columns={COLUMNS}
      rows={ROWS}
      rowKey={(r) => r.cards}
      footer={{ cards: 'All', reviews: 52, passed: 47 }}
    />
  )
}

describe('DataTable', () => {
  it('is named by its caption, with column headers and the first column as row headers', async () => {
    render(<RetentionTable />)
    const table = screen.getByRole('table', { name: 'Last 30 days' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Cards', 'Reviews', 'PassPassed'])
    expect(within(table).getByRole('columnheader', { name: 'Passed' })).toBeInTheDocument()
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Young', 'Mature', 'All'])
    const mature = within(table).getByRole('row', { name: /^Mature/ })
    expect(
      within(mature)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12', '11'])
    await expectNoAxeViolations()
  })

  it('keeps a hidden caption as the table’s name', async () => {
    render(<RetentionTable hideCaption />)
    expect(screen.getByRole('table', { name: 'Last 30 days' })).toBeInTheDocument()
    await expectNoAxeViolations()
  })
})

describe('TableDisclosure', () => {
  it('folds the table away until its summary is activated', async () => {
    const user = userEvent.setup()
    render(
      <TableDisclosure summary="Show the forecast as a table">
        <RetentionTable />
      </TableDisclosure>,
    )
    const summary = screen.getByText('Show the forecast as a table')
    expect(screen.getByRole('group')).not.toHaveAttribute('open')
    expect(screen.queryByRole('table')).not.toBeVisible()
    await user.click(summary)
    expect(screen.getByRole('table', { name: 'Last 30 days' })).toBeVisible()
    await expectNoAxeViolations()
    await user.click(summary)
    expect(screen.queryByRole('table')).not.toBeVisible()
  })

  it('lets the keyboard scroll a table wider than its box, and only then', async () => {
    // jsdom lays nothing out: give every box the widths of a phone showing a wide table.
    const widths = (scroll: number, client: number) => {
      Object.defineProperty(HTMLElement.prototype, 'scrollWidth', {
        configurable: true,
        get: () => scroll,
      })
      Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
        configurable: true,
        get: () => client,
      })
    }
    try {
      widths(418, 381)
      const { unmount } = render(<RetentionTable hideCaption />)
      const box = screen.getByRole('region', { name: 'Last 30 days' })
      expect(box).toHaveAttribute('tabindex', '0')
      expect(box).toContainElement(screen.getByRole('table', { name: 'Last 30 days' }))
      await expectNoAxeViolations()
      unmount()

      widths(381, 381)
      render(<RetentionTable />)
      expect(screen.queryByRole('region')).toBeNull()
    } finally {
      // Back to jsdom's own (0), from Element's prototype.
      Reflect.deleteProperty(HTMLElement.prototype, 'scrollWidth')
      Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth')
    }
  })

  it('sorts by a sortable column, one way then the other, and says how with aria-sort', async () => {
    const user = userEvent.setup()
    const columns: readonly [Column<Retention>, ...Column<Retention>[]] = [
      { key: 'cards', header: 'Cards', cell: (r) => r.cards, sortValue: (r) => r.cards },
      { key: 'reviews', header: 'Reviews', cell: (r) => r.reviews, sortValue: (r) => r.reviews },
      { key: 'passed', header: 'Passed', cell: (r) => r.passed },
    ]
    const rows = [...ROWS, { cards: 'Learning', reviews: 7, passed: 2 }]
    render(<DataTable caption="Retention" columns={columns} rows={rows} rowKey={(r) => r.cards} />)
    const order = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent)
    expect(order()).toEqual(['Young', 'Mature', 'Learning'])
    const reviews = screen.getByRole('columnheader', { name: /Reviews/ })
    expect(reviews).toHaveAttribute('aria-sort', 'none')
    expect(screen.getByRole('columnheader', { name: 'Passed' })).not.toHaveAttribute('aria-sort')

    await user.click(within(reviews).getByRole('button', { name: 'Reviews' }))
    expect(order()).toEqual(['Learning', 'Mature', 'Young'])
    expect(reviews).toHaveAttribute('aria-sort', 'ascending')
    await user.click(within(reviews).getByRole('button', { name: 'Reviews' }))
    expect(order()).toEqual(['Young', 'Mature', 'Learning'])
    expect(reviews).toHaveAttribute('aria-sort', 'descending')

    await user.click(screen.getByRole('button', { name: 'Cards' }))
    expect(order()).toEqual(['Learning', 'Mature', 'Young'])
    expect(reviews).toHaveAttribute('aria-sort', 'none')
    await expectNoAxeViolations()
  })
})
