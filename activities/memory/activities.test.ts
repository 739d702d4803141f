// The memory activities end to end on both databases: PII redaction on the way in, idempotency
// under retries (including a worker killed mid-write), tenant isolation, hybrid search with
// citations, and similar-plan lookup.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { MemoryActivities, RecordStepResultInput } from '../../contracts/memory.js';
import type { Plan } from '../../contracts/plan.js';
import type { TaskState } from '../../contracts/step.js';
import type { Provenance } from '../../contracts/usage.js';
import { createHashingEmbedder } from '../../stores/embeddings/hashing-embedder.js';
import { listActions } from '../../stores/repositories/action-log.js';
import { getTask } from '../../stores/repositories/tasks.js';
import { createPgliteDb } from '../../stores/sql/pglite-db.js';
import type { SqlDb } from '../../stores/sql/sql-db.js';
import { reopenTestDatabase, testDatabaseTargets, type TestDatabase } from '../../stores/testing/test-databases.js';
import { createPgVectorStore } from '../../stores/vectors/pgvector-store.js';
import { collectionName, type VectorStore } from '../../stores/vectors/vector-store.js';
import { createMemoryActivities } from './activities.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';

// A real, simple redactor of our own: e-mail addresses become a placeholder.
const redactEmails = (text: string): string => text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<EMAIL_ADDRESS>');

const provenance: Provenance = {
  arm: 'coder',
  model: 'openai:gpt-4.1-mini',
  promptHash: 'p',
  inputHash: 'i',
  usage: { inputTokens: 10, outputTokens: 5, costUsd: 0.001 },
  durationMs: 12,
  confidence: 0.8,
  timestamp: '2026-01-01T00:00:00.000Z',
};

const plan = (action: string): Plan => ({
  steps: [{ id: 's1', arm: 'coder', action, dependsOn: [], acceptanceCriteria: [], risky: false }],
  rationale: 'one step',
});

function state(tenantId: string, n: number, status: TaskState['status'], p?: Plan): TaskState {
  return {
    taskId: `task-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    tenantId,
    status,
    ...(p ? { plan: p } : {}),
    steps: [],
    usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
    provenance: [],
    submittedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-01T00:0${n % 10}:00.000Z`,
  };
}

describe('reciprocal-rank fusion', () => {
  it('scores 1/(60+rank) per list and lets agreement between lists win', () => {
    const fused = reciprocalRankFusion([['a', 'b', 'c'], ['c', 'd']], (x) => x);
    assert.deepEqual(fused.map((f) => f.key), ['c', 'a', 'b', 'd']); // b and d tie at 1/62: key order
    assert.equal(fused[0]!.score, 1 / 63 + 1 / 61);
    assert.equal(fused[1]!.score, 1 / 61);
  });
});

const targets = await testDatabaseTargets();

