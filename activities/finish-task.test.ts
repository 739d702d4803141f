// finishTask against real parts: the reflex scanner, the in-process result cache and a Temporal client on the test
// dev server (npm test provides TEMPORAL_ADDRESS).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { Registry } from 'prom-client';
import type { RecordTaskStateInput } from '../contracts/memory.js';
import type { Verdict } from '../contracts/step.js';
import { rememberWorkflowId } from '../contracts/names.js';
import { createReflex } from '../gateway/reflex/index.js';
import { recordingLogger } from '../gateway/reflex/test/redis-helpers.js';
import type { Reflex } from '../gateway/reflex/types.js';
import { createFinishTaskActivities } from './finish-task.js';
import { createGuardianActivities } from './guardian/activities.js';
import { createMemoryHandOffActivities } from './memory/memory-hand-off.js';
import { createTaskResultCacheActivities } from './memory/task-result-cache.js';

const VERDICT: Verdict = { valid: true, confidence: 1, passed: ['mentions the report'], failed: [], issues: [] };

function completedTask(taskId: string): RecordTaskStateInput {
  const now = new Date().toISOString();
  return {
    workflowId: taskId,
    goal: 'write the report',
    state: { taskId, tenantId: 'acme', status: 'completed', steps: [], usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 }, provenance: [], submittedAt: now, updatedAt: now },
  };
}

describe('finishTask', () => {
  let connection: Connection;
  let reflex: Reflex;
  const started: string[] = [];

  before(async () => {
    const address = process.env.TEMPORAL_ADDRESS;
    if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run this with `npm test`');
    connection = await Connection.connect({ address });
    reflex = await createReflex({ registry: new Registry(), logger: recordingLogger() });
  });
  after(async () => {
    // No worker polls here; the memory runs must not wait for the next test file's orchestrator to pick them up.
    const client = new Client({ connection });
    await Promise.all(started.map((id) => client.workflow.getHandle(id).terminate('test cleanup').catch(() => undefined)));
    await connection.close();
  });

  function finisher(client: Client, warnings: unknown[] = []) {
    const scan = (text: string) => {
      const result = reflex.scan(text, 'redact');
      return { redacted: result.redacted, findings: result.pii };
    };
    const parts = {
      guardOutput: createGuardianActivities({ scan }).guardOutput,
      ...createTaskResultCacheActivities({ cache: reflex.cache }),
      ...createMemoryHandOffActivities({ client }),
    };
    return createFinishTaskActivities(parts, (message, meta) => warnings.push({ message, meta }));
  }

  it('guards the output, caches the guarded text and hands memory the task with that result', async () => {
    const taskId = `finish-${randomUUID()}`;
    const client = new Client({ connection });
    const taskHash = randomUUID();
    started.push(rememberWorkflowId(taskId));

    const guarded = await finisher(client).finishTask({ record: completedTask(taskId), output: 'Mail the report to jane.doe@example.com', verdict: VERDICT, taskHash });

    assert.equal(guarded.text, 'Mail the report to [EMAIL]');
    assert.deepEqual(guarded.findings, [{ type: 'EMAIL', count: 1 }]);
    assert.equal((await reflex.cache.get('acme', taskHash))?.output, 'Mail the report to [EMAIL]');
    const history = await client.workflow.getHandle(rememberWorkflowId(taskId)).fetchHistory();
    const input = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
    const record = defaultPayloadConverter.fromPayload<RecordTaskStateInput>(input!);
    assert.equal(record.state.status, 'completed');
    assert.deepEqual(record.state.result, { output: 'Mail the report to [EMAIL]', verdict: VERDICT });
  });

  it('finishes the task when the memory write cannot be started, and says so without task text', async () => {
    const taskId = `finish-${randomUUID()}`;
    const taskHash = randomUUID();
    const warnings: { message: string; meta: Record<string, unknown> }[] = [];
    const nowhere = new Client({ connection, namespace: `no-such-namespace-${randomUUID()}` });

    const guarded = await finisher(nowhere, warnings).finishTask({ record: completedTask(taskId), output: 'the report', verdict: VERDICT, taskHash });

    assert.equal(guarded.text, 'the report');
    assert.equal((await reflex.cache.get('acme', taskHash))?.output, 'the report');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.message, 'could not start the memory write');
    assert.equal(warnings[0]!.meta.taskId, taskId);
    assert.doesNotMatch(JSON.stringify(warnings), /the report/);
  });
});
