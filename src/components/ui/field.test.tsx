import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Field, useFieldControl } from './field.tsx'
import { Select, TextArea, TextInput } from './field-controls.tsx'

describe('Field', () => {
  it('names a text box by its label and describes it by its hint', async () => {
    render(
      <Field label="Encryption context" hint="key=value pairs, separated by commas.">
        <TextInput placeholder="table=orders" />
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Encryption context' })
    expect(input).toHaveAccessibleDescription('key=value pairs, separated by commas.')
    expect(input).not.toBeInvalid()
    expect(input).not.toHaveAccessibleErrorMessage()
    await expectNoAxeViolations()
  })

  it('makes an error the invalid control’s error message, heard after the hint', async () => {
    render(
      <Field label="Encryption context" hint="key=value pairs." error="“table” has no value.">
        <TextInput defaultValue="table" />
      </Field>,
    )
    const input = screen.getByRole('textbox', { name: 'Encryption context' })
    expect(input).toBeInvalid()
    expect(input).toHaveAccessibleErrorMessage('“table” has no value.')
    expect(input).toHaveAccessibleDescription('key=value pairs. “table” has no value.')
    await expectNoAxeViolations()
  })

  it('wires a text area and a drop-down the same way', async () => {
    const user = userEvent.setup()
    function Form() {
      const [usage, setUsage] = useState('ENCRYPT_DECRYPT')
      return (
        <>
          <Field label="Plaintext">
            <TextArea rows={2} />
          </Field>
          <Field label="Key usage" hint="What the key may do, fixed at creation.">
            <Select value={usage} onChange={(e) => setUsage(e.target.value)}>
              <option value="ENCRYPT_DECRYPT">ENCRYPT_DECRYPT</option>
              <option value="SIGN_VERIFY">SIGN_VERIFY</option>
            </Select>
          </Field>
        </>
      )
    }
    render(<Form />)
    await user.type(screen.getByRole('textbox', { name: 'Plaintext' }), 'hello')
    expect(screen.getByRole('textbox', { name: 'Plaintext' })).toHaveValue('hello')
    const select = screen.getByRole('combobox', { name: 'Key usage' })
    expect(select).toHaveAccessibleDescription('What the key may do, fixed at creation.')
    await user.selectOptions(select, 'SIGN_VERIFY')
    expect(select).toHaveValue('SIGN_VERIFY')
    await expectNoAxeViolations()
  })

  it('lays a short control on the label’s line and still wires it', async () => {
    render(
      <Field label="New cards per day" layout="inline" error="Enter a number from 0 to 9999.">
        <TextInput type="number" compact defaultValue={20} />
      </Field>,
    )
    const input = screen.getByRole('spinbutton', { name: 'New cards per day' })
    expect(input).toHaveAccessibleErrorMessage('Enter a number from 0 to 9999.')
    await expectNoAxeViolations()
  })

  it('wires a control of a screen’s own through useFieldControl', () => {
    function Slider() {
      return <input type="range" min={70} max={99} defaultValue={90} {...useFieldControl()} />
    }
    render(
      <Field label="Desired retention" hint="FSRS schedules for this share of recalls.">
        <Slider />
      </Field>,
    )
    expect(screen.getByRole('slider', { name: 'Desired retention' })).toHaveAccessibleDescription(
      'FSRS schedules for this share of recalls.',
    )
  })
})
