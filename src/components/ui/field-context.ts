/**
 * The wiring a Field hands to its control, apart from the Field itself so that a screen with a
 * lone control (the study screen's flag menu) does not load the Field.
 */
import { createContext, use } from 'react'

/** What a control inside a Field must carry so that its label, hint and error are heard. */
export interface FieldControlProps {
  readonly id: string
  readonly 'aria-describedby'?: string
  readonly 'aria-invalid'?: true
  readonly 'aria-errormessage'?: string
}

export const FieldContext = createContext<FieldControlProps | undefined>(undefined)

/**
 * The wiring of the Field around a control: the kit's TextInput, TextArea and Select use it; a
 * control of a screen's own spreads it (`<input {...useFieldControl()} />`). Outside a Field it is
 * empty, and the control needs a label of its own.
 */
export function useFieldControl(): FieldControlProps | Record<string, never> {
  return use(FieldContext) ?? {}
}