for (const target of targets) {
  describe(`memory activities on ${target.name}`, { skip: target.skip ?? false }, () => {
    let t: TestDatabase;
    let vectorDb: SqlDb;
    let vectors: VectorStore;
    let memory: MemoryActivities;
    const countRows = async (sql: string, params: unknown[]): Promise<number> =>
      (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

    before(async () => {
      t = await target.open();
      // Embedded mode keeps vectors in the same PGlite; with a PostgreSQL server lacking pgvector
      // they live in a PGlite of their own (what openVectorStore does).
      vectorDb = target.name === 'pglite' ? t.db : await createPgliteDb();
      vectors = createPgVectorStore({ db: vectorDb });
      memory = createMemoryActivities({ db: t.db, vectors, embedder: createHashingEmbedder(), redact: redactEmails, inlineOutputBytes: 64 });
    });
    after(async () => {
      if (vectorDb !== t.db) await vectorDb.close();
      // The crash test reopens PGlite; close the handle in use (dispose closes the first one).
      if (t.location.kind === 'pglite') await t.db.close();
      await t?.dispose();
    });

    it('records task state and steps redacted; large outputs become artifacts; retries change nothing', async () => {
      const s = { ...state('acme', 1, 'running', plan('email ada@example.com the report')) };
      s.steps = [{ id: 's1', arm: 'coder', action: 'email ada@example.com', dependsOn: [], status: 'running', risky: false }];
      await memory.recordTaskState({ workflowId: 'wf-1', goal: 'Send the report to ada@example.com', state: s });
      const step: RecordStepResultInput = {
        workflowId: 'wf-1',
        taskId: s.taskId,
        tenantId: 'acme',
        stepId: 's1',
        arm: 'coder',
        action: 'email ada@example.com',
        status: 'completed',
        output: `Sent to ada@example.com. ${'Long report body. '.repeat(10)}`,
        provenance,
      };
      await memory.recordStepResult(step);
      await memory.recordStepResult(step); // Temporal retry
      const got = await getTask(t.db, 'acme', s.taskId);
      assert.equal(got?.goal, 'Send the report to <EMAIL_ADDRESS>');
      assert.equal(got?.plan?.steps[0]?.action, 'email <EMAIL_ADDRESS> the report');
      assert.equal(got?.steps[0]?.action, 'email <EMAIL_ADDRESS>');
      assert.ok(got?.steps[0]?.output?.startsWith('Sent to <EMAIL_ADDRESS>. Long report body.'), JSON.stringify(got?.steps));
      const raw = JSON.stringify((await t.db.query('SELECT * FROM task_steps')).rows) + JSON.stringify((await t.db.query('SELECT * FROM artifacts')).rows);
      assert.ok(!raw.includes('ada@example.com'), 'no stored row holds the address');
      assert.equal(await countRows('task_steps WHERE task_id = $1', [s.taskId]), 1);
      assert.equal(await countRows('artifacts WHERE tenant_id = $1', ['acme']), 1, 'the large output went to one artifact');
      assert.equal((await listActions(t.db, 'acme', s.taskId)).length, 1);
      assert.equal(await getTask(t.db, 'intruder', s.taskId), undefined);
    });

    it('a worker killed mid-write, then retried, leaves exactly one row', async () => {
      const step: RecordStepResultInput = {
        workflowId: 'wf-crash',
        taskId: 'task-crash',
        tenantId: 'acme',
        stepId: 's1',
        arm: 'executor',
        action: 'run tests',
        status: 'completed',
        output: 'all green',
        provenance: { ...provenance, arm: 'executor' },
      };
      // PGlite is single-process: hand the data directory over to the child while it writes.
      if (t.location.kind === 'pglite') await t.db.close();
      const child = fork(fileURLToPath(new URL('./fixtures/crash-mid-write.ts', import.meta.url)), [JSON.stringify(t.location), JSON.stringify(step)], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      await new Promise<void>((resolve, reject) => {
        child.once('message', (m) => (m === 'mid-write' ? resolve() : reject(new Error(String(m)))));
        child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      if (t.location.kind === 'pglite') {
        // Reopen after the crash (PGlite recovers from its WAL) and rebuild what used the old handle.
        t.db = await reopenTestDatabase(t.location);
        vectorDb = t.db;
        vectors = createPgVectorStore({ db: vectorDb });
        memory = createMemoryActivities({ db: t.db, vectors, embedder: createHashingEmbedder(), redact: redactEmails, inlineOutputBytes: 64 });
      }
      assert.equal(await countRows('task_steps WHERE task_id = $1', ['task-crash']), 0, 'the killed write was rolled back');
      await memory.recordStepResult(step); // the retry Temporal schedules
      await memory.recordStepResult(step); // and one more for good measure
      assert.equal(await countRows('task_steps WHERE task_id = $1', ['task-crash']), 1);
      assert.equal(await countRows('action_log WHERE task_id = $1', ['task-crash']), 1);
    });

    it('upserts episodes redacted and idempotently; searches see only the tenant’s episodes', async () => {
      const input = { workflowId: 'wf-e', tenantId: 'acme', taskId: 'task-e', stepId: 's1', arm: 'coder' as const, text: 'Fixed the flaky payment webhook test for bob@example.com', success: true, createdAt: '2026-01-02T00:00:00.000Z' };
      const first = await memory.upsertEpisode(input);
      const retry = await memory.upsertEpisode(input);
      assert.equal(first.episodeId, retry.episodeId);
      await memory.upsertEpisode({ ...input, tenantId: 'rival', text: 'Fixed the flaky payment webhook test' });
      const { rows } = await vectorDb.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${collectionName('coder')} WHERE id = $1`, [first.episodeId]);
      assert.equal(rows[0]?.n, 1);
      const hits = await memory.searchEpisodes({ tenantId: 'acme', query: 'flaky webhook test' });
      assert.deepEqual(hits.map((h) => h.episodeId), [first.episodeId]);
      assert.equal(hits[0]?.payload.text, 'Fixed the flaky payment webhook test for <EMAIL_ADDRESS>');
      assert.equal(hits[0]?.payload.taskId, 'task-e');
    });

    it('searchKnowledge fuses entities and episodes with citations, tenant-filtered', async () => {
      const written = await memory.upsertEntities({
        workflowId: 'wf-k',
        stepId: 's2',
        tenantId: 'acme',
        entities: [{ type: 'service', name: 'payments-api', properties: { owner: 'carol@example.com', summary: 'handles the payment webhook' } }],
        relationships: [{ from: { type: 'service', name: 'payments-api' }, to: { type: 'team', name: 'billing' }, type: 'owned_by' }],
      });
      const retried = await memory.upsertEntities({
        workflowId: 'wf-k',
        stepId: 's2',
        tenantId: 'acme',
        entities: [{ type: 'service', name: 'payments-api', properties: { owner: 'carol@example.com', summary: 'handles the payment webhook' } }],
        relationships: [{ from: { type: 'service', name: 'payments-api' }, to: { type: 'team', name: 'billing' }, type: 'owned_by' }],
      });
      assert.deepEqual(retried, written);
      assert.equal(await countRows("entities WHERE tenant_id = 'acme' AND name IN ('payments-api', 'billing')", []), 2);
      assert.equal(await countRows("relationships WHERE tenant_id = 'acme'", []), 1);
      await memory.upsertEntities({ workflowId: 'wf-r', stepId: 's1', tenantId: 'rival', entities: [{ type: 'service', name: 'rival payment webhook', properties: {} }] });

      const result = await memory.searchKnowledge({ tenantId: 'acme', query: 'payment webhook', limit: 5 });
      const entityHit = result.hits.find((h) => h.source === 'entity');
      const episodeHit = result.hits.find((h) => h.source === 'episode');
      assert.equal(entityHit?.id, written.entityIds[0]);
      assert.equal(entityHit?.entity?.properties.owner, '<EMAIL_ADDRESS>');
      assert.equal(episodeHit?.episode?.taskId, 'task-e');
      assert.deepEqual(result.citations, result.hits.map((h) => h.id));
      assert.ok(!JSON.stringify(result).includes('rival'), 'nothing of the other tenant');
      assert.ok(result.hits.every((h, i, all) => i === 0 || all[i - 1]!.score >= h.score));
    });

    it('rememberTask writes the task, its steps and one episode per completed step in one idempotent call', async () => {
      const s = state('acme', 9, 'completed', plan('draft the release notes'));
      s.steps = [
        { id: 's1', arm: 'retriever', action: 'find the changes', dependsOn: [], risky: false, status: 'completed', output: 'PR 12 by eve@example.com', provenance: { ...provenance, arm: 'retriever' } },
        { id: 's2', arm: 'coder', action: 'write the notes', dependsOn: ['s1'], risky: false, status: 'completed', output: 'Release notes', provenance },
        { id: 's3', arm: 'coder', action: 'never ran', dependsOn: ['s2'], risky: false, status: 'skipped' },
      ];
      const input = { workflowId: 'wf-9', goal: 'Draft the release notes', state: s };
      await memory.rememberTask(input);
      await memory.rememberTask(input); // a retry lands on what it wrote
      assert.equal((await getTask(t.db, 'acme', s.taskId))?.status, 'completed');
      assert.equal(await countRows('task_steps WHERE task_id = $1', [s.taskId]), 3);
      const episodes = async (arm: 'planner' | 'retriever' | 'coder'): Promise<Array<{ step_id: string; text: string; success: boolean }>> =>
        (await vectorDb.query<{ step_id: string; text: string; success: boolean }>(
          `SELECT payload->>'stepId' AS step_id, payload->>'text' AS text, (payload->>'success')::boolean AS success FROM ${collectionName(arm)} WHERE payload->>'taskId' = $1`,
          [s.taskId],
        )).rows;
      assert.deepEqual(await episodes('retriever'), [{ step_id: 's1', text: 'find the changes\nPR 12 by <EMAIL_ADDRESS>', success: true }]);
      assert.deepEqual((await episodes('coder')).map((e) => e.step_id), ['s2']);
      assert.deepEqual((await episodes('planner')).map((e) => [e.step_id, e.text]), [['__task__', 'Draft the release notes']]);
    });

    it('findSimilarPlans offers the plans of the tenant’s completed tasks with similar goals', async () => {
      const done = state('acme', 5, 'completed', plan('parse the CSV and load it into the warehouse'));
      await memory.recordTaskState({ workflowId: 'wf-5', goal: 'Import the sales CSV into the data warehouse', state: done });
      await memory.recordTaskState({ workflowId: 'wf-6', goal: 'Import the sales CSV into the warehouse again', state: state('acme', 6, 'failed', plan('a plan that failed')) });
      await memory.recordTaskState({ workflowId: 'wf-7', goal: 'Import the sales CSV into the data warehouse', state: state('rival', 7, 'completed', plan('rival plan')) });
      await memory.recordTaskState({ workflowId: 'wf-8', goal: 'Write a limerick about cats', state: state('acme', 8, 'completed', plan('write the limerick')) });
      const similar = await memory.findSimilarPlans({ tenantId: 'acme', goal: 'import a CSV of sales into our warehouse', limit: 3 });
      assert.equal(similar[0]?.taskId, done.taskId);
      assert.equal(similar[0]?.plan.steps[0]?.action, 'parse the CSV and load it into the warehouse');
      assert.ok(!similar.some((s) => s.plan.rationale === 'rival plan' || s.plan.steps[0]?.action === 'a plan that failed'));
    });

    it('stores artifacts redacted and loads them only for their tenant', async () => {
      const ref = await memory.storeArtifact({ tenantId: 'acme', content: 'prompt mentioning eve@example.com' });
      assert.deepEqual(await memory.loadArtifact({ tenantId: 'acme', artifactId: ref.artifactId }), { content: 'prompt mentioning <EMAIL_ADDRESS>' });
      assert.equal(await memory.loadArtifact({ tenantId: 'rival', artifactId: ref.artifactId }), null);
    });
  });
}
