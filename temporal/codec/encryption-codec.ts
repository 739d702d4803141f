// The PayloadCodec that keeps prompts, outputs and PII out of Temporal's histories: each payload —
// metadata included — is serialised and sealed with the keyring's current key; the key id rides along
// in plain metadata so decoding picks the right key after a rotation.
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import { DecryptionFailedError, decryptAesGcm, encryptAesGcm } from './crypto.js';
import type { PayloadKeyring } from './keyring.js';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const ENCRYPTION_KEY_ID_METADATA = 'encryption-key-id';

const ProtoPayload = proto.temporal.api.common.v1.Payload;
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const text = (bytes: Uint8Array | null | undefined): string | undefined =>
  bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : undefined;

/** A payload this codec cannot open. Messages name key ids (not secret), never key bytes or contents. */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

export const isEncryptedPayload = (payload: Payload): boolean =>
  text(payload.metadata?.[METADATA_ENCODING_KEY]) === ENCRYPTED_ENCODING;

export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: PayloadKeyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const { id, key } = this.keyring.current;
    return payloads.map((payload) => ({
      metadata: { [METADATA_ENCODING_KEY]: utf8(ENCRYPTED_ENCODING), [ENCRYPTION_KEY_ID_METADATA]: utf8(id) },
      data: encryptAesGcm(ProtoPayload.encode(payload).finish(), key),
    }));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decodeOne(payload));
  }

  private decodeOne(payload: Payload): Payload {
    // Payloads written before encryption was switched on (or by other codecs) pass through untouched.
    if (!isEncryptedPayload(payload)) return payload;
    const keyId = text(payload.metadata?.[ENCRYPTION_KEY_ID_METADATA]);
    if (!keyId) throw new PayloadDecryptionError(`encrypted payload has no ${ENCRYPTION_KEY_ID_METADATA} metadata`);
    const entry = this.keyring.keys.get(keyId);
    if (!entry) {
      throw new PayloadDecryptionError(
        `payload was encrypted with key id "${keyId}", which is not in ${this.keyring.source} ` +
          `(known: ${[...this.keyring.keys.keys()].join(', ')}); add that key back as a later entry to decrypt it`,
      );
    }
    if (!payload.data) throw new PayloadDecryptionError('encrypted payload has no data');
    try {
      return ProtoPayload.decode(decryptAesGcm(payload.data, entry.key));
    } catch (err) {
      const reason = err instanceof DecryptionFailedError ? err.message : 'decrypted bytes are not a Payload';
      throw new PayloadDecryptionError(`cannot decrypt payload with key id "${keyId}": ${reason}`);
    }
  }
}
