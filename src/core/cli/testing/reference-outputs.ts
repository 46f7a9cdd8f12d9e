/**
 * The byte-exact outputs of aws-cli.md §4.6 (observed from AWS CLI v2 2.36.7, TZ=UTC), one
 * string per command line, as lines. Every line ends in a newline.
 */
export const REFERENCE_OUTPUTS: Readonly<Record<string, string>> = {
  'create-key --description demo --output json': [
    '{',
    '    "KeyMetadata": {',
    '        "AWSAccountId": "111122223333",',
    '        "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",',
    '        "Arn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",',
    '        "CreationDate": "2025-12-04T10:51:02.345000+00:00",',
    '        "Enabled": true,',
    '        "Description": "demo",',
    '        "KeyUsage": "ENCRYPT_DECRYPT",',
    '        "KeyState": "Enabled",',
    '        "Origin": "AWS_KMS",',
    '        "KeyManager": "CUSTOMER",',
    '        "CustomerMasterKeySpec": "SYMMETRIC_DEFAULT",',
    '        "KeySpec": "SYMMETRIC_DEFAULT",',
    '        "EncryptionAlgorithms": [',
    '            "SYMMETRIC_DEFAULT"',
    '        ],',
    '        "MultiRegion": false,',
    '        "CurrentKeyMaterialId": "0b7fd7ddbac6eef27907413567cad8c810e2883dc8a7534067a82ee1142fc1e6"',
    '    }',
    '}',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'create-key --description demo --output text': [
    'KEYMETADATA\t111122223333\tarn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\t2025-12-04T10:51:02.345000+00:00\t0b7fd7ddbac6eef27907413567cad8c810e2883dc8a7534067a82ee1142fc1e6\tSYMMETRIC_DEFAULT\tdemo\tTrue\t1234abcd-12ab-34cd-56ef-1234567890ab\tCUSTOMER\tSYMMETRIC_DEFAULT\tEnabled\tENCRYPT_DECRYPT\tFalse\tAWS_KMS',
    'ENCRYPTIONALGORITHMS\tSYMMETRIC_DEFAULT',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'create-key --description demo --output table': [
    '------------------------------------------------------------------------------------------------------------',
    '|                                                 CreateKey                                                |',
    '+----------------------------------------------------------------------------------------------------------+',
    '||                                               KeyMetadata                                              ||',
    '|+-----------------------+--------------------------------------------------------------------------------+|',
    '||  AWSAccountId         |  111122223333                                                                  ||',
    '||  Arn                  |  arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab   ||',
    '||  CreationDate         |  2025-12-04T10:51:02.345000+00:00                                              ||',
    '||  CurrentKeyMaterialId |  0b7fd7ddbac6eef27907413567cad8c810e2883dc8a7534067a82ee1142fc1e6              ||',
    '||  CustomerMasterKeySpec|  SYMMETRIC_DEFAULT                                                             ||',
    '||  Description          |  demo                                                                          ||',
    '||  Enabled              |  True                                                                          ||',
    '||  KeyId                |  1234abcd-12ab-34cd-56ef-1234567890ab                                          ||',
    '||  KeyManager           |  CUSTOMER                                                                      ||',
    '||  KeySpec              |  SYMMETRIC_DEFAULT                                                             ||',
    '||  KeyState             |  Enabled                                                                       ||',
    '||  KeyUsage             |  ENCRYPT_DECRYPT                                                               ||',
    '||  MultiRegion          |  False                                                                         ||',
    '||  Origin               |  AWS_KMS                                                                       ||',
    '|+-----------------------+--------------------------------------------------------------------------------+|',
    '|||                                         EncryptionAlgorithms                                         |||',
    '||+------------------------------------------------------------------------------------------------------+||',
    '|||  SYMMETRIC_DEFAULT                                                                                   |||',
    '||+------------------------------------------------------------------------------------------------------+||',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'encrypt --key-id alias/demo --plaintext fileb://pt.txt --output json': [
    '{',
    '    "CiphertextBlob": "AQICAHghU01LICxvbGxlSA==",',
    '    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",',
    '    "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"',
    '}',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'encrypt --key-id alias/demo --plaintext fileb://pt.txt --output text': [
    'AQICAHghU01LICxvbGxlSA==\tSYMMETRIC_DEFAULT\tarn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'encrypt --key-id alias/demo --plaintext fileb://pt.txt --output table': [
    '--------------------------------------------------------------------------------------------------------',
    '|                                                Encrypt                                               |',
    '+---------------------+--------------------------------------------------------------------------------+',
    '|  CiphertextBlob     |  AQICAHghU01LICxvbGxlSA==                                                      |',
    '|  EncryptionAlgorithm|  SYMMETRIC_DEFAULT                                                             |',
    '|  KeyId              |  arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab   |',
    '+---------------------+--------------------------------------------------------------------------------+',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'decrypt --ciphertext-blob fileb://ct.bin --output json': [
    '{',
    '    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",',
    '    "Plaintext": "SGVsbG8sIEtNUyE=",',
    '    "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"',
    '}',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'decrypt --ciphertext-blob fileb://ct.bin --output text': [
    'SYMMETRIC_DEFAULT\tarn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\tSGVsbG8sIEtNUyE=',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'decrypt --ciphertext-blob fileb://ct.bin --output table': [
    '--------------------------------------------------------------------------------------------------------',
    '|                                                Decrypt                                               |',
    '+---------------------+--------------------------------------------------------------------------------+',
    '|  EncryptionAlgorithm|  SYMMETRIC_DEFAULT                                                             |',
    '|  KeyId              |  arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab   |',
    '|  Plaintext          |  SGVsbG8sIEtNUyE=                                                              |',
    '+---------------------+--------------------------------------------------------------------------------+',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'list-keys --output json': [
    '{',
    '    "Keys": [',
    '        {',
    '            "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",',
    '            "KeyArn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
    '        },',
    '        {',
    '            "KeyId": "1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d",',
    '            "KeyArn": "arn:aws:kms:us-east-1:111122223333:key/1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d"',
    '        }',
    '    ]',
    '}',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'list-keys --output text': [
    'KEYS\tarn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\t1234abcd-12ab-34cd-56ef-1234567890ab',
    'KEYS\tarn:aws:kms:us-east-1:111122223333:key/1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d\t1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'list-keys --output table': [
    '---------------------------------------------------------------------------------------------------------------------------',
    '|                                                        ListKeys                                                         |',
    '+-------------------------------------------------------------------------------------------------------------------------+',
    '||                                                         Keys                                                          ||',
    '|+------------------------------------------------------------------------------+----------------------------------------+|',
    '||                                    KeyArn                                    |                 KeyId                  ||',
    '|+------------------------------------------------------------------------------+----------------------------------------+|',
    '||  arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab |  1234abcd-12ab-34cd-56ef-1234567890ab  ||',
    '||  arn:aws:kms:us-east-1:111122223333:key/1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d |  1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d  ||',
    '|+------------------------------------------------------------------------------+----------------------------------------+|',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'list-aliases --output json': [
    '{',
    '    "Aliases": [',
    '        {',
    '            "AliasName": "alias/aws/ebs",',
    '            "AliasArn": "arn:aws:kms:us-east-1:111122223333:alias/aws/ebs",',
    '            "TargetKeyId": "1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d",',
    '            "CreationDate": "2025-12-04T10:51:02.345000+00:00",',
    '            "LastUpdatedDate": "2025-12-04T10:51:02.345000+00:00"',
    '        },',
    '        {',
    '            "AliasName": "alias/demo",',
    '            "AliasArn": "arn:aws:kms:us-east-1:111122223333:alias/demo",',
    '            "TargetKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",',
    '            "CreationDate": "2025-12-04T10:51:02.345000+00:00",',
    '            "LastUpdatedDate": "2025-12-04T10:51:02.345000+00:00"',
    '        }',
    '    ]',
    '}',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'list-aliases --output text': [
    'ALIASES\tarn:aws:kms:us-east-1:111122223333:alias/aws/ebs\talias/aws/ebs\t2025-12-04T10:51:02.345000+00:00\t2025-12-04T10:51:02.345000+00:00\t1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d',
    'ALIASES\tarn:aws:kms:us-east-1:111122223333:alias/demo\talias/demo\t2025-12-04T10:51:02.345000+00:00\t2025-12-04T10:51:02.345000+00:00\t1234abcd-12ab-34cd-56ef-1234567890ab',
  ]
    .map((line) => `${line}\n`)
    .join(''),
  'list-aliases --output table': [
    '-----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------',
    '|                                                                                      ListAliases                                                                                      |',
    '+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+',
    '||                                                                                       Aliases                                                                                       ||',
    '|+---------------------------------------------------+----------------+-----------------------------------+-----------------------------------+----------------------------------------+|',
    '||                     AliasArn                      |   AliasName    |           CreationDate            |          LastUpdatedDate          |              TargetKeyId               ||',
    '|+---------------------------------------------------+----------------+-----------------------------------+-----------------------------------+----------------------------------------+|',
    '||  arn:aws:kms:us-east-1:111122223333:alias/aws/ebs |  alias/aws/ebs |  2025-12-04T10:51:02.345000+00:00 |  2025-12-04T10:51:02.345000+00:00 |  1a2b3c4d-5e6f-1a2b-3c4d-5e6f1a2b3c4d  ||',
    '||  arn:aws:kms:us-east-1:111122223333:alias/demo    |  alias/demo    |  2025-12-04T10:51:02.345000+00:00 |  2025-12-04T10:51:02.345000+00:00 |  1234abcd-12ab-34cd-56ef-1234567890ab  ||',
    '|+---------------------------------------------------+----------------+-----------------------------------+-----------------------------------+----------------------------------------+|',
  ]
    .map((line) => `${line}\n`)
    .join(''),
}
