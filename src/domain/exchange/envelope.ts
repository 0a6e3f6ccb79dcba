import { z } from '../zod';
import { BASE64_PATTERN } from './base64';
import { canonicalJson } from './canonical-json';

export const ENCRYPTED_FORMAT = 'lis-stegen-encrypted';
export const ENCRYPTED_FORMAT_VERSION = 1;

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Below this a file is too cheap to brute-force, so it was not written by this app. */
export const MIN_ITERATIONS = 100_000;
/** Above this, deriving the key would hang the browser: a hostile file could name any count. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** Generous: the file-size limit is what really bounds the ciphertext. */
const MAX_CIPHERTEXT_CHARS = 64 * 1024 * 1024;
/** An AES-GCM ciphertext is at least its 16-byte tag, 24 base64 characters. */
const MIN_CIPHERTEXT_CHARS = 24;

const base64Chars = (bytes: number) => 4 * Math.ceil(bytes / 3);
const base64 = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(BASE64_PATTERN, 'Expected base64')
    .refine((s) => s.length % 4 === 0, 'Expected base64');

export const envelopeHeaderSchema = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(ENCRYPTED_FORMAT_VERSION),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64(base64Chars(SALT_BYTES), base64Chars(SALT_BYTES)),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    iv: base64(base64Chars(IV_BYTES), base64Chars(IV_BYTES)),
  }),
});

export const encryptedEnvelopeSchema = envelopeHeaderSchema
  .extend({ ciphertext: base64(MIN_CIPHERTEXT_CHARS, MAX_CIPHERTEXT_CHARS) })
  .meta({
    title: 'LIS-stegen encrypted share file',
    description: 'A plain share file encrypted with a password. See docs/file-format.md.',
  });

export type EnvelopeHeader = z.output<typeof envelopeHeaderSchema>;
export type EncryptedEnvelope = z.output<typeof encryptedEnvelopeSchema>;

/**
 * The header as authenticated data: canonical JSON of everything except the ciphertext. Changing any
 * parameter in the file (iterations, salt, IV, version) makes decryption fail, even where the change
 * alone would not.
 */
export function additionalData(envelope: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  const { format, formatVersion, kdf, cipher } = envelope;
  return new TextEncoder().encode(canonicalJson({ format, formatVersion, kdf, cipher }));
}
