// Picks the database: the PostgreSQL server when a URL is configured, otherwise embedded PGlite
// under the data directory so history survives a restart of `npm start`.
import { join } from 'node:path';
import { createPgDb } from './pg-db.js';
import { createPgliteDb } from './pglite-db.js';
import type { SqlDb } from './sql-db.js';
import { migrate } from './migrate.js';

export interface OpenSqlDbOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
}

export async function openSqlDb(options: OpenSqlDbOptions): Promise<SqlDb> {
  const db = options.databaseUrl
    ? createPgDb({ connectionString: options.databaseUrl })
    : await createPgliteDb({ dataDir: join(options.dataDir, 'pglite') });
  if (options.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
