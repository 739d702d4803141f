// The one behaviour every VectorStore must have, run against each implementation by
// vector-store.test.ts: tenant isolation, idempotent upserts, filters, dimensions, deletion.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { TestContext } from 'node:test';
import type { Arm } from '../../contracts/names.js';
import { pointIdOf, type VectorPayload, type VectorPoint, type VectorStore } from './vector-store.js';

export interface VectorStoreFixture {
  store: VectorStore;
  /** Counts every point of the arm, across tenants (for idempotency checks). */
  countPoints(arm: Arm): Promise<number>;
  dispose(): Promise<void>;
}

type Payload = VectorPayload & { text: string; success: boolean };

const DIM = 8;

/** A unit vector pointing mostly along axis `i`, nudged by `j` so neighbours are distinct. */
function axis(i: number, j = 0): number[] {
  const v = new Array<number>(DIM).fill(0);
  v[i % DIM] = 1;
  v[(i + 1) % DIM] = j * 0.05;
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

function point(tenantId: string, stepId: string, vector: number[], extra: Partial<Payload> = {}): VectorPoint {
  const payload: Payload = { tenantId, createdAtMs: Date.parse('2026-01-01T00:00:00Z'), text: stepId, success: true, ...extra };
  return { id: pointIdOf(tenantId, 'wf', stepId), vector, payload };
}

export async function vectorStoreContract(t: TestContext, openFixture: () => Promise<VectorStoreFixture>): Promise<void> {
  const run = (name: string, fn: (f: VectorStoreFixture, arm: Arm) => Promise<void>): Promise<void> =>
    t.test(name, async () => {
      const fixture = await openFixture();
      try {
        await fixture.store.ensureCollection('retriever', DIM);
        await fn(fixture, 'retriever');
      } finally {
        await fixture.dispose();
      }
    });

  await Promise.all([
    run('returns the nearest points of the tenant, closest first, with payloads', async ({ store }, arm) => {
      await store.upsert(arm, [point('a', 's0', axis(0)), point('a', 's1', axis(1)), point('a', 's2', axis(2)), point('a', 's0b', axis(0, 3))]);
      const hits = await store.search<Payload>(arm, axis(0), { tenantId: 'a', limit: 2 });
      assert.deepEqual(hits.map((h) => h.payload.text), ['s0', 's0b']);
      assert.ok(hits[0]!.score > hits[1]!.score && hits[0]!.score > 0.99);
      assert.equal(hits[0]!.id, pointIdOf('a', 'wf', 's0'));
    }),
    run('never returns another tenant’s points', async ({ store }, arm) => {
      await store.upsert(arm, [point('a', 's0', axis(0)), point('b', 's0', axis(0)), point('b', 's1', axis(0, 1))]);
      const hits = await store.search<Payload>(arm, axis(0), { tenantId: 'a', limit: 10 });
      assert.deepEqual(hits.map((h) => h.payload.tenantId), ['a']);
      assert.deepEqual(await store.search(arm, axis(0), { tenantId: 'nobody', limit: 10 }), []);
    }),
    run('upserting the same point twice (a retry) leaves one point, with the latest payload', async ({ store, countPoints }, arm) => {
      await store.upsert(arm, [point('a', 's0', axis(0), { text: 'first' })]);
      await store.upsert(arm, [point('a', 's0', axis(0), { text: 'retried' })]);
      assert.equal(await countPoints(arm), 1);
      const [hit] = await store.search<Payload>(arm, axis(0), { tenantId: 'a' });
      assert.equal(hit?.payload.text, 'retried');
    }),
    run('filters on exact payload values', async ({ store }, arm) => {
      await store.upsert(arm, [point('a', 'ok', axis(0), { success: true }), point('a', 'bad', axis(0, 1), { success: false })]);
      const hits = await store.search<Payload>(arm, axis(0), { tenantId: 'a', filter: { success: false } });
      assert.deepEqual(hits.map((h) => h.payload.text), ['bad']);
    }),
    run('upserts large batches', async ({ store, countPoints }, arm) => {
      const points = Array.from({ length: 1_200 }, (_, i) => point('a', `bulk-${i}`, axis(i, (i % 7) + 1)));
      await store.upsert(arm, points);
      assert.equal(await countPoints(arm), 1_200);
    }),
    run('an arm with no collection has no points; a collection keeps its dimension', async ({ store }) => {
      assert.deepEqual(await store.search('judge', axis(0), { tenantId: 'a' }), []);
      await store.ensureCollection('retriever', DIM); // same dimension again: fine
      await assert.rejects(store.ensureCollection('retriever', DIM * 2), /dimension/);
    }),
    run('deleteTenant removes the tenant from every collection and nobody else', async ({ store, countPoints }, arm) => {
      await store.ensureCollection('coder', DIM);
      await store.upsert(arm, [point('a', 's0', axis(0)), point('b', 's0', axis(0))]);
      await store.upsert('coder', [point('a', 's1', axis(1))]);
      await store.deleteTenant('a');
      assert.deepEqual(await store.search(arm, axis(0), { tenantId: 'a' }), []);
      assert.deepEqual(await store.search('coder', axis(1), { tenantId: 'a' }), []);
      assert.equal(await countPoints(arm), 1);
    }),
    run('deleteOlderThan removes only points created before the cutoff', async ({ store }, arm) => {
      const old = Date.parse('2025-01-01T00:00:00Z');
      const recent = Date.parse('2026-06-01T00:00:00Z');
      await store.upsert(arm, [point('a', 'old', axis(0), { createdAtMs: old }), point('a', 'new', axis(0, 1), { createdAtMs: recent })]);
      await store.deleteOlderThan(new Date('2026-01-01T00:00:00Z'));
      const hits = await store.search<Payload>(arm, axis(0), { tenantId: 'a' });
      assert.deepEqual(hits.map((h) => h.payload.text), ['new']);
    }),
  ]);
}

/** A tenant id unique to one test, for stores shared between tests (Qdrant). */
export const uniqueTenant = (): string => `t-${randomUUID()}`;
