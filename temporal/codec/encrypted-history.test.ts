// End to end against a real Temporal dev server: a client and worker with our data converter run workflows
// whose input holds PII, then a client WITHOUT the codec reads the raw history and must find none of it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { Client, Connection, WorkflowFailedError } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import proto from '@temporalio/proto';
import Fastify from 'fastify';
import { DefaultLogger, NativeConnection, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import auth from '../../gateway/plugins/auth.js';
import errorEnvelope from '../../gateway/plugins/error-envelope.js';
import codecRoutes from '../../gateway/routes/codec.js';
import { cliPath, sharedAddress, skipWithoutTemporal } from '../../test/support/temporal-server.js';
import { startDevServer, type DevServer } from '../dev-server.js';
import * as activities from './test-fixtures/activities.js';
import { FAILURE_CONVERTER_PATH, createDataConverter } from './data-converter.js';
import { EncryptionCodec } from './encryption-codec.js';
import { parsePayloadKeyring } from './keyring.js';

const EMAIL = 'alice@example.com';
const CARD = '4111 1111 1111 1111';
const GOAL = `Send the invoice to ${EMAIL} and charge card ${CARD}`;
const NAMESPACE = 'default';

// `temporal workflow show -o json`: protobuf JSON, bytes as base64.
interface CliEvent {
  workflowExecutionStartedEventAttributes?: { input: { payloads: { metadata: Record<string, string>; data: string }[] } };
}

const skip = skipWithoutTemporal;
const skipCli = cliPath ? false : 'Temporal CLI not found (set TEMPORAL_CLI_PATH); it is the codec client under test';

describe('encrypted Temporal histories', { skip, timeout: 120_000 }, () => {
  const keyring = parsePayloadKeyring(`hist-k1:${randomBytes(32).toString('base64')}`);
  const dataConverter = createDataConverter(keyring);
  let server: DevServer | undefined;
  let address = sharedAddress ?? '';
  let dir = '';
  let connection: Connection;
  let workerConnection: NativeConnection | undefined;
  let worker: Worker;
  let workerRun: Promise<void>;
  const taskQueue = `codec-test-${randomUUID()}`;

  before(async () => {
    // The SDK logs failed workflows with their messages at WARN — quiet here, and a reminder that the
    // production logger must not print failure messages (they can quote prompts and PII).
    Runtime.install({ logger: new DefaultLogger('ERROR') });
    dir = await mkdtemp(join(tmpdir(), 'octo-codec-'));
    const [started, bundle] = await Promise.all([
      sharedAddress ? undefined : startDevServer({ cliPath: cliPath as string, headless: true, dbFile: join(dir, 't.db') }),
      bundleWorkflowCode({
        workflowsPath: fileURLToPath(new URL('./test-fixtures/workflows.ts', import.meta.url)),
        failureConverterPath: FAILURE_CONVERTER_PATH,
        logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
      }),
    ]);
    server = started;
    if (started) address = started.address;
    connection = await Connection.connect({ address });
    worker = await Worker.create({
      connection: (workerConnection = await NativeConnection.connect({ address })),
      namespace: NAMESPACE,
      taskQueue,
      workflowBundle: bundle,
      activities,
      dataConverter,
    });
    workerRun = worker.run();
  });

  after(async () => {
    if (worker) {
      worker.shutdown();
      await workerRun;
    }
    await workerConnection?.close();
    await connection?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const rawHistoryBytes = async (workflowId: string): Promise<Buffer> => {
    // A client without the codec: what anyone with access to Temporal (or its database) sees.
    const plainClient = new Client({ connection, namespace: NAMESPACE });
    const { history } = await plainClient.workflowService.getWorkflowExecutionHistory({
      namespace: NAMESPACE,
      execution: { workflowId },
    });
    assert.ok(history?.events?.length, 'history has events');
    return Buffer.from(proto.temporal.api.history.v1.History.encode(history).finish());
  };

  const assertNoPlaintext = (bytes: Buffer): void => {
    for (const secret of [EMAIL, CARD, GOAL, GOAL.toUpperCase(), 'invoice', 'INVOICE']) {
      assert.ok(!bytes.includes(secret), `raw history contains "${secret}"`);
    }
    // Every payload is sealed: none is left with the default JSON encoding in the clear.
    assert.ok(!bytes.includes('json/plain'), 'raw history holds an unencrypted json/plain payload');
  };

  it('keeps inputs, activity arguments, results and memo out of the history', async () => {
    const client = new Client({ connection, namespace: NAMESPACE, dataConverter });
    const workflowId = `codec-ok-${randomUUID()}`;
    const handle = await client.workflow.start('echoGoal', {
      taskQueue,
      workflowId,
      args: [{ goal: GOAL }],
      memo: { goal: GOAL },
    });
    assert.equal(await handle.result(), `done: ${GOAL.toUpperCase()} (${GOAL})`);

    const bytes = await rawHistoryBytes(workflowId);
    assertNoPlaintext(bytes);
    assert.ok(bytes.includes('binary/encrypted') && bytes.includes('hist-k1'));

    // Positive control: the sealed input in that same raw history opens with the key.
    const plainClient = new Client({ connection, namespace: NAMESPACE });
    const { history } = await plainClient.workflowService.getWorkflowExecutionHistory({ namespace: NAMESPACE, execution: { workflowId } });
    const sealed = history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
    const [opened] = await new EncryptionCodec(keyring).decode(sealed);
    assert.deepEqual(defaultPayloadConverter.fromPayload(opened as NonNullable<typeof opened>), { goal: GOAL });
  });

  it('keeps failure messages out of the history too', async () => {
    const client = new Client({ connection, namespace: NAMESPACE, dataConverter });
    const workflowId = `codec-fail-${randomUUID()}`;
    const handle = await client.workflow.start('refuseGoal', { taskQueue, workflowId, args: [{ goal: GOAL }] });
    const err = await handle.result().then(
      () => assert.fail('workflow should have failed'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof WorkflowFailedError);
    // With the codec the message is readable again.
    assert.equal((err.cause?.cause as Error | undefined)?.message, `refusing to handle ${GOAL}`);
    assertNoPlaintext(await rawHistoryBytes(workflowId));
  });

  it("lets Temporal's own codec client (the CLI) read the history through the gateway's codec endpoint", { skip: skipCli }, async () => {
    const client = new Client({ connection, namespace: NAMESPACE, dataConverter });
    const workflowId = `codec-cli-${randomUUID()}`;
    await (await client.workflow.start('echoGoal', { taskQueue, workflowId, args: [{ goal: GOAL }] })).result();

    // The gateway's codec plugin behind its real auth and error plugins.
    const app = Fastify();
    await app.register(errorEnvelope);
    await app.register(auth, { apiKeys: [{ tenantId: 't1', key: 'test-key-123', ratePerMinute: 600, tier: 'pro', piiPolicy: 'redact' }] });
    await app.register(codecRoutes, { codec: new EncryptionCodec(keyring), allowedOrigins: [] });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { stdout } = await promisify(execFile)(cliPath as string, [
        ...['workflow', 'show', '-w', workflowId, '-o', 'json'],
        ...['--address', address, '--namespace', NAMESPACE],
        ...['--codec-endpoint', `${base}/codec`, '--codec-auth', 'Bearer test-key-123'],
      ]);
      const history = JSON.parse(stdout) as { events: CliEvent[] };
      const input = history.events[0]?.workflowExecutionStartedEventAttributes?.input.payloads[0];
      assert.ok(input);
      assert.equal(Buffer.from(input.metadata.encoding ?? '', 'base64').toString(), 'json/plain');
      assert.deepEqual(JSON.parse(Buffer.from(input.data, 'base64').toString()), { goal: GOAL });
    } finally {
      await app.close();
    }
  });
});
