/**
 * The words for each setting: its name in messages ("new cards per day"), and its label and hint
 * on the settings form. Apart from the rules in settings.ts so the first screen does not carry
 * them; every setting has an entry (the type says so), and a setting without `form` is not on
 * the form.
 */
import type { SettingKey } from './settings.ts'

export interface SettingLabels {
  /** The setting in words, as messages use it. */
  readonly name: string
  readonly form?: {
    readonly label: string
    readonly hint?: string
    /** A choice's options in words, by value. */
    readonly options?: Readonly<Record<string, string>>
  }
}

export const SETTING_LABELS: { readonly [K in SettingKey]-?: SettingLabels } = {
  newPerDay: { name: 'new cards per day', form: { label: 'New cards per day' } },
  reviewsPerDay: { name: 'reviews per day', form: { label: 'Reviews per day' } },
  desiredRetention: {
    name: 'desired retention',
    form: {
      label: 'Desired retention (%)',
      hint: 'How likely you are to remember a card when it comes back. Higher means more reviews.',
    },
  },
  learningSteps: {
    name: 'learning steps',
    form: { label: 'Learning steps', hint: 'Waits before a new card graduates, like 1m 10m.' },
  },
  relearningSteps: {
    name: 'relearning steps',
    form: { label: 'Relearning steps', hint: 'Waits after you forget a card, like 10m.' },
  },
  maximumInterval: {
    name: 'maximum interval (days)',
    form: { label: 'Maximum interval (days)' },
  },
  enableFuzz: {
    name: 'interval fuzz',
    form: {
      label: 'Spread out cards learned together',
      hint: 'Adds a little randomness to intervals, as Anki does.',
    },
  },
  dayStartHour: { name: 'day start hour', form: { label: 'Next day starts at (hour)' } },
  learnAheadMinutes: {
    name: 'learn ahead limit (minutes)',
    form: {
      label: 'Learn ahead limit (minutes)',
      hint: 'When nothing else is due, learning cards due this soon are shown early.',
    },
  },
  leechThreshold: { name: 'leech threshold', form: { label: 'Leech threshold (lapses)' } },
  leechAction: {
    name: 'leech action',
    form: { label: 'Leeches', options: { tag: 'Tag only', suspend: 'Suspend' } },
  },
  parameters: { name: 'FSRS parameters' },
}
