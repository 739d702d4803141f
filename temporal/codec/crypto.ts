// AES-256-GCM sealing for payload bytes. Layout: iv (12) ‖ ciphertext ‖ auth tag (16) — the same layout
// WebCrypto and Go's gcm.Seal(nonce, …) produce, so other tools can open our payloads with the key.
import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CIPHER = 'aes-256-gcm';

/** Thrown when sealed bytes are malformed, were tampered with, or were sealed under another key. */
export class DecryptionFailedError extends Error {
  constructor(message = 'ciphertext failed authentication (tampered, truncated or sealed with another key)') {
    super(message);
    this.name = 'DecryptionFailedError';
  }
}

export function encryptAesGcm(plaintext: Uint8Array, key: KeyObject): Uint8Array {
  // A fresh random IV per message: GCM's security collapses if an IV is ever reused under one key.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES });
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

export function decryptAesGcm(sealed: Uint8Array, key: KeyObject): Uint8Array {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new DecryptionFailedError('ciphertext is too short to hold an IV and an auth tag');
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const iv = bytes.subarray(0, IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const ciphertext = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
  const decipher = createDecipheriv(CIPHER, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new DecryptionFailedError();
  }
}
