// `octollm migrate`: applies pending SQL migrations (history, artifacts, knowledge graph) to DATABASE_URL,
// or to the embedded PGlite database under OCTOLLM_DATA_DIR.
import { join } from 'node:path';
import { loadConfig } from '../../config/config.js';
import { migrate as applyMigrations } from '../../stores/sql/migrate.js';
import { openSqlDb } from '../../stores/sql/open-sql-db.js';
import { parseCommand, type Command } from '../args.js';
import { CliError } from '../cli-error.js';

const usage = `Usage: octollm migrate

Apply pending database migrations to DATABASE_URL (PostgreSQL), or when it is unset to the embedded
PGlite database in OCTOLLM_DATA_DIR (stop \`npm start\` first: PGlite allows one process at a time).
\`npm start\` and the workers also migrate on start; this is for deployments that migrate as a separate step.`;

export const migrate: Command = {
  name: 'migrate',
  summary: 'apply pending database migrations',
  usage,
  async run(argv, { env, out }) {
    const { help } = parseCommand(argv, {} as const, usage, { min: 0, max: 0 });
    if (help) return out(usage), 0;
    const config = loadConfig(env.raw);
    const target = config.databaseUrl ? 'DATABASE_URL' : join(config.dataDir, 'pglite');
    let db;
    try {
      db = await openSqlDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: false });
    } catch (err) {
      throw new CliError(`cannot open the database (${target}): ${(err as Error).message}`);
    }
    try {
      const applied = await applyMigrations(db);
      out(applied.length ? `applied migrations ${applied.join(', ')} to ${target}` : `${target} is up to date`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
