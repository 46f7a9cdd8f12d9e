import { Checkbox } from '@/components/ui/checkbox.tsx'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { Panel } from '@/components/ui/panel.tsx'
import { isDemoProfile, switchProfile } from '@/stores/storage/profile.ts'

/**
 * The demo profile switch: class demos in a profile of their own (its own study progress and
 * sandbox account), so they never touch the teacher's. Switching reloads into the other profile.
 */
export function DemoProfileSection() {
  return (
    <Panel title="Demo profile" id="demo-profile">
      <Checkbox
        role="switch"
        label="Demo profile"
        checked={isDemoProfile()}
        onChange={(event) => switchProfile(event.currentTarget.checked)}
        hint="For class demos: a separate profile with its own study progress and sandbox account, and no backup reminder. Switching reloads KeyDeck into the other profile; the other one is kept as it is."
      />
      <p className={`text-sm ${MUTED_TEXT}`}>
        {isDemoProfile()
          ? 'You are in the demo profile: nothing you do here changes your own progress.'
          : 'You are in your own profile.'}
      </p>
    </Panel>
  )
}
