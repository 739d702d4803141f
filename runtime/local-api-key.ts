// Embedded mode needs a key to call the API with: made once, kept under the data dir (mode 0600).
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RATE_TIERS, type ApiKeyEntry } from '../config/config.js';

export const LOCAL_TENANT = 'local';

/** Where embedded mode keeps its key. */
export const localApiKeyPath = (dataDir: string): string => join(dataDir, 'api-key');

export async function ensureLocalApiKey(dataDir: string): Promise<ApiKeyEntry> {
  const path = localApiKeyPath(dataDir);
  let key: string;
  try {
    key = (await readFile(path, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    key = `octo_${randomBytes(24).toString('base64url')}`;
    await mkdir(dataDir, { recursive: true });
    await writeFile(path, `${key}\n`, { mode: 0o600 });
  }
  return { tenantId: LOCAL_TENANT, key, ratePerMinute: RATE_TIERS.pro, tier: 'pro', piiPolicy: 'redact' };
}
