// Every repository against both databases (embedded PGlite and the real PostgreSQL): behaviour,
// idempotency of writes, and tenant isolation of reads.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TaskRecord } from '../../contracts/memory.js';
import { testDatabaseTargets, type TestDatabase } from '../testing/test-databases.js';
import { listActions, recordAction } from './action-log.js';
import { createApiKey, hashApiKey, listApiKeys, revokeApiKey, verifyApiKey } from './api-keys.js';
import { getArtifact, putArtifact } from './artifacts.js';
import { appendAudit, listAudit } from './audit.js';
import { getEntity, relatedEntities, searchEntities, upsertEntities, upsertRelationships } from './knowledge-graph.js';
import { deleteActionsOlderThan, deleteTenantRows } from './retention.js';
import { getTask, InvalidCursorError, listTasks, recordStep, upsertTask } from './tasks.js';

const targets = await testDatabaseTargets();

function task(tenantId: string, n: number, overrides: Partial<TaskRecord> = {}): TaskRecord {
  const id = `task-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    taskId: id,
    tenantId,
    workflowId: id,
    goal: `goal ${n}`,
    status: 'running',
    steps: [],
    usage: { inputTokens: n, outputTokens: 0, costUsd: 0 },
    provenance: [],
    submittedAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, n, 30)).toISOString(),
    ...overrides,
  };
}

for (const target of targets) {
  describe(`repositories on ${target.name}`, { skip: target.skip ?? false }, () => {
    let t: TestDatabase;
    before(async () => {
      t = await target.open();
    });
    after(async () => {
      await t?.dispose();
    });

    describe('tasks', () => {
      it('stores a task with its steps and reads it back for its tenant only', async () => {
        const record = task('acme', 1, {
          plan: { steps: [{ id: 'b', arm: 'coder', action: 'code', dependsOn: ['a'], acceptanceCriteria: [], risky: false }, { id: 'a', arm: 'retriever', action: 'look', dependsOn: [], acceptanceCriteria: [], risky: false }], rationale: 'r' },
        });
        await upsertTask(t.db, record);
        for (const id of ['a', 'b']) {
          await recordStep(t.db, { taskId: record.taskId, stepId: id, tenantId: 'acme', workflowId: record.workflowId, arm: 'coder', action: 'x', dependsOn: [], risky: id === 'b', status: 'completed', output: `out ${id}` });
        }
        const got = await getTask(t.db, 'acme', record.taskId);
        assert.equal(got?.goal, 'goal 1');
        assert.deepEqual(got?.steps.map((s) => [s.id, s.output, s.risky]), [['b', 'out b', true], ['a', 'out a', false]], 'steps follow the plan order');
        assert.equal(await getTask(t.db, 'other', record.taskId), undefined);
      });

      it('ignores a snapshot older than the stored one (a late retry) and applies a newer one', async () => {
        const record = task('acme', 2, { status: 'completed', updatedAt: '2026-01-01T01:00:00.000Z' });
        assert.equal(await upsertTask(t.db, record), true);
        assert.equal(await upsertTask(t.db, { ...record, status: 'running', updatedAt: '2026-01-01T00:59:00.000Z' }), false);
        assert.equal((await getTask(t.db, 'acme', record.taskId))?.status, 'completed');
        assert.equal(await upsertTask(t.db, { ...record, status: 'failed', updatedAt: '2026-01-01T01:01:00.000Z' }), true);
        assert.equal((await getTask(t.db, 'acme', record.taskId))?.status, 'failed');
        // Another tenant cannot overwrite the row by reusing its id.
        assert.equal(await upsertTask(t.db, { ...record, tenantId: 'evil', updatedAt: '2026-02-01T00:00:00.000Z' }), false);
        assert.equal((await getTask(t.db, 'acme', record.taskId))?.status, 'failed');
      });

      it('lists newest first with a status filter and cursor paging', async () => {
        for (let n = 10; n < 15; n++) await upsertTask(t.db, task('pager', n, { status: n % 2 ? 'completed' : 'running' }));
        await upsertTask(t.db, task('someone-else', 99));
        const first = await listTasks(t.db, 'pager', { limit: 2 });
        assert.deepEqual(first.tasks.map((x) => x.goal), ['goal 14', 'goal 13']);
        assert.ok(first.nextCursor);
        const second = await listTasks(t.db, 'pager', { limit: 2, cursor: first.nextCursor! });
        assert.deepEqual(second.tasks.map((x) => x.goal), ['goal 12', 'goal 11']);
        const third = await listTasks(t.db, 'pager', { limit: 2, cursor: second.nextCursor! });
        assert.deepEqual(third.tasks.map((x) => x.goal), ['goal 10']);
        assert.equal(third.nextCursor, undefined);
        const completed = await listTasks(t.db, 'pager', { status: 'completed' });
        assert.deepEqual(completed.tasks.map((x) => x.goal), ['goal 13', 'goal 11']);
        await assert.rejects(listTasks(t.db, 'pager', { cursor: 'not-a-cursor' }), InvalidCursorError);
      });
    });

    describe('api keys', () => {
      it('returns the plain key once, stores only its hash, verifies and revokes', async () => {
        const created = await createApiKey(t.db, 'keyed', { name: 'ci', tier: 'free' });
        assert.match(created.key, /^octo_[A-Za-z0-9_-]{43}$/);
        const { rows } = await t.db.query<{ key_hash: string; prefix: string }>('SELECT key_hash, prefix FROM api_keys WHERE id = $1', [created.id]);
        assert.equal(rows[0]?.key_hash, hashApiKey(created.key));
        assert.ok(!JSON.stringify(rows).includes(created.key));
        assert.deepEqual(await verifyApiKey(t.db, created.key), { keyId: created.id, tenantId: 'keyed', tier: 'free', piiPolicy: 'redact' });
        assert.equal(await verifyApiKey(t.db, `${created.key}x`), undefined);
        assert.equal(await verifyApiKey(t.db, 'not-even-our-format'), undefined);
        assert.equal((await listApiKeys(t.db, 'keyed'))[0]?.prefix, created.key.slice(0, 12));
        assert.equal(await revokeApiKey(t.db, 'other-tenant', created.id), false);
        assert.equal(await revokeApiKey(t.db, 'keyed', created.id), true);
        assert.equal(await verifyApiKey(t.db, created.key), undefined);
      });
      it("keeps each key's PII policy, and the database refuses one that is not a policy", async () => {
        const strict = await createApiKey(t.db, 'keyed', { piiPolicy: 'block' });
        assert.equal((await verifyApiKey(t.db, strict.key))?.piiPolicy, 'block');
        assert.equal((await listApiKeys(t.db, 'keyed')).find((k) => k.id === strict.id)?.piiPolicy, 'block');
        await assert.rejects(t.db.query("UPDATE api_keys SET pii_policy = 'mask' WHERE id = $1", [strict.id]), /check constraint/);
      });
    });

    describe('artifacts', () => {
      it('are content-addressed per tenant: the same content twice is one row', async () => {
        const a = await putArtifact(t.db, 'arts', 'a large prompt');
        const b = await putArtifact(t.db, 'arts', 'a large prompt');
        assert.equal(a.artifactId, b.artifactId);
        assert.match(a.artifactId, /^sha256:[0-9a-f]{64}$/);
        const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM artifacts WHERE tenant_id = $1', ['arts']);
        assert.equal(rows[0]?.n, 1);
        assert.equal(await getArtifact(t.db, 'arts', a.artifactId), 'a large prompt');
        assert.equal(await getArtifact(t.db, 'other', a.artifactId), undefined);
      });
    });

    describe('knowledge graph', () => {
      it('upserts idempotently and merges properties', async () => {
        const [id] = await upsertEntities(t.db, 'kg', [{ type: 'library', name: 'Fastify', properties: { language: 'TypeScript' } }]);
        const before = await getEntity(t.db, 'kg', id!);
        // A retry of the same write: same id, row untouched.
        const [again] = await upsertEntities(t.db, 'kg', [{ type: 'Library', name: ' fastify ', properties: { language: 'TypeScript' } }]);
        assert.equal(again, id);
        assert.deepEqual(await getEntity(t.db, 'kg', id!), before);
        await upsertEntities(t.db, 'kg', [{ type: 'library', name: 'Fastify', properties: { purpose: 'web framework' } }]);
        assert.deepEqual((await getEntity(t.db, 'kg', id!))?.properties, { language: 'TypeScript', purpose: 'web framework' });
        const { rows } = await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM entities WHERE tenant_id = 'kg'");
        assert.equal(rows[0]?.n, 1);
      });

      it('finds entities by stemmed words in names and properties, and by misspelt names', async () => {
        await upsertEntities(t.db, 'kg', [
          { type: 'tool', name: 'tree-sitter', properties: { summary: 'incremental parsing library for source code' } },
          { type: 'person', name: 'Ada Lovelace', properties: { summary: 'wrote the first published algorithm' } },
        ]);
        const parsing = await searchEntities(t.db, 'kg', 'which parsers handle code?');
        assert.equal(parsing[0]?.name, 'tree-sitter');
        const typo = await searchEntities(t.db, 'kg', 'Fastfy');
        assert.equal(typo[0]?.name, 'Fastify');
        assert.deepEqual(await searchEntities(t.db, 'kg', '   '), []);
        assert.deepEqual(await searchEntities(t.db, 'kg', "o'brien \\ & | ! :*"), []);
      });

      it('never shows one tenant another tenant’s entities or relationships', async () => {
        const [theirs] = await upsertEntities(t.db, 'tenant-b', [{ type: 'secret', name: 'Project Falcon', properties: { note: 'launch plans' } }]);
        const [mine] = await upsertEntities(t.db, 'tenant-a', [{ type: 'project', name: 'Project Heron', properties: { note: 'launch plans' } }]);
        const hits = await searchEntities(t.db, 'tenant-a', 'project launch plans falcon');
        assert.deepEqual(hits.map((h) => h.name), ['Project Heron']);
        assert.equal(await getEntity(t.db, 'tenant-a', theirs!), undefined);
        // A relationship from my entity to theirs is silently not created.
        await upsertRelationships(t.db, 'tenant-a', [{ fromId: mine!, toId: theirs!, type: 'spies_on' }]);
        assert.deepEqual(await relatedEntities(t.db, 'tenant-a', mine!), []);
        const [other] = await upsertEntities(t.db, 'tenant-a', [{ type: 'team', name: 'Ops' }]);
        const ids = await upsertRelationships(t.db, 'tenant-a', [{ fromId: other!, toId: mine!, type: 'owns' }]);
        await upsertRelationships(t.db, 'tenant-a', [{ fromId: other!, toId: mine!, type: 'owns' }]);
        const related = await relatedEntities(t.db, 'tenant-a', mine!);
        assert.deepEqual(related.map((r) => [r.relationship, r.direction, r.entity.name]), [['owns', 'in', 'Ops']]);
        const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM relationships WHERE id = $1', [ids[0]]);
        assert.equal(rows[0]?.n, 1);
      });
    });

    describe('action log and audit', () => {
      it('records one action per (workflow, step, kind) however often it is retried', async () => {
        const action = { tenantId: 'acts', taskId: 'task-x', workflowId: 'wf-x', stepId: 's1', kind: 'step_completed', arm: 'coder' };
        await recordAction(t.db, action);
        await recordAction(t.db, action);
        assert.equal((await listActions(t.db, 'acts', 'task-x')).length, 1);
        assert.equal((await listActions(t.db, 'other', 'task-x')).length, 0);
      });

      it('appends audit events and lists them per tenant, newest first', async () => {
        await appendAudit(t.db, { tenantId: 'aud', kind: 'blocked', detail: { rule: 'injection' } });
        await appendAudit(t.db, { tenantId: 'aud', kind: 'approval', actor: 'ops', detail: { step: 's2' } });
        await appendAudit(t.db, { kind: 'auth_failure', detail: { reason: 'unknown key' } });
        const entries = await listAudit(t.db, 'aud');
        assert.deepEqual(entries.map((e) => e.kind), ['approval', 'blocked']);
        assert.equal(entries[0]?.actor, 'ops');
      });
    });

    describe('retention', () => {
      it('deletes every row of one tenant and nothing of another', async () => {
        for (const [i, tenant] of ['gone', 'kept'].entries()) {
          await upsertTask(t.db, task(tenant, 50 + i));
          await recordStep(t.db, { taskId: `${tenant}-task`, stepId: 's', tenantId: tenant, workflowId: 'wf', arm: 'coder', action: 'a', dependsOn: [], risky: false, status: 'completed' });
          await putArtifact(t.db, tenant, 'blob');
          const [a, b] = await upsertEntities(t.db, tenant, [{ type: 'x', name: 'one' }, { type: 'x', name: 'two' }]);
          await upsertRelationships(t.db, tenant, [{ fromId: a!, toId: b!, type: 'near' }]);
          await recordAction(t.db, { tenantId: tenant, taskId: 't', workflowId: `wf-${tenant}`, stepId: 's', kind: 'k' });
          await appendAudit(t.db, { tenantId: tenant, kind: 'blocked' });
          await createApiKey(t.db, tenant);
        }
        const counts = await deleteTenantRows(t.db, 'gone');
        assert.deepEqual(counts, { relationships: 1, entities: 2, task_steps: 1, action_log: 1, artifacts: 1, tasks: 1, audit_log: 1, api_keys: 1, tenants: 1 });
        const again = await deleteTenantRows(t.db, 'gone');
        assert.ok(Object.values(again).every((n) => n === 0));
        assert.equal((await searchEntities(t.db, 'kept', 'one two')).length, 2);
        assert.equal((await listTasks(t.db, 'kept')).tasks.length, 1);
      });

      it('ages out action-log rows older than the cutoff', async () => {
        await recordAction(t.db, { tenantId: 'aging', taskId: 't', workflowId: 'wf-old', stepId: 's', kind: 'k' });
        await t.db.query("UPDATE action_log SET created_at = now() - interval '40 days' WHERE workflow_id = 'wf-old'");
        await recordAction(t.db, { tenantId: 'aging', taskId: 't', workflowId: 'wf-new', stepId: 's', kind: 'k' });
        const removed = await deleteActionsOlderThan(t.db, new Date(Date.now() - 30 * 86_400_000));
        assert.ok(removed >= 1);
        assert.deepEqual((await listActions(t.db, 'aging', 't')).map((a) => a.workflowId), ['wf-new']);
      });
    });
  });
}
