// SqlDb over PGlite: PostgreSQL compiled to WebAssembly, in-process, persisted under a data directory.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import type { Queryable, SqlDb } from './sql-db.js';

export interface PgliteDbOptions {
  /** Directory holding the database files; omit for an in-memory database. */
  dataDir?: string;
}

const EXTENSIONS = { vector, pg_trgm };

export async function createPgliteDb(options: PgliteDbOptions = {}): Promise<SqlDb> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    extensions: EXTENSIONS,
  });
  const wrap = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      const result = await target.query<T>(sql, params as unknown[] | undefined);
      return { rows: result.rows };
    },
    async exec(sql) {
      await target.exec(sql);
    },
  });
  const self = wrap(pglite);
  return {
    kind: 'pglite',
    ...self,
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    hasExtension: async (name) => name in EXTENSIONS,
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}
