import { useEffect, useState } from 'react'
import { formatInstant } from '@/components/format-date-time.ts'
import { MUTED_TEXT } from '@/components/ui/colours.ts'
import { materialOfCiphertext, type CiphertextMaterial } from '@/stores/sandbox-rotation-actions.ts'
import { useSandboxStore } from '@/stores/sandbox-store.ts'

const HOW = { AUTOMATIC: 'automatic rotation', ON_DEMAND: 'on-demand rotation' }

/**
 * Which key material version a ciphertext was made with, numbered as the key's rotation timeline
 * lists them. KMS keeps every version after a rotation and the blob names the one it needs, so
 * old ciphertext still decrypts.
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotate-keys-how-it-works
 */
export function CiphertextMaterialLine({ ciphertext }: { ciphertext: string }) {
  // A rotation changes the keys in the store: read the count of versions again then.
  const keys = useSandboxStore((s) => s.keys)
  const [material, setMaterial] = useState<CiphertextMaterial>()
  useEffect(() => {
    let live = true
    void materialOfCiphertext(ciphertext).then((found) => {
      if (live) setMaterial(found)
    })
    return () => {
      live = false
    }
  }, [ciphertext, keys])
  if (!material) return null
  const how = material.version.RotationType ? HOW[material.version.RotationType] : 'original'
  return (
    <p className={`text-xs ${MUTED_TEXT}`}>
      Made with key material version {material.number} ({formatInstant(material.made, 'dateTime')},{' '}
      {how}); the key now has {material.total} {material.total === 1 ? 'version' : 'versions'}.
    </p>
  )
}
