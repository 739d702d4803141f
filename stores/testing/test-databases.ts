// For tests: the two databases every repository test runs against — embedded PGlite in a temp dir,
// and the real PostgreSQL (OCTOLLM_TEST_DATABASE_URL) in a fresh schema dropped afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPgDb } from '../sql/pg-db.js';
import { createPgliteDb } from '../sql/pglite-db.js';
import { migrate } from '../sql/migrate.js';
import type { SqlDb } from '../sql/sql-db.js';

export const TEST_DATABASE_URL = process.env.OCTOLLM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  db: SqlDb;
  /** What a second process needs to open the same database. */
  location: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; schema: string };
  dispose(): Promise<void>;
}

export interface TestDatabaseTarget {
  name: 'pglite' | 'postgres';
  /** Set when the target is unavailable: the reason, for `{ skip }`. */
  skip?: string;
  open(options?: { migrate?: boolean }): Promise<TestDatabase>;
}

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return `PostgreSQL at OCTOLLM_TEST_DATABASE_URL not reachable (${(error as Error).message}): PostgreSQL tests skipped`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openPgliteTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'octollm-pglite-'));
  const db = await createPgliteDb({ dataDir });
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    location: { kind: 'pglite', dataDir },
    async dispose() {
      await db.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openPostgresTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = createPgDb({ connectionString: TEST_DATABASE_URL, schema, max: 4 });
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    location: { kind: 'postgres', url: TEST_DATABASE_URL, schema },
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

/** Both targets; the PostgreSQL one carries a skip reason when the server cannot be reached. */
export async function testDatabaseTargets(): Promise<TestDatabaseTarget[]> {
  const skip = await postgresReachable();
  return [
    { name: 'pglite', open: openPgliteTestDatabase },
    { name: 'postgres', ...(skip ? { skip } : {}), open: openPostgresTestDatabase },
  ];
}

/** Opens a database at a location handed over from another process (crash tests). */
export async function reopenTestDatabase(location: TestDatabase['location']): Promise<SqlDb> {
  return location.kind === 'pglite'
    ? createPgliteDb({ dataDir: location.dataDir })
    : createPgDb({ connectionString: location.url, schema: location.schema, max: 2 });
}
