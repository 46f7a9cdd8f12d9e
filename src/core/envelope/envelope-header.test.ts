import { describe, expect, it } from 'vitest'
import { EnvelopeFormatError } from './envelope-error.ts'
import {
  decodeEnvelopeHeader,
  encodeHeaderBody,
  MAX_FRAME_SIZE,
  readHeaderLength,
} from './envelope-header.ts'
import { decodeFrameHeader, encodeFrameHeader, frameAad, frameIv } from './frame.ts'

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const fields = {
  messageId: Uint8Array.from({ length: 16 }, (_, i) => i),
  frameSize: 65536,
  keyId: 'arn:k',
  encryptionContext: { b: 'y', a: 'x' },
  encryptedDataKey: Uint8Array.of(0xaa, 0xbb),
}
const tag = new Uint8Array(16).fill(0xee)
const header = () => Uint8Array.from([...encodeHeaderBody(fields), ...tag])

describe('header layout (docs/envelope-format.md)', () => {
  it('is byte-for-byte the documented layout', () => {
    expect(hex(header())).toBe(
      '4b44454e' + // magic "KDEN"
        '01' + // format version
        '01' + // algorithm: AES-256-GCM
        '00000047' + // header length 71
        '000102030405060708090a0b0c0d0e0f' + // message id
        '00010000' + // frame size 65536
        '0005' +
        '61726e3a6b' + // key ARN
        '0002' +
        '0001' +
        '61' +
        '0001' +
        '78' +
        '0001' +
        '62' +
        '0001' +
        '79' + // context, sorted
        '0002' +
        'aabb' + // encrypted data key
        'ee'.repeat(16), // header auth tag
    )
  })

  it('decodes what it encodes', () => {
    const decoded = decodeEnvelopeHeader(Uint8Array.from([...header(), 1, 2, 3]))
    expect(decoded).toMatchObject({
      ...fields,
      encryptionContext: { a: 'x', b: 'y' },
      authTag: tag,
    })
    expect(decoded.bytes).toEqual(header())
  })

  it('rejects bad prefixes and inconsistent lengths', () => {
    const cases: [number, number, string][] = [
      [0, 0x4a, 'magic'],
      [4, 2, 'version'],
      [5, 9, 'algorithm'],
      [9, 0x46, 'header'], // header length one short: fields overrun
      [9, 0x48, 'header'], // one long: fields end early
      [31, 6, 'header'], // key ARN length overruns
      [26, 0xff, 'header'], // frame size above 16 MiB
    ]
    for (const [index, value, code] of cases) {
      const bytes = Uint8Array.from([...header(), 0])
      bytes[index] = value
      expect(() => decodeEnvelopeHeader(bytes), `byte ${index}`).toThrow(EnvelopeFormatError)
      try {
        decodeEnvelopeHeader(bytes)
      } catch (error) {
        expect((error as EnvelopeFormatError).code).toBe(code)
      }
    }
    expect(() => readHeaderLength(header().subarray(0, 9))).toThrow(EnvelopeFormatError)
    expect(() => decodeEnvelopeHeader(header().subarray(0, 40))).toThrow(
      'ends inside the envelope header',
    )
  })

  it('refuses to encode out-of-range fields', () => {
    expect(() => encodeHeaderBody({ ...fields, frameSize: 0 })).toThrow(RangeError)
    expect(() => encodeHeaderBody({ ...fields, frameSize: MAX_FRAME_SIZE + 1 })).toThrow(RangeError)
    expect(() => encodeHeaderBody({ ...fields, keyId: '' })).toThrow(RangeError)
    expect(() => encodeHeaderBody({ ...fields, encryptedDataKey: new Uint8Array(6145) })).toThrow(
      RangeError,
    )
    expect(() =>
      encodeHeaderBody({ ...fields, encryptionContext: { big: 'x'.repeat(65536) } }),
    ).toThrow(RangeError)
  })
})

describe('frame layout', () => {
  it('frame header is seq ‖ final flag ‖ length, big-endian', () => {
    expect(hex(encodeFrameHeader({ sequenceNumber: 258, final: true, length: 5 }))).toBe(
      '0000010201' + '00000005',
    )
    expect(
      decodeFrameHeader(encodeFrameHeader({ sequenceNumber: 7, final: false, length: 64 }), 64),
    ).toEqual({
      sequenceNumber: 7,
      final: false,
      length: 64,
    })
  })

  it('regular frames are exactly one frame size; the final frame at most one', () => {
    expect(() =>
      decodeFrameHeader(encodeFrameHeader({ sequenceNumber: 1, final: false, length: 63 }), 64),
    ).toThrow(EnvelopeFormatError)
    expect(() =>
      decodeFrameHeader(encodeFrameHeader({ sequenceNumber: 1, final: true, length: 65 }), 64),
    ).toThrow(EnvelopeFormatError)
    const badFlag = encodeFrameHeader({ sequenceNumber: 1, final: true, length: 1 })
    badFlag[4] = 2
    expect(() => decodeFrameHeader(badFlag, 64)).toThrow('bad final-frame flag 2')
  })

  it('IV is message id bytes 0-7 ‖ uint32 sequence; AAD is header hash ‖ frame header', () => {
    expect(hex(frameIv(fields.messageId, 0x01020304))).toBe('0001020304050607' + '01020304')
    const aad = frameAad(
      new Uint8Array(32).fill(9),
      encodeFrameHeader({ sequenceNumber: 1, final: true, length: 0 }),
    )
    expect(hex(aad)).toBe('09'.repeat(32) + '00000001' + '01' + '00000000')
  })
})
