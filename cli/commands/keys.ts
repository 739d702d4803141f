// `octollm keys create`: a new API key entry for OCTOLLM_API_KEYS, or (--payload) a payload-encryption key.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig, RATE_TIERS } from '../../config/config.js';
import { isPiiPolicy, PII_POLICIES } from '../../contracts/reflex.js';
import { createApiKey } from '../../stores/repositories/api-keys.js';
import { openSqlDb } from '../../stores/sql/open-sql-db.js';
import { generatePayloadKey, PayloadKeyError } from '../../temporal/codec/keyring.js';
import { parseCommand, type Command } from '../args.js';
import { CliError, UsageError } from '../cli-error.js';

const usage = `Usage: octollm keys create <tenant> [--limit <tier|n>] [--pii <policy>] [--store]
       octollm keys create --payload [--key-id <id>]

Print a new API key entry (tenant:key[:limit[:pii]]) to add to OCTOLLM_API_KEYS (comma-separated); or with
--store keep the key (hashed) in the database — DATABASE_URL, or the embedded one in OCTOLLM_DATA_DIR
(stop \`npm start\` first) — and print the key once; or with --payload a new payload-encryption key entry
(keyId:base64) to put FIRST in OCTOLLM_PAYLOAD_KEY, keeping the old entries after it so existing histories
still decrypt.

Options:
  --limit <tier|n>   ${Object.keys(RATE_TIERS).join(' | ')}, or requests per minute (default pro)
  --pii <policy>     what the reflex layer does with PII in this key's requests: redact (default) replaces it
                     with [TYPE] placeholders, block refuses the request (422), allow passes it on as sent
  --store            keep the key in the database instead of printing a configuration entry
  --payload          create a payload key instead of an API key
  --key-id <id>      the payload key's id (default k<date>-<random>)
  -h, --help`;

const options = { payload: { type: 'boolean' }, store: { type: 'boolean' }, limit: { type: 'string' }, pii: { type: 'string' }, 'key-id': { type: 'string' } } as const;
const TENANT = /^[A-Za-z0-9_.-]{1,64}$/;

export const keys: Command = {
  name: 'keys',
  summary: 'keys create <tenant> | keys create --payload',
  usage,
  async run(argv, { env, out }) {
    const { values, positionals, help } = parseCommand(argv, options, usage, { min: 0, max: 2 });
    if (help) return out(usage), 0;
    if (positionals[0] !== 'create') throw new UsageError(positionals[0] ? `unknown keys command "${positionals[0]}"` : 'missing "create"', usage);
    const tenant = positionals[1];
    if (values.payload) {
      if (tenant || values.limit || values.pii) throw new UsageError('--payload takes no tenant, --limit or --pii', usage);
      try {
        out(generatePayloadKey(values['key-id']));
      } catch (err) {
        if (err instanceof PayloadKeyError) throw new UsageError(err.message, usage);
        throw err;
      }
      return 0;
    }
    if (values['key-id']) throw new UsageError('--key-id is for --payload keys', usage);
    if (!tenant) throw new UsageError('missing tenant', usage);
    if (!TENANT.test(tenant)) throw new UsageError(`tenant "${tenant}" must be 1-64 letters, digits, '_', '.' or '-'`, usage);
    const limit = values.limit;
    if (limit !== undefined && !(limit in RATE_TIERS) && !(Number.isInteger(Number(limit)) && Number(limit) >= 1)) {
      throw new UsageError(`--limit must be one of ${Object.keys(RATE_TIERS).join(', ')} or a positive whole number`, usage);
    }
    const piiPolicy = values.pii;
    if (piiPolicy !== undefined && !isPiiPolicy(piiPolicy)) throw new UsageError(`--pii must be one of ${PII_POLICIES.join(', ')}`, usage);
    if (values.store) {
      const config = loadConfig(env.raw);
      const target = config.databaseUrl ? 'DATABASE_URL' : join(config.dataDir, 'pglite');
      const db = await openSqlDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((err: Error) => {
        throw new CliError(`cannot open the database (${target}): ${err.message}`);
      });
      try {
        const tier = limit === undefined || limit in RATE_TIERS ? (limit ?? 'pro') : 'custom';
        const created = await createApiKey(db, tenant, { tier, ...(tier === 'custom' ? { ratePerMinute: Number(limit) } : {}), piiPolicy });
        out(created.key);
        return 0;
      } finally {
        await db.close();
      }
    }
    // base64url: no ':' or ',' that would break the OCTOLLM_API_KEYS list.
    // the limit is positional before the policy: written out (default pro) when a policy follows
    const suffix = piiPolicy ? `:${limit ?? 'pro'}:${piiPolicy}` : limit ? `:${limit}` : '';
    out(`${tenant}:octo_${randomBytes(24).toString('base64url')}${suffix}`);
    return 0;
  },
};
