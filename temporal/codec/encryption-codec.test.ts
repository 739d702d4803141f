import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { decryptAesGcm, encryptAesGcm } from './crypto.js';
import { createDataConverter } from './data-converter.js';
import { ENCRYPTED_ENCODING, ENCRYPTION_KEY_ID_METADATA, EncryptionCodec, PayloadDecryptionError } from './encryption-codec.js';
import { parsePayloadKeyring } from './keyring.js';

const entry = (id: string): string => `${id}:${randomBytes(32).toString('base64')}`;
const text = (bytes: Uint8Array | null | undefined): string => Buffer.from(bytes ?? []).toString('utf8');
const containsBytes = (haystack: Uint8Array | null | undefined, needle: string): boolean =>
  Buffer.from(haystack ?? []).includes(Buffer.from(needle));

const GOAL = { goal: 'Email alice@example.com the invoice, card 4111 1111 1111 1111', apiKey: 'sk-live-abc123' };

describe('AES-256-GCM helpers', () => {
  const ring = parsePayloadKeyring(entry('k1'));
  it('seal iv ‖ ciphertext ‖ tag and open them again', () => {
    const plain = Buffer.from('hello world');
    const sealed = encryptAesGcm(plain, ring.current.key);
    assert.equal(sealed.length, 12 + plain.length + 16);
    assert.deepEqual(Buffer.from(decryptAesGcm(sealed, ring.current.key)), plain);
  });
  it('refuse a truncated message', () => {
    assert.throws(() => decryptAesGcm(new Uint8Array(20), ring.current.key), /too short/);
  });
});

