import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, withDefaults } from './settings.ts'
import { parseSettings } from './settings-schema.ts'

describe('settings', () => {
  it('has Anki and ts-fsrs defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      desiredRetention: 0.9,
      newPerDay: 20,
      reviewsPerDay: 200,
      learningSteps: ['1m', '10m'],
      relearningSteps: ['10m'],
      maximumInterval: 36500,
      enableFuzz: true,
      dayStartHour: 4,
      leechThreshold: 8,
      leechAction: 'tag',
    })
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS })
  })

  it('fills missing fields with defaults (settings saved by an older version)', () => {
    const result = parseSettings({ newPerDay: 5 })
    expect(result.ok && result.settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5 })
    expect(parseSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS })
  })

  it('explains every invalid field', () => {
    const result = parseSettings({
      desiredRetention: 1.2,
      newPerDay: -1,
      learningSteps: ['1m', '10 minutes'],
      dayStartHour: 24,
      leechAction: 'delete',
      parameters: [1, 2, 3],
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual([
      'desiredRetention: desired retention must be at most 0.99',
      'newPerDay: new cards per day cannot be negative',
      'learningSteps.1: a step is a whole number followed by m, h or d, like "10m"',
      'dayStartHour: day start hour must be between 0 and 23',
      "leechAction: leech action must be 'tag' or 'suspend'",
      'parameters: FSRS parameters must have 17, 19 or 21 numbers',
    ])
  })

  it('rejects what is not an object', () => {
    expect(parseSettings('fast')).toEqual({ ok: false, errors: ['settings: must be an object'] })
    expect(parseSettings(null).ok).toBe(false)
  })
})

describe('withDefaults (settings read back from storage)', () => {
  it('keeps valid stored fields and replaces damaged ones by their defaults', () => {
    expect(
      withDefaults({
        newPerDay: 5,
        reviewsPerDay: 'many',
        leechAction: 'suspend',
        dayStartHour: 30,
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      newPerDay: 5,
      leechAction: 'suspend',
    })
  })
  it('gives the defaults for nothing or garbage', () => {
    expect(withDefaults(undefined)).toEqual(DEFAULT_SETTINGS)
    expect(withDefaults('x')).toEqual(DEFAULT_SETTINGS)
  })
})
