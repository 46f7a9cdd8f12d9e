import type { Ref } from 'react'
import { Button } from '@/components/ui/button.tsx'
import { Kbd } from '@/components/ui/kbd.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'

/**
 * Back and Next of a step-through (the guided scenarios, the envelope walkthrough), with the
 * reminder that ← and → do the same (`useStepKeys`). Next is the primary button once the step is
 * done, so the eye goes on to it.
 */
export function StepNav({
  onBack,
  onNext,
  backDisabled,
  nextDisabled,
  done,
  nextRef,
}: {
  onBack: () => void
  onNext: () => void
  backDisabled: boolean
  nextDisabled: boolean
  done: boolean
  nextRef?: Ref<HTMLButtonElement>
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={onBack} disabled={backDisabled}>
        Back
      </Button>
      <Button
        ref={nextRef}
        variant={done ? 'primary' : 'secondary'}
        onClick={onNext}
        disabled={nextDisabled}
      >
        Next
      </Button>
      <p className={`touch-only:hidden text-sm ${MUTED_TEXT}`}>
        <Kbd>←</Kbd> <Kbd>→</Kbd> also step back and on.
      </p>
    </div>
  )
}
