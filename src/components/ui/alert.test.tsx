import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '@/test-support/axe.ts'
import { Alert } from './alert.tsx'
import { AwsErrorAlert } from './aws-error-alert.tsx'

describe('Alert', () => {
  it('interrupts for an error and waits its turn for the other tones', async () => {
    render(
      <>
        <Alert tone="error">Your study progress could not be opened.</Alert>
        <Alert tone="success">Backup imported: 12 reviews of 3 cards.</Alert>
        <Alert tone="warning">Your last backup is 9 days old.</Alert>
        <Alert>The guided walkthrough is coming in a later version.</Alert>
      </>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Your study progress could not be opened.')
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual([
      'Backup imported: 12 reviews of 3 cards.',
      'Your last backup is 9 days old.',
      'The guided walkthrough is coming in a later version.',
    ])
    await expectNoAxeViolations()
  })

  it('shows a title above the message', () => {
    render(
      <Alert tone="success" title="Saved">
        <p>New cards per day: 20.</p>
      </Alert>,
    )
    expect(screen.getByRole('status')).toHaveTextContent(/^SavedNew cards per day: 20\.$/)
  })

  it('names an AWS error as AWS does, before its message', async () => {
    render(<AwsErrorAlert error={{ name: 'DisabledException', message: 'The key is disabled.' }} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('DisabledException: The key is disabled.')
    expect(screen.getByText('DisabledException').tagName).toBe('STRONG')
    await expectNoAxeViolations()
  })

  it('shows an AWS error without a message as its name alone', () => {
    render(<AwsErrorAlert error={{ name: 'InvalidCiphertextException', message: '' }} />)
    expect(screen.getByRole('alert').textContent).toBe('InvalidCiphertextException')
  })

  it('follows the AWS error with why it happened and what fixes it, when explained', async () => {
    render(
      <AwsErrorAlert
        error={{
          name: 'DisabledException',
          message: 'arn:aws:kms:us-east-1:111122223333:key/k is disabled.',
          explanation: { why: 'The key is Disabled.', fix: 'Enable the key.' },
        }}
      />,
    )
    const paragraphs = screen.getByRole('alert').querySelectorAll('p')
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      'DisabledException: arn:aws:kms:us-east-1:111122223333:key/k is disabled.',
      'Why: The key is Disabled.',
      'Fix: Enable the key.',
    ])
    await expectNoAxeViolations()
  })
})
