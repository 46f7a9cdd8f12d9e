import type { EnvelopeParts } from '@/core/envelope/index.ts'
import { encodeBase64 } from '@/core/kms/index.ts'
import { hex } from '@/stores/sandbox-envelope.ts'
import { ByteField, ByteFields } from './byte-field.tsx'

/**
 * The stored envelope, its header fields labelled as docs/envelope-format.md lays them out
 * (parseEnvelopeHeader reads them back from the bytes).
 */
export function EnvelopeHeaderView({ parts, total }: { parts: EnvelopeParts; total: number }) {
  const context = Object.keys(parts.encryptionContext).length
  return (
    <ByteFields label="The envelope">
      <ByteField label="Magic, version, algorithm" note="bytes 0–5">
        KDEN · {parts.formatVersion} · {parts.algorithmId} (AES-256-GCM)
      </ByteField>
      <ByteField label="Header length" note="bytes 6–9">
        {parts.headerLength} bytes
      </ByteField>
      <ByteField label="Message ID" note="random, 16 bytes">
        {hex(parts.messageId)}
      </ByteField>
      <ByteField label="Frame size">{parts.frameSize.toLocaleString('en')} bytes</ByteField>
      <ByteField label="Key ARN" note="the KeyId GenerateDataKey returned">
        {parts.keyId}
      </ByteField>
      <ByteField label="Encryption context" note="stored in plain text">
        {context === 0 ? '(none)' : JSON.stringify(parts.encryptionContext)}
      </ByteField>
      <ByteField label="Encrypted data key" note={`${parts.encryptedDataKey.length} bytes`}>
        {encodeBase64(parts.encryptedDataKey)}
      </ByteField>
      <ByteField label="Header auth tag">{hex(parts.authTag)}</ByteField>
      <ByteField label="Frames" note="each: sequence number, final flag, length, ciphertext, tag">
        {parts.frameCount} frame{parts.frameCount === 1 ? '' : 's'}, {parts.plaintextLength} bytes
        of data; {total} bytes in all
      </ByteField>
    </ByteFields>
  )
}
