import { encodeBase64 } from '../../bytes/base64.ts'

/** The PEM labels KMS's DER blobs take: GetPublicKey's SPKI, a data key pair's PKCS #8 private key. */
export type PemLabel = 'PUBLIC KEY' | 'PRIVATE KEY'

/**
 * DER bytes as PEM text (RFC 7468): base64 in lines of 64 characters between BEGIN and END lines,
 * ending with a line break. GetPublicKey returns the public key as DER SubjectPublicKeyInfo; AWS
 * asks for PEM to use it with OpenSSL, so the sandbox offers the key in this form.
 * @see https://datatracker.ietf.org/doc/html/rfc7468#section-2
 * @see https://docs.aws.amazon.com/kms/latest/developerguide/download-public-key.html
 */
export function derToPem(der: Uint8Array, label: PemLabel): string {
  const base64 = encodeBase64(der)
  const lines: string[] = []
  for (let at = 0; at < base64.length; at += 64) lines.push(base64.slice(at, at + 64))
  return `-----BEGIN ${label}-----\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}-----END ${label}-----\n`
}
