import { blob, boolean, integer, list, string, stringMap, structure } from '../validation/shape.ts'

/** Member shapes shared by many operations (constraints from the KMS API model). */
export const keyIdMember = () => string({ min: 1, max: 2048 })
export const grantTokensMember = () => list(string({ min: 1, max: 8192 }), { min: 0, max: 10 })
export const encryptionContextMember = () => stringMap()
export const dryRunMember = () => boolean()
export const markerMember = () => string({ min: 1, max: 1024, pattern: '[\\u0020-\\u00FF]*' })
export const limitMember = (max: number) => integer({ min: 1, max })
/** Nitro Enclaves attestation; accepted by the model, refused by the simulator. */
export const recipientMember = () =>
  structure({
    KeyEncryptionAlgorithm: string({ enum: ['RSAES_OAEP_SHA_256'] }),
    AttestationDocument: blob({ min: 1, max: 262144 }),
  })
