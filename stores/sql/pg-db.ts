// SqlDb over a pg Pool: the PostgreSQL server named by DATABASE_URL.
import pg from 'pg';
import type { Queryable, QueryResult, SqlDb } from './sql-db.js';

export interface PgDbOptions {
  connectionString: string;
  /** Schema to put first on the search_path (tests use a fresh one per run); `public` stays reachable for extensions. */
  schema?: string;
  max?: number;
}

// int8 (counts, bigserial ids) as a JS number: our ids and counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function createPgDb(options: PgDbOptions): SqlDb {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new Error('schema must be a lower-case SQL identifier');
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema},public` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);

  const query = async <T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> => {
    const result = await pool.query(sql, params as unknown[] | undefined);
    return { rows: result.rows as T[] };
  };

  return {
    kind: 'postgres',
    query,
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      const tx: Queryable = {
        async query<T>(sql: string, params?: readonly unknown[]) {
          const result = await client.query(sql, params as unknown[] | undefined);
          return { rows: result.rows as T[] };
        },
        async exec(sql) {
          await client.query(sql);
        },
      };
      try {
        await client.query('BEGIN');
        const value = await fn(tx);
        await client.query('COMMIT');
        client.release();
        return value;
      } catch (error) {
        // A broken connection cannot be rolled back; destroy it instead of returning it to the pool.
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch {
          client.release(true);
        }
        throw error;
      }
    },
    async hasExtension(name) {
      const { rows } = await query<{ ok: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1) AS ok',
        [name],
      );
      return rows[0]?.ok === true;
    },
    async close() {
      await pool.end();
    },
  };
}
