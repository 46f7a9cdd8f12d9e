/**
 * The two KMS operations envelope encryption needs, in the shape of the AWS SDK v3 aggregated
 * `KMS` client, so `new KMS({...})` from @aws-sdk/client-kms satisfies it structurally, as does
 * the simulator through `dataKeyServiceOverHandle`.
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
 */
export interface GenerateDataKeyInput {
  KeyId: string
  EncryptionContext?: Record<string, string>
  KeySpec?: 'AES_256' | 'AES_128'
  NumberOfBytes?: number
}

export interface GenerateDataKeyOutput {
  /** The key ARN, even when the request named an alias. */
  KeyId?: string
  Plaintext?: Uint8Array
  CiphertextBlob?: Uint8Array
}

export interface DecryptInput {
  CiphertextBlob: Uint8Array
  EncryptionContext?: Record<string, string>
  KeyId?: string
}

export interface DecryptOutput {
  KeyId?: string
  Plaintext?: Uint8Array
}

export interface DataKeyService {
  generateDataKey(input: GenerateDataKeyInput): Promise<GenerateDataKeyOutput>
  decrypt(input: DecryptInput): Promise<DecryptOutput>
}
