// The embedded configuration end to end: every store opens with no services configured, history
// survives a restart, and retention erases one tenant from every store.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createMemoryActivities } from '../activities/memory/activities.js';
import { openStores } from './open-stores.js';
import { getTask } from './repositories/tasks.js';
import { searchEntities } from './repositories/knowledge-graph.js';
import { cleanUpOldData, deleteTenantData } from './retention.js';

const config = (dataDir: string) => ({ dataDir, qdrant: {}, llm: { models: {} } });
const state = (tenantId: string, taskId: string) => ({
  taskId,
  tenantId,
  status: 'completed' as const,
  plan: { steps: [{ id: 's1', arm: 'coder', action: 'do it', dependsOn: [], acceptanceCriteria: [], risky: false }], rationale: 'r' },
  steps: [],
  usage: { inputTokens: 1, outputTokens: 1, costUsd: 0 },
  provenance: [],
  submittedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:05:00.000Z',
});

describe('openStores with nothing configured', () => {
  it('runs every store embedded, and history survives a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'octollm-stores-'));
    try {
      const first = await openStores(config(dataDir));
      assert.deepEqual(await first.health(), { postgres: 'embedded', vectors: 'embedded', redis: 'embedded' });
      assert.equal(first.embedder.name, 'hashing-256');
      const memory = createMemoryActivities({ ...first, redact: (t) => t });
      await memory.recordTaskState({ workflowId: 'wf-1', goal: 'summarise the changelog', state: state('acme', 'task-1') });
      await first.close();

      const second = await openStores(config(dataDir));
      assert.equal((await getTask(second.db, 'acme', 'task-1'))?.goal, 'summarise the changelog');
      const again = createMemoryActivities({ ...second, redact: (t) => t });
      assert.equal((await again.findSimilarPlans({ tenantId: 'acme', goal: 'summarise the changelog' }))[0]?.taskId, 'task-1');
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('deleteTenantData erases one tenant from SQL, vectors and the status cache; clean-up ages out episodes', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'octollm-stores-'));
    const stores = await openStores(config(dataDir));
    try {
      const memory = createMemoryActivities({ ...stores, redact: (t) => t });
      for (const tenant of ['gone', 'kept']) {
        await memory.recordTaskState({ workflowId: `wf-${tenant}`, goal: 'index the wiki pages', state: state(tenant, `task-${tenant}`) });
        await memory.upsertEntities({ workflowId: `wf-${tenant}`, stepId: 's1', tenantId: tenant, entities: [{ type: 'doc', name: 'wiki index' }] });
        await stores.taskStatus.set(tenant, `task-${tenant}`, { status: 'completed' });
      }
      const counts = await deleteTenantData(stores, 'gone');
      assert.equal(counts.tasks, 1);
      assert.equal(counts.entities, 1);
      assert.equal(await getTask(stores.db, 'gone', 'task-gone'), undefined);
      assert.deepEqual(await memory.searchEpisodes({ tenantId: 'gone', query: 'index the wiki pages' }), []);
      assert.equal(await stores.taskStatus.get('gone', 'task-gone'), undefined);
      // The other tenant is untouched.
      assert.equal((await memory.searchEpisodes({ tenantId: 'kept', query: 'index the wiki pages' })).length, 1);
      assert.equal((await searchEntities(stores.db, 'kept', 'wiki')).length, 1);
      assert.deepEqual(await stores.taskStatus.get('kept', 'task-kept'), { status: 'completed' });
      // Episodes are dated by their task's update time (2026-01-01): a 30-day policy in March removes them.
      await cleanUpOldData(stores, { episodeMaxAgeDays: 30, actionLogMaxAgeDays: 30, now: new Date('2026-03-01T00:00:00Z') });
      assert.deepEqual(await memory.searchEpisodes({ tenantId: 'kept', query: 'index the wiki pages' }), []);
    } finally {
      await stores.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
