import { Select } from '@/components/ui/field-controls.tsx'
import { Field } from '@/components/ui/field.tsx'
import { setCaller } from '@/stores/sandbox-identities.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'

/** The select's value for the account root (an ARN otherwise). */
const ROOT = 'root'

/**
 * "Calling as": the identity every console action and the CLI panel call as, as if signed in
 * with its credentials. The account root passes every IAM check; a user or role needs the key
 * policy and, when the key policy delegates to IAM, its own identity policy.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/determining-access.html
 */
export function CallingAsSwitch() {
  const caller = useSandboxStore((s) => s.caller)
  const principals = useSandboxStore((s) => s.principals)
  return (
    <Field
      label="Calling as"
      hint="Every action of the console and the AWS CLI panel is made as this identity."
    >
      <Select
        value={caller ?? ROOT}
        onChange={(e) => void setCaller(e.target.value === ROOT ? undefined : e.target.value)}
      >
        <option value={ROOT}>Account root</option>
        {principals.map((p) => (
          <option key={p.arn} value={p.arn}>
            {p.kind === 'user' ? 'User' : 'Role'} {p.name}
          </option>
        ))}
      </Select>
    </Field>
  )
}
