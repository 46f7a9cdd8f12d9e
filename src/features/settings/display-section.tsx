import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import { RadioGroup, type RadioOption } from '@/components/ui/radio-group.tsx'
import type { Motion, TextSize, Theme } from '@/core/srs/display-settings.ts'
import { setDisplay, useDisplay } from '@/stores/display.ts'

const THEME_OPTIONS: readonly RadioOption<Theme>[] = [
  { value: 'system', label: 'System (as your device is set)' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

const TEXT_SIZE_OPTIONS: readonly RadioOption<TextSize>[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' },
  { value: 'largest', label: 'Largest' },
]

const MOTION_OPTIONS: readonly RadioOption<Motion>[] = [
  { value: 'system', label: 'System (as your device is set)' },
  { value: 'reduce', label: 'Reduce (no animations or transitions)' },
]

/** Theme, text size and motion for the whole app on this device; each change applies at once. */
export function DisplaySection() {
  const display = useDisplay()
  return (
    <Panel title="Display" id="display">
      <p className={`text-sm ${MUTED_TEXT}`}>
        For every screen on this device, at once; backups carry them too.
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <RadioGroup
          legend="Theme"
          options={THEME_OPTIONS}
          value={display.theme}
          onChange={(theme) => setDisplay({ theme })}
        />
        <RadioGroup
          legend="Text size"
          options={TEXT_SIZE_OPTIONS}
          value={display.textSize}
          onChange={(textSize) => setDisplay({ textSize })}
        />
        <RadioGroup
          legend="Motion"
          options={MOTION_OPTIONS}
          value={display.motion}
          onChange={(motion) => setDisplay({ motion })}
        />
      </div>
    </Panel>
  )
}
