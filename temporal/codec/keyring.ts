// The payload keyring: `OCTOLLM_PAYLOAD_KEY` = one or more comma-separated `keyId:base64key` entries.
// The FIRST entry encrypts; every entry decrypts, so a key is rotated by putting a new entry first and
// keeping the old ones until no history that needs them is left. Key bytes never appear in messages.
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KEY_BYTES } from './crypto.js';

export const PAYLOAD_KEY_VARIABLE = 'OCTOLLM_PAYLOAD_KEY';
/** File under the data dir where embedded mode keeps its generated key. */
export const LOCAL_PAYLOAD_KEY_FILE = 'payload-key';

export interface PayloadKey {
  readonly id: string;
  /** A KeyObject rather than a Buffer, so logging the keyring can never print key bytes. */
  readonly key: KeyObject;
}

export interface PayloadKeyring {
  /** The key new payloads are encrypted with (the first entry). */
  readonly current: PayloadKey;
  /** Every key that may decrypt, by id. */
  readonly keys: ReadonlyMap<string, PayloadKey>;
  /** Where the keys came from (a variable name or a file path), for error messages. */
  readonly source: string;
}

export class PayloadKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadKeyError';
  }
}

// Key ids travel in payload metadata and in error messages: keep them short, printable and colon-free.
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
// Standard or URL-safe base64, padding optional.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export function parsePayloadKeyring(value: string, source: string = PAYLOAD_KEY_VARIABLE): PayloadKeyring {
  const entries = value.split(',').map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) {
    throw new PayloadKeyError(`${source} is empty; expected one or more comma-separated keyId:base64key entries`);
  }
  const keys = new Map<string, PayloadKey>();
  entries.forEach((entry, index) => {
    const where = `${source} entry ${index + 1}`;
    const colon = entry.indexOf(':');
    if (colon < 0) throw new PayloadKeyError(`${where} is not in the form keyId:base64key`);
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID.test(id)) {
      throw new PayloadKeyError(`${where}: key id must be 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit`);
    }
    if (keys.has(id)) throw new PayloadKeyError(`${where}: duplicate key id "${id}"`);
    if (!BASE64.test(encoded)) throw new PayloadKeyError(`${where} ("${id}"): key is not valid base64`);
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length !== KEY_BYTES) {
      throw new PayloadKeyError(`${where} ("${id}"): key must be ${KEY_BYTES} bytes (AES-256), got ${bytes.length}`);
    }
    keys.set(id, { id, key: createSecretKey(bytes) });
    bytes.fill(0);
  });
  const current = keys.values().next().value as PayloadKey;
  return { current, keys, source };
}

/** A fresh `keyId:base64key` entry; the default id carries the date so rotations read in order. */
export function generatePayloadKey(keyId: string = defaultKeyId()): string {
  if (!KEY_ID.test(keyId)) throw new PayloadKeyError(`key id "${keyId}" is not allowed; use letters, digits, '.', '_' or '-'`);
  return `${keyId}:${randomBytes(KEY_BYTES).toString('base64')}`;
}

function defaultKeyId(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return `k${day}-${randomBytes(3).toString('hex')}`;
}

const localKeyPath = (dataDir: string): string => join(dataDir, LOCAL_PAYLOAD_KEY_FILE);

/** The key `npm start` wrote under the data dir, if any (for the CLI, which must not invent a key). */
export async function readLocalPayloadKey(dataDir: string): Promise<string | undefined> {
  const path = localKeyPath(dataDir);
  try {
    const value = (await readFile(path, 'utf8')).trim();
    // Tighten a file that was copied around with looser permissions: it holds the key to every history.
    if (((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
    return value;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Embedded mode: read `<dataDir>/payload-key`, or create it (mode 0600) with a fresh key on first start. */
export async function ensureLocalPayloadKey(dataDir: string): Promise<string> {
  const existing = await readLocalPayloadKey(dataDir);
  if (existing !== undefined) return existing;
  await mkdir(dataDir, { recursive: true });
  const value = generatePayloadKey();
  try {
    // 'wx': never overwrite — a lost key makes every existing history unreadable.
    await writeFile(localKeyPath(dataDir), `${value}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    // Another process created it between our read and write: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return (await readLocalPayloadKey(dataDir)) ?? value;
    throw err;
  }
  await chmod(localKeyPath(dataDir), 0o600); // in case the umask left group/other bits set
  return value;
}

export interface PayloadKeySource {
  /** `OCTOLLM_PAYLOAD_KEY`, when set. */
  payloadKey?: string;
  dataDir: string;
  /** True for `npm start` with the embedded dev server; false for the CLI and for an external cluster. */
  createIfMissing: boolean;
}

/**
 * The keyring a process should use: the variable when set, else the data dir's key file (created only
 * when allowed). An external cluster must be given the variable, or replicas would each invent a key.
 */
export async function resolvePayloadKeyring(source: PayloadKeySource): Promise<PayloadKeyring> {
  if (source.payloadKey !== undefined && source.payloadKey.trim() !== '') return parsePayloadKeyring(source.payloadKey);
  const path = localKeyPath(source.dataDir);
  const value = source.createIfMissing ? await ensureLocalPayloadKey(source.dataDir) : await readLocalPayloadKey(source.dataDir);
  if (value === undefined) {
    throw new PayloadKeyError(
      `${PAYLOAD_KEY_VARIABLE} is not set and ${path} does not exist; set ${PAYLOAD_KEY_VARIABLE} ` +
        '(create one with `octollm keys create`) or run `npm start` once to create the local key',
    );
  }
  return parsePayloadKeyring(value, path);
}
