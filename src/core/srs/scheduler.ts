/**
 * One ts-fsrs scheduler per settings object. Settings are immutable values, so a WeakMap keyed
 * by the object reuses the scheduler without ever serving stale parameters.
 * @see https://github.com/open-spaced-repetition/ts-fsrs (fsrs(), generatorParameters())
 */
import { fsrs, generatorParameters, type FSRS } from 'ts-fsrs'
import type { SrsSettings } from './settings.ts'

const cache = new WeakMap<SrsSettings, FSRS>()

export function schedulerFor(settings: SrsSettings): FSRS {
  let scheduler = cache.get(settings)
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumInterval,
        enable_fuzz: settings.enableFuzz,
        enable_short_term: true,
        learning_steps: [...settings.learningSteps],
        relearning_steps: [...settings.relearningSteps],
        ...(settings.parameters ? { w: [...settings.parameters] } : {}),
      }),
    )
    cache.set(settings, scheduler)
  }
  return scheduler
}
