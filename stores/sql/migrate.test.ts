// Migrations on both databases: applied in order once, a no-op when current, safe when two
// processes start together.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadMigrations, migrate } from './migrate.js';
import { reopenTestDatabase, testDatabaseTargets } from '../testing/test-databases.js';

const targets = await testDatabaseTargets();

describe('migration files', () => {
  it('are numbered 001, 002, … without gaps or duplicates', async () => {
    const versions = (await loadMigrations()).map((m) => m.version);
    assert.deepEqual(versions, versions.map((_, i) => i + 1));
  });
});

for (const target of targets) {
  describe(`migrate on ${target.name}`, { skip: target.skip ?? false }, () => {
    it('applies every migration once, then nothing', async () => {
      const t = await target.open({ migrate: false });
      try {
        const all = (await loadMigrations()).map((m) => m.version);
        assert.deepEqual(await migrate(t.db), all);
        assert.deepEqual(await migrate(t.db), []);
        const { rows } = await t.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
        assert.deepEqual(rows.map((r) => r.version), all);
        // The tables exist and the full-text column is generated.
        await t.db.query(`INSERT INTO entities (id, tenant_id, type, name) VALUES ('00000000-0000-8000-8000-000000000001', 't', 'x', 'Parsers')`);
        const { rows: found } = await t.db.query(`SELECT 1 FROM entities WHERE search @@ to_tsquery('english', 'parser')`);
        assert.equal(found.length, 1);
      } finally {
        await t.dispose();
      }
    });

    it('two connections migrating at once apply each migration exactly once', { skip: target.name === 'pglite' ? 'PGlite is one process, one connection' : false }, async () => {
      const t = await target.open({ migrate: false });
      const other = await reopenTestDatabase(t.location);
      try {
        const [a, b] = await Promise.all([migrate(t.db), migrate(other)]);
        const all = (await loadMigrations()).map((m) => m.version);
        assert.deepEqual([...a, ...b].sort(), all);
      } finally {
        await other.close();
        await t.dispose();
      }
    });
  });
}
