import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { after, describe, it } from 'node:test';
import {
  PayloadKeyError,
  ensureLocalPayloadKey,
  generatePayloadKey,
  parsePayloadKeyring,
  readLocalPayloadKey,
  resolvePayloadKeyring,
} from './keyring.js';

const b64 = (n: number): string => randomBytes(n).toString('base64');

describe('parsePayloadKeyring', () => {
  it('uses the first entry to encrypt and keeps every entry for decrypting', () => {
    const ring = parsePayloadKeyring(` new:${b64(32)} , old:${b64(32)},`);
    assert.equal(ring.current.id, 'new');
    assert.deepEqual([...ring.keys.keys()], ['new', 'old']);
    assert.equal(ring.source, 'OCTOLLM_PAYLOAD_KEY');
  });

  it('accepts URL-safe base64 without padding', () => {
    const key = randomBytes(32).toString('base64url');
    assert.equal(parsePayloadKeyring(`k1:${key}`).current.id, 'k1');
  });

  const rejects = (value: string, pattern: RegExp): void => {
    assert.throws(
      () => parsePayloadKeyring(value),
      (err: unknown) => {
        assert.ok(err instanceof PayloadKeyError);
        assert.match(err.message, /OCTOLLM_PAYLOAD_KEY/);
        assert.match(err.message, pattern);
        return true;
      },
    );
  };

  it('rejects a key of the wrong length, naming the variable, entry and id', () => {
    rejects(`good:${b64(32)},short:${b64(16)}`, /entry 2 \("short"\).*32 bytes.*got 16/);
  });
  it('rejects bad base64', () => rejects('k1:not base64!!', /not valid base64/));
  it('rejects duplicate ids', () => rejects(`k1:${b64(32)},k1:${b64(32)}`, /duplicate key id "k1"/));
  it('rejects an entry without an id', () => rejects(b64(32), /keyId:base64key/));
  it('rejects an empty value', () => rejects(' , ', /empty/));
  it('rejects a bad key id', () => rejects(`has space:${b64(32)}`, /key id must be/));

  it('never puts key material in an error message', () => {
    const secret = b64(24);
    assert.throws(() => parsePayloadKeyring(`k1:${secret}`), (err: Error) => !err.message.includes(secret));
  });

  it('never prints key bytes when the keyring is logged', () => {
    const key = b64(32);
    const shown = inspect(parsePayloadKeyring(`k1:${key}`), { depth: 10 });
    assert.ok(!shown.includes(key));
    assert.ok(!shown.includes(Buffer.from(key, 'base64').toString('hex')));
  });
});

describe('generatePayloadKey', () => {
  it('creates a fresh entry that parses, with a dated id', () => {
    const a = generatePayloadKey();
    const b = generatePayloadKey();
    assert.notEqual(a, b);
    assert.match(parsePayloadKeyring(a).current.id, /^k\d{8}-[0-9a-f]{6}$/);
    assert.equal(parsePayloadKeyring(generatePayloadKey('rot-2')).current.id, 'rot-2');
    assert.throws(() => generatePayloadKey('bad:id'), PayloadKeyError);
  });
});

describe('local payload key (embedded mode)', () => {
  const dirs: string[] = [];
  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'octo-key-'));
    dirs.push(dir);
    return dir;
  };
  after(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('creates <dataDir>/payload-key with mode 0600 once, then reads the same key', async () => {
    const dataDir = join(await tempDir(), 'nested', '.octollm');
    assert.equal(await readLocalPayloadKey(dataDir), undefined);
    const first = await ensureLocalPayloadKey(dataDir);
    const path = join(dataDir, 'payload-key');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    assert.equal((await readFile(path, 'utf8')).trim(), first);
    assert.equal(await ensureLocalPayloadKey(dataDir), first);
    assert.equal(parsePayloadKeyring(first).keys.size, 1);
  });

  it('tightens a key file with loose permissions', async () => {
    const dataDir = await tempDir();
    const path = join(dataDir, 'payload-key');
    await writeFile(path, `${generatePayloadKey()}\n`);
    await chmod(path, 0o644);
    await readLocalPayloadKey(dataDir);
    assert.equal((await stat(path)).mode & 0o777, 0o600);
  });

  it('resolvePayloadKeyring prefers the variable, then the file, and explains what is missing', async () => {
    const dataDir = await tempDir();
    const fromVar = await resolvePayloadKeyring({ payloadKey: `env:${b64(32)}`, dataDir, createIfMissing: true });
    assert.equal(fromVar.current.id, 'env');
    await assert.rejects(resolvePayloadKeyring({ dataDir, createIfMissing: false }), /OCTOLLM_PAYLOAD_KEY is not set.*payload-key/);
    const created = await resolvePayloadKeyring({ dataDir, createIfMissing: true });
    assert.equal(created.source, join(dataDir, 'payload-key'));
    const read = await resolvePayloadKeyring({ payloadKey: '', dataDir, createIfMissing: false });
    assert.equal(read.current.id, created.current.id);
  });
});