describe('EncryptionCodec', () => {
  it('round-trips a payload and leaves no plaintext — not even the metadata — in the ciphertext', async () => {
    const ring = parsePayloadKeyring(entry('k1'));
    const codec = new EncryptionCodec(ring);
    const plain = defaultPayloadConverter.toPayload(GOAL);
    const [encoded] = await codec.encode([plain]);
    assert.ok(encoded);
    assert.equal(text(encoded.metadata?.encoding), ENCRYPTED_ENCODING);
    assert.equal(text(encoded.metadata?.[ENCRYPTION_KEY_ID_METADATA]), 'k1');
    assert.deepEqual(Object.keys(encoded.metadata ?? {}).sort(), ['encoding', ENCRYPTION_KEY_ID_METADATA]);
    for (const secret of ['alice@example.com', '4111 1111 1111 1111', 'sk-live-abc123', 'json/plain', 'invoice']) {
      assert.ok(!containsBytes(encoded.data, secret), `ciphertext contains "${secret}"`);
    }
    const [decoded] = await codec.decode([encoded]);
    assert.ok(decoded);
    assert.deepEqual(defaultPayloadConverter.fromPayload(decoded), GOAL);
    assert.equal(text(decoded.metadata?.encoding), 'json/plain');
  });

  it('uses a fresh IV each time, so equal inputs give different ciphertexts', async () => {
    const codec = new EncryptionCodec(parsePayloadKeyring(entry('k1')));
    const plain = defaultPayloadConverter.toPayload('same');
    const [a, b] = await codec.encode([plain, plain]);
    assert.notDeepEqual(Buffer.from(a?.data ?? []), Buffer.from(b?.data ?? []));
  });

  it('handles empty batches and payloads without data', async () => {
    const codec = new EncryptionCodec(parsePayloadKeyring(entry('k1')));
    assert.deepEqual(await codec.encode([]), []);
    const undef = defaultPayloadConverter.toPayload(undefined);
    const [back] = await codec.decode(await codec.encode([undef]));
    assert.equal(defaultPayloadConverter.fromPayload(back as Payload), undefined);
  });

  it('leaves payloads that are not encrypted untouched on decode', async () => {
    const codec = new EncryptionCodec(parsePayloadKeyring(entry('k1')));
    const plain = defaultPayloadConverter.toPayload({ legacy: true });
    const [decoded] = await codec.decode([plain]);
    assert.equal(decoded, plain);
  });

  it('rotates: old payloads still decode once a new key is put first, and new payloads use the new id', async () => {
    const oldEntry = entry('2024-old');
    const before = new EncryptionCodec(parsePayloadKeyring(oldEntry));
    const [sealedOld] = await before.encode([defaultPayloadConverter.toPayload(GOAL)]);
    assert.ok(sealedOld);

    const rotated = new EncryptionCodec(parsePayloadKeyring(`${entry('2025-new')},${oldEntry}`));
    const [openedOld] = await rotated.decode([sealedOld]);
    assert.deepEqual(defaultPayloadConverter.fromPayload(openedOld as Payload), GOAL);

    const [sealedNew] = await rotated.encode([defaultPayloadConverter.toPayload(GOAL)]);
    assert.equal(text(sealedNew?.metadata?.[ENCRYPTION_KEY_ID_METADATA]), '2025-new');
    // The retired-only keyring cannot read what the new key wrote.
    await assert.rejects(before.decode([sealedNew as Payload]), /key id "2025-new", which is not in OCTOLLM_PAYLOAD_KEY/);
  });

  it('rejects tampered ciphertext', async () => {
    const codec = new EncryptionCodec(parsePayloadKeyring(entry('k1')));
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(GOAL)]);
    assert.ok(sealed?.data);
    for (const index of [0, 20, sealed.data.length - 1]) {
      const data = Buffer.from(sealed.data);
      data[index] = (data[index] ?? 0) ^ 0x01;
      await assert.rejects(codec.decode([{ ...sealed, data }]), (err: unknown) => {
        assert.ok(err instanceof PayloadDecryptionError);
        assert.match(err.message, /cannot decrypt payload with key id "k1".*failed authentication/);
        return true;
      });
    }
  });

  it('rejects a payload sealed by a different key that reuses the same id', async () => {
    const [sealed] = await new EncryptionCodec(parsePayloadKeyring(entry('k1'))).encode([defaultPayloadConverter.toPayload(1)]);
    await assert.rejects(new EncryptionCodec(parsePayloadKeyring(entry('k1'))).decode([sealed as Payload]), PayloadDecryptionError);
  });

  it('names the unknown key id and the known ones, and never the contents', async () => {
    const [sealed] = await new EncryptionCodec(parsePayloadKeyring(entry('lost-key'))).encode([
      defaultPayloadConverter.toPayload(GOAL),
    ]);
    const codec = new EncryptionCodec(parsePayloadKeyring(`${entry('a')},${entry('b')}`));
    await assert.rejects(codec.decode([sealed as Payload]), (err: unknown) => {
      assert.ok(err instanceof PayloadDecryptionError);
      assert.match(err.message, /key id "lost-key", which is not in OCTOLLM_PAYLOAD_KEY \(known: a, b\)/);
      assert.ok(!err.message.includes('alice@example.com'));
      return true;
    });
  });

  it('rejects an encrypted payload without a key id', async () => {
    const codec = new EncryptionCodec(parsePayloadKeyring(entry('k1')));
    const [sealed] = await codec.encode([defaultPayloadConverter.toPayload(1)]);
    const metadata = { encoding: sealed?.metadata?.encoding as Uint8Array };
    await assert.rejects(codec.decode([{ metadata, data: sealed?.data ?? null }]), /no encryption-key-id metadata/);
  });
});

describe('createDataConverter', () => {
  it('wires the encryption codec and an encoding failure converter', async () => {
    const converter = createDataConverter(parsePayloadKeyring(entry('k1')));
    assert.equal(converter.payloadCodecs?.length, 1);
    assert.ok(converter.payloadCodecs?.[0] instanceof EncryptionCodec);
    assert.ok(converter.failureConverterPath);
    const { failureConverter } = (await import(converter.failureConverterPath)) as {
      failureConverter: { options: { encodeCommonAttributes: boolean } };
    };
    assert.equal(failureConverter.options.encodeCommonAttributes, true);
  });
});
