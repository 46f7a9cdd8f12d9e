/**
 * The settings form as a learner uses it, against the real study store and storage (IndexedDB
 * from fake-indexeddb): the form is generated from the core's table of settings, a valid change
 * is saved and stored, and a wrong field is explained beside it with nothing saved.
 */
import 'fake-indexeddb/auto'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { SETTING_LABELS } from '@/core/srs/settings-labels.ts'
import { FORM_SETTING_KEYS } from '@/core/srs/settings-text.ts'
import { SETTING_RULES } from '@/core/srs/settings.ts'
import { startStudy, studyRepository, studyStore } from '@/stores/study.ts'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { StudySettingsForm } from './study-settings-form.tsx'

/** The role each kind of setting's control has, as a screen reader announces it. */
const ROLE_OF_KIND = {
  number: 'spinbutton',
  steps: 'textbox',
  weights: 'textbox',
  boolean: 'checkbox',
  choice: 'combobox',
} as const

const storedSettings = async () => (await studyRepository.loadAll()).meta.settings

beforeAll(async () => {
  await startStudy()
  expect(studyStore.getState().status).toBe('ready')
})

describe('the study settings form', () => {
  it('has one labelled control per setting the core puts on the form, showing its value', async () => {
    render(<StudySettingsForm />)
    expect(FORM_SETTING_KEYS.length).toBeGreaterThan(5)
    for (const key of FORM_SETTING_KEYS) {
      const { label, hint } = SETTING_LABELS[key].form!
      const control = screen.getByRole(ROLE_OF_KIND[SETTING_RULES[key].rule.kind], {
        name: label,
      })
      expect(control).toHaveAttribute('name', key)
      if (hint) expect(control).toHaveAccessibleDescription(hint)
    }
    expect(screen.getByRole('spinbutton', { name: 'New cards per day' })).toHaveValue(20)
    expect(screen.getByRole('spinbutton', { name: 'Desired retention (%)' })).toHaveValue(90)
    expect(screen.getByRole('textbox', { name: 'Learning steps' })).toHaveValue('1m 10m')
    expect(
      screen.getByRole('checkbox', { name: 'Spread out cards learned together' }),
    ).toBeChecked()
    await expectNoAxeViolations()
  })

  it('explains an emptied and an out-of-range field beside each, and saves nothing', async () => {
    const user = userEvent.setup()
    const before = await storedSettings()
    render(<StudySettingsForm />)
    const newPerDay = screen.getByRole('spinbutton', { name: 'New cards per day' })
    const retention = screen.getByRole('spinbutton', { name: 'Desired retention (%)' })
    await user.clear(newPerDay)
    await user.clear(retention)
    await user.type(retention, '120')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '2 settings need a fix; nothing was saved.',
    )
    expect(newPerDay).toBeInvalid()
    expect(newPerDay).toHaveAccessibleDescription('Enter the new cards per day.')
    expect(newPerDay).toHaveAccessibleErrorMessage('Enter the new cards per day.')
    expect(retention).toBeInvalid()
    expect(retention).toHaveAccessibleDescription(/must be at most 99%\.$/)
    expect(screen.queryByText('Saved.')).toBeNull()
    expect(studyStore.getState().settings.newPerDay).toBe(20)
    expect(await storedSettings()).toEqual(before)
    await expectNoAxeViolations()
  })

  it('saves what the learner changed, in the store and in storage', async () => {
    const user = userEvent.setup()
    render(<StudySettingsForm />)
    const newPerDay = screen.getByRole('spinbutton', { name: 'New cards per day' })
    await user.clear(newPerDay)
    await user.type(newPerDay, '3')
    const steps = screen.getByRole('textbox', { name: 'Learning steps' })
    await user.clear(steps)
    await user.type(steps, '1m 5m 20m')
    await user.click(screen.getByRole('checkbox', { name: 'Spread out cards learned together' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Leeches' }), 'Suspend')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))

    expect(await screen.findByText('Saved.')).toBeInTheDocument()
    expect(newPerDay).not.toBeInvalid()
    expect(screen.queryByRole('alert')).toBeNull()
    const saved = {
      newPerDay: 3,
      learningSteps: ['1m', '5m', '20m'],
      enableFuzz: false,
      leechAction: 'suspend',
    }
    expect(studyStore.getState().settings).toMatchObject(saved)
    expect(await storedSettings()).toMatchObject(saved)
  })
})
