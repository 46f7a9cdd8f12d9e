import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, SETTING_KEYS, withDefaults } from './settings.ts'
import { SETTING_LABELS } from './settings-labels.ts'
import { parseSettings } from './settings-schema.ts'
import { FORM_SETTING_KEYS, settingsFromForm, settingText } from './settings-text.ts'

describe('settings', () => {
  it('has Anki and ts-fsrs defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
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
      learnAheadMinutes: 20,
    })
    expect(parseSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS })
  })

  it('fills missing fields with defaults (settings saved by an older version)', () => {
    const result = parseSettings({ newPerDay: 5 })
    expect(result.ok && result.settings).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5 })
    expect(parseSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS })
  })

  it('explains every invalid field, naming it', () => {
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
      'newPerDay: new cards per day cannot be negative',
      'desiredRetention: desired retention must be at most 99%',
      'learningSteps.1: a step is a whole number followed by m, h or d, like "10m"',
      'dayStartHour: day start hour must be at most 23',
      "leechAction: leech action must be 'tag' or 'suspend'",
      'parameters: FSRS parameters must have 21 numbers',
    ])
    expect(!result.ok && result.issues.map((i) => i.key)).toEqual([
      'newPerDay',
      'desiredRetention',
      'learningSteps',
      'dayStartHour',
      'leechAction',
      'parameters',
    ])
  })

  it('refuses what the form used to let through: fractions, huge intervals', () => {
    expect(parseSettings({ newPerDay: 2.5 })).toMatchObject({
      ok: false,
      errors: ['newPerDay: new cards per day must be a whole number'],
    })
    expect(parseSettings({ maximumInterval: 99999 })).toMatchObject({
      ok: false,
      errors: ['maximumInterval: maximum interval (days) must be at most 36500'],
    })
  })

  it('rejects what is not an object', () => {
    expect(parseSettings('fast')).toMatchObject({
      ok: false,
      errors: ['settings: must be an object'],
    })
    expect(parseSettings(null).ok).toBe(false)
  })

  it('takes FSRS parameters as the 21 numbers of FSRS-6 (ts-fsrs 5 default_w), nothing else', () => {
    const fsrs6 = Array<number>(21).fill(0.5)
    expect(parseSettings({ parameters: fsrs6 })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, parameters: fsrs6 },
    })
    for (const length of [17, 19, 22]) {
      expect(parseSettings({ parameters: Array<number>(length).fill(0.5) })).toMatchObject({
        ok: false,
        errors: ['parameters: FSRS parameters must have 21 numbers'],
      })
    }
    expect(parseSettings({ parameters: [...fsrs6.slice(1), Number.NaN] }).ok).toBe(false)
    expect(withDefaults({ parameters: Array<number>(19).fill(0.5) })).toEqual(DEFAULT_SETTINGS)
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
        maximumInterval: 99999,
        learningSteps: Array(11).fill('1m'),
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
    expect(withDefaults([1, 2])).toEqual(DEFAULT_SETTINGS)
  })

  // Values near and across each rule's edges, and of the wrong kinds, so both checks are tried
  // where they could disagree.
  const anyValue = fc.oneof(
    fc.integer({ min: -2, max: 40000 }),
    fc.constantFrom(0.69, 0.7, 0.9, 0.99, 0.995, 2.5, -0, 1e300, NaN, Infinity, -Infinity),
    fc.double(),
    fc.boolean(),
    fc.constantFrom('tag', 'suspend', 'delete', '', '10m', '20'),
    fc.array(fc.constantFrom('1m', '10m', '2h', '1d', '0m', '10 minutes', 'm'), { maxLength: 12 }),
    fc.array(fc.constantFrom('1m', '10m', '1d'), { minLength: 9, maxLength: 12 }),
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 22 }),
    fc.array(fc.constant(0.5), { minLength: 17, maxLength: 21 }),
    fc.constant(null),
  )
  const anySettings = fc.dictionary(fc.constantFrom(...SETTING_KEYS), anyValue)

  it('accepts nothing the schema refuses, and gives the same result (property)', () => {
    fc.assert(
      fc.property(anySettings, (stored) => {
        const light = withDefaults(stored)
        expect(parseSettings(light)).toEqual({ ok: true, settings: light })
        const full = parseSettings(stored)
        if (full.ok) expect(light).toEqual(full.settings)
      }),
      { seed: 20261204, numRuns: 3000 },
    )
  })
})

describe('settings as the form shows and reads them', () => {
  it('puts every setting but the trained parameters on the form, from the one table', () => {
    expect(FORM_SETTING_KEYS).toEqual(SETTING_KEYS.filter((key) => key !== 'parameters'))
    expect(FORM_SETTING_KEYS.every((key) => SETTING_LABELS[key].form?.label)).toBe(true)
  })

  it('shows values in the units a person types and reads them back unchanged', () => {
    const texts = Object.fromEntries(
      FORM_SETTING_KEYS.map((key) => [key, settingText(key, DEFAULT_SETTINGS)]),
    )
    expect(texts).toMatchObject({
      desiredRetention: '90',
      learningSteps: '1m 10m',
      enableFuzz: 'on',
      leechAction: 'tag',
    })
    expect(settingsFromForm(texts, DEFAULT_SETTINGS)).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
    })
  })

  it('reads changed fields, keeping the ones not on the form', () => {
    const trained = { ...DEFAULT_SETTINGS, parameters: Array<number>(21).fill(0.5) }
    const result = settingsFromForm(
      { desiredRetention: '85', learningSteps: '1m, 5m 30m', enableFuzz: 'off', newPerDay: ' 7 ' },
      trained,
    )
    expect(result).toEqual({
      ok: true,
      settings: {
        ...trained,
        desiredRetention: 0.85,
        learningSteps: ['1m', '5m', '30m'],
        enableFuzz: false,
        newPerDay: 7,
      },
    })
  })

  it('says an emptied field is empty instead of reading it as 0, and names each field', () => {
    const result = settingsFromForm(
      { newPerDay: '', reviewsPerDay: 'lots', dayStartHour: '2.5', desiredRetention: '120' },
      DEFAULT_SETTINGS,
    )
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { key: 'newPerDay', message: 'enter the new cards per day' },
        { key: 'reviewsPerDay', message: 'reviews per day must be a number' },
        { key: 'desiredRetention', message: 'desired retention must be at most 99%' },
        { key: 'dayStartHour', message: 'day start hour must be a whole number' },
      ],
    })
  })
})
