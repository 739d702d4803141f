import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCursor, encodeCursor, taskListQuery } from './visibility-query.js';

test('the visibility query holds only validated values', () => {
  assert.equal(taskListQuery('acme', {}), "WorkflowType = 'taskWorkflow' AND OctoTenant = 'acme'");
  assert.equal(
    taskListQuery('acme.eu', { status: 'failed', arm: 'coder', since: '2025-03-01T10:00:00+02:00' }),
    "WorkflowType = 'taskWorkflow' AND OctoTenant = 'acme.eu' AND OctoStatus = 'failed' AND OctoArms = 'coder' AND StartTime >= '2025-03-01T08:00:00.000Z'",
  );
  assert.throws(() => taskListQuery("acme' OR OctoTenant = 'globex", {}), /invalid tenant/);
  assert.throws(() => taskListQuery('acme', { status: "failed' OR '1'='1" as never }), /refusing/);
  assert.throws(() => taskListQuery('acme', { since: 'not a date' }), /invalid since/);
});

test('a cursor only decodes for the listing that made it', () => {
  const token = Buffer.from('{"StartTime":"2025-03-01T00:00:00Z","RunID":"abc"}');
  const cursor = encodeCursor('acme\nquery', token);
  assert.deepEqual(decodeCursor('acme\nquery', cursor), token);
  assert.equal(decodeCursor('globex\nquery', cursor), undefined);
  assert.equal(decodeCursor('acme\nquery', `${cursor}x`), undefined);
  assert.equal(decodeCursor('acme\nquery', cursor.split('.')[0]!), undefined);
});
