// Model calls heartbeat, against a real Temporal dev server and the fake OpenAI server: a reply slower than the
// activity's heartbeat timeout still completes, and a workflow cancel aborts the in-flight HTTP request at once.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Client, Connection, WorkflowFailedError } from '@temporalio/client';
import { CancelledFailure } from '@temporalio/common';
import { DefaultLogger, NativeConnection, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { loadConfig } from '../config/config.js';
import type { StepInput } from '../contracts/step.js';
import { cliPath, sharedAddress, skipWithoutTemporal } from '../test/support/temporal-server.js';
import { startDevServer, type DevServer } from '../temporal/dev-server.js';
import { startFakeLlm, type FakeLlmServer } from '../test/support/fake-llm.js';
import { codeReply } from '../test/support/scripts.js';
import { createCoderActivities } from './coder/activities.js';
import { createLlm } from './llm/llm.js';

const skip = skipWithoutTemporal;

const HEARTBEAT_TIMEOUT_MS = 1_500;
const SLOW_REPLY_MS = 3_500;

const step = (id: string): StepInput => ({
  taskId: `heartbeat-${id}`,
  tenantId: 'test',
  goal: 'write a slugify function',
  step: { id, arm: 'coder', action: `Write a slugify function in TypeScript (${id})`, acceptanceCriteria: [] },
  inputs: {},
  context: {},
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('model calls in activities heartbeat', { skip, timeout: 60_000 }, () => {
  let server: DevServer | undefined;
  let llm: FakeLlmServer;
  let connection: Connection;
  let client: Client;
  let workerConnection: NativeConnection | undefined;
  let worker: Worker | undefined;
  let workerRun: Promise<void> | undefined;
  const taskQueue = `heartbeat-test-${randomUUID()}`;

  before(async () => {
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    const [started, bundle, fake] = await Promise.all([
      sharedAddress ? undefined : startDevServer({ cliPath: cliPath as string, headless: true }),
      bundleWorkflowCode({
        workflowsPath: fileURLToPath(new URL('./test-fixtures/model-step-workflow.ts', import.meta.url)),
        logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
      }),
      startFakeLlm(codeReply),
    ]);
    server = started;
    llm = fake;
    const address = sharedAddress ?? started!.address;
    connection = await Connection.connect({ address });
    client = new Client({ connection });
    worker = await Worker.create({
      connection: (workerConnection = await NativeConnection.connect({ address })),
      taskQueue,
      workflowBundle: bundle,
      activities: createCoderActivities({ llm: createLlm(loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${llm.url}/v1` })) }),
    });
    workerRun = worker.run();
  });

  after(async () => {
    worker?.shutdown();
    await workerRun;
    await workerConnection?.close();
    await connection?.close();
    await llm?.close();
    await server?.stop();
  });

  const start = (id: string) =>
    client.workflow.start('modelStepWorkflow', { taskQueue, workflowId: `heartbeat-${id}-${randomUUID()}`, args: [{ step: step(id), heartbeatTimeoutMs: HEARTBEAT_TIMEOUT_MS }] });

  it(`a reply slower than the heartbeat timeout (${SLOW_REPLY_MS} ms > ${HEARTBEAT_TIMEOUT_MS} ms) completes: the call heartbeats`, async () => {
    llm.respondWith(async (request) => {
      await sleep(SLOW_REPLY_MS);
      return codeReply(request);
    });
    const handle = await start('slow');
    const result = await handle.result();
    assert.equal(result.arm, 'coder');
    assert.match(result.output, /slugify/);
    const events = (await handle.fetchHistory()).events ?? [];
    assert.ok(!events.some((e) => e.activityTaskTimedOutEventAttributes), 'no heartbeat timeout');
  });

  it('a workflow cancel reaches the in-flight model call: the request is aborted and the activity ends cancelled', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    llm.respondWith(async (request) => {
      await held; // the model never answers until the test is over
      return codeReply(request);
    });
    try {
      const handle = await start('cancel');
      const sent = (): boolean => llm.requests.some((r) => r.prompt.includes('(cancel)'));
      for (let waited = 0; !sent(); waited += 50) {
        assert.ok(waited < 5_000, 'the model request was never sent');
        await sleep(50);
      }
      await handle.cancel();
      const failure = await Promise.race([
        handle.result().then(
          () => assert.fail('the workflow completed despite the cancel'),
          (err: unknown) => err,
        ),
        // the cancel travels in a heartbeat's reply (sent at most every 0.8 × heartbeatTimeout), then aborts the
        // request; without that the held reply never comes, so this bound only separates "ended" from "hangs"
        sleep(10_000).then(() => assert.fail('the workflow was still running 10 s after the cancel')),
      ]);
      assert.ok(failure instanceof WorkflowFailedError && failure.cause instanceof CancelledFailure, `expected a cancelled workflow, got ${String(failure)}`);
      assert.ok(llm.aborted.some((r) => r.prompt.includes('(cancel)')), 'the fake server saw the request aborted');
      const events = (await handle.fetchHistory()).events ?? [];
      assert.ok(events.some((e) => e.activityTaskCanceledEventAttributes), 'the activity ended as cancelled, not failed or timed out');
      assert.ok(!events.some((e) => e.activityTaskFailedEventAttributes || e.activityTaskTimedOutEventAttributes));
    } finally {
      release();
    }
  });
});
