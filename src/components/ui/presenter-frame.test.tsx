import { readFileSync } from 'node:fs'
import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { colourOf, coloursOf, contrast } from '@/test-support/tailwind-contrast.ts'
import { PRESENTER_CLASSES, PRESENTER_TYPE, PresenterFrame } from './presenter-frame.tsx'
import { TextInput } from './field-controls.tsx'
import { Field } from './field.tsx'

const ITEMS = ['One', 'Two', 'Three']

/** Three items; forward reveals each one's answer, then goes on. */
function Presentation({ withField = false }: { withField?: boolean }) {
  const [at, setAt] = useState(0)
  const [revealed, setRevealed] = useState(false)
  const forward = () => {
    if (!revealed) setRevealed(true)
    else if (at < ITEMS.length - 1) {
      setAt(at + 1)
      setRevealed(false)
    }
  }
  return (
    <PresenterFrame
      title="Rotation cards"
      exitHref="/browse"
      position={at + 1}
      total={ITEMS.length}
      onForward={forward}
      onBack={() => {
        setAt(Math.max(0, at - 1))
        setRevealed(false)
      }}
      onFirst={() => setAt(0)}
      onLast={() => setAt(ITEMS.length - 1)}
      forwardLabel={revealed ? 'Next card' : 'Show answer'}
    >
      <p className={PRESENTER_TYPE.question}>Question {ITEMS[at]}</p>
      {revealed && <p>Answer {ITEMS[at]}</p>}
      {withField && (
        <Field label="Notes">
          <TextInput />
        </Field>
      )}
    </PresenterFrame>
  )
}

function renderAt(path: string, ui = <Presentation />) {
  const location = memoryLocation({ path, record: true })
  render(<Router hook={location.hook}>{ui}</Router>)
  return location
}

describe('PresenterFrame', () => {
  it('shows the title, the item, where it stands in text and as a bar, Exit and the keys', async () => {
    renderAt('/present/cards')
    expect(screen.getByRole('heading', { level: 1, name: 'Rotation cards' })).toBeVisible()
    expect(screen.getByText('Question One')).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent('1 / 3')
    const bar = screen.getByRole('progressbar', { name: 'Presentation progress' })
    expect(bar).toHaveAttribute('value', '1')
    expect(bar).toHaveAttribute('max', '3')
    expect(screen.getByRole('link', { name: 'Exit presenter mode' })).toHaveAttribute(
      'href',
      '/browse',
    )
    expect(screen.getByText('blank', { exact: false })).toBeVisible()
    await expectNoAxeViolations()
  })

  it('reveals, then advances, with Space, the arrows, PageDown and Enter; goes back with the others', async () => {
    const user = userEvent.setup()
    renderAt('/present/cards')
    await user.keyboard(' ')
    expect(screen.getByText('Answer One')).toBeVisible()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByText('Question Two')).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent('2 / 3')
    await user.keyboard('{PageDown}{ArrowDown}')
    expect(screen.getByText('Question Three')).toBeVisible()
    await user.keyboard('{Enter}')
    expect(screen.getByText('Answer Three')).toBeVisible()
    for (const key of ['{ArrowLeft}', '{PageUp}', '{ArrowUp}']) {
      await user.keyboard(key)
    }
    expect(screen.getByText('Question One')).toBeVisible()
    await user.keyboard('{End}')
    expect(screen.getByText('Question Three')).toBeVisible()
    await user.keyboard('{Backspace}')
    expect(screen.getByText('Question Two')).toBeVisible()
    await user.keyboard('{Home}')
    expect(screen.getByText('Question One')).toBeVisible()
  })

  it('works with the mouse too: the footer’s buttons say what forward does', async () => {
    const user = userEvent.setup()
    renderAt('/present/cards')
    await user.click(screen.getByRole('button', { name: 'Show answer' }))
    expect(screen.getByText('Answer One')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Next card' }))
    expect(screen.getByText('Question Two')).toBeVisible()
    // Space on the focused Back button presses Back, once, and is no forward command.
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByText('Question One')).toBeVisible()
  })

  it('leaves the keys alone in a text field and with a modifier', async () => {
    const user = userEvent.setup()
    renderAt('/present/cards', <Presentation withField />)
    await user.click(screen.getByRole('textbox', { name: 'Notes' }))
    await user.keyboard(' {ArrowRight}{PageDown}{Enter}b')
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue(' b')
    expect(screen.queryByText('Answer One')).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('1 / 3')
    fireEvent.keyDown(document.body, { key: 'ArrowRight', ctrlKey: true })
    expect(screen.queryByText('Answer One')).toBeNull()
  })

  it('blanks the screen on "b" or ".", and any key brings it back without moving on', async () => {
    const user = userEvent.setup()
    renderAt('/present/cards')
    await user.keyboard('b')
    expect(screen.getByText(/The screen is blank/)).toBeInTheDocument()
    await user.keyboard(' ')
    expect(screen.queryByText(/The screen is blank/)).toBeNull()
    expect(screen.queryByText('Answer One')).toBeNull()
    await user.keyboard('.')
    expect(screen.getByText(/The screen is blank/)).toBeInTheDocument()
    await user.keyboard('.')
    expect(screen.queryByText(/The screen is blank/)).toBeNull()
  })

  it('leaves for the same content outside presenter mode on Escape', async () => {
    const user = userEvent.setup()
    const location = renderAt('/present/cards')
    await user.keyboard('{Escape}')
    expect(location.history.at(-1)).toBe('/browse')
  })

  it('sizes the question from the viewport height: at least 4 % of it at 1920×1080', () => {
    expect(PRESENTER_TYPE.question).toContain('presenter-question')
    const presenterCss = readFileSync('src/components/ui/presenter-frame.css', 'utf8')
    const size =
      /\.presenter-question \{\s*font-size: clamp\([^,]+, min\(([\d.]+)vh, ([\d.]+)vw\), [^)]+\);/.exec(
        presenterCss,
      )
    expect(size).not.toBeNull()
    const [, vh, vw] = size!.map(Number)
    expect(Math.min((vh! / 100) * 1080, (vw! / 100) * 1920)).toBeGreaterThanOrEqual(0.04 * 1080)
  })

  it('has high contrast in both schemes: AAA for the text and the muted line', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { bg, text } = coloursOf(PRESENTER_CLASSES.surface, scheme)
      const muted = coloursOf(PRESENTER_CLASSES.muted, scheme).text
      expect(contrast(colourOf(text!), colourOf(bg!))).toBeGreaterThanOrEqual(15)
      expect(contrast(colourOf(muted!), colourOf(bg!))).toBeGreaterThanOrEqual(7)
    }
  })
})
