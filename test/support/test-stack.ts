// The real stack for integration tests: the runner's Temporal dev server, every worker pool, the gateway on a
// free port, and LLM providers pointed at a fake server. Nothing of ours is mocked.
import { mkdtempSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { loadConfig } from '../../config/config.js';
import { rememberWorkflowId } from '../../contracts/names.js';
import { startStack, type Stack } from '../../runtime/stack.js';
import { createDataConverter } from '../../temporal/codec/data-converter.js';
import { generatePayloadKey, parsePayloadKeyring } from '../../temporal/codec/keyring.js';
import { POOLS } from '../../workers/pools.js';
import { bundleWorkflows } from '../../workers/workflow-bundle.js';
import { startFakeLlm, type FakeLlmServer, type Responder } from './fake-llm.js';

export const KEYS = { acme: 'acme-key-0123456789', globex: 'globex-key-0123456789' } as const;

export interface TestStack extends Stack {
  url: string;
  /** A Temporal client with the stack's data converter, for reading histories and results. */
  client: Client;
  api(method: string, path: string, options?: { key?: string | null; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; body: any }>;
  waitForTask(taskId: string, options?: { key?: string; until?: (task: any) => boolean; timeoutMs?: number }): Promise<any>;
  /** Resolves when the finished task's detached memory write has landed. */
  waitForMemory(taskId: string): Promise<void>;
}

export interface TestStackOptions {
  /** Turns tracing on, exporting here; the workflows are bundled with the tracing interceptors. */
  spanExporter?: SpanExporter;
}

export async function startTestStack(env: Record<string, string | undefined> = {}, options: TestStackOptions = {}): Promise<TestStack> {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the suite with `npm test`, which starts a Temporal dev server');
  const dataDir = mkdtempSync(join(tmpdir(), 'octollm-test-'));
  // A fixed key when given (recording histories that tests replay later), else a fresh one per stack.
  const payloadKey = env.OCTOLLM_PAYLOAD_KEY ?? generatePayloadKey();
  const config = loadConfig({
    TEMPORAL_ADDRESS: address,
    OCTOLLM_API_KEYS: `acme:${KEYS.acme}:unlimited,globex:${KEYS.globex}:unlimited`,
    OCTOLLM_PAYLOAD_KEY: payloadKey,
    OCTOLLM_DATA_DIR: dataDir,
    OCTOLLM_LOG_LEVEL: 'silent',
    PORT: '0',
    ...env,
  });
  const bundlePath = process.env.OCTOLLM_TEST_WORKFLOW_BUNDLE;
  const stack = await startStack(config, {
    pools: POOLS,
    gateway: true,
    // The suite's prebuilt bundle has the default options; tracing or stack traces need a bundle of their own.
    workflowBundle:
      options.spanExporter || config.workflowStackTraces
        ? await bundleWorkflows({ tracing: Boolean(options.spanExporter), stackTraces: config.workflowStackTraces })
        : bundlePath
          ? { codePath: bundlePath }
          : await bundleWorkflows(),
    approvalTimeoutSeconds: Number(env.APPROVAL_TIMEOUT_SECONDS ?? 3_600),
    spanExporter: options.spanExporter,
  });
  const url = stack.gatewayUrl!;
  const connection = await Connection.connect({ address });
  const client = new Client({ connection, namespace: config.temporal.namespace, dataConverter: createDataConverter(parsePayloadKeyring(payloadKey)) });

  const api: TestStack['api'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.key !== null) headers.authorization = `Bearer ${options.key ?? KEYS.acme}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body };
  };

  const finished = (t: any): boolean => ['completed', 'failed', 'cancelled'].includes(t.status);
  const waitForTask: TestStack['waitForTask'] = async (taskId, { key, until = finished, timeoutMs = 30_000 } = {}) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { status, body } = await api('GET', `/v1/tasks/${taskId}`, { key });
      if (status === 200 && until(body)) return body;
      if (Date.now() > deadline) throw new Error(`task ${taskId} did not reach the expected state in ${timeoutMs} ms; last: ${JSON.stringify(body).slice(0, 2_000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  return {
    ...stack,
    url,
    client,
    api,
    waitForTask,
    waitForMemory: (taskId) => client.workflow.getHandle(rememberWorkflowId(taskId)).result(),
    async stop() {
      await stack.stop();
      await connection.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OpenAiStack {
  llm: FakeLlmServer;
  stack: TestStack;
}

/**
 * A fake OpenAI-compatible provider and the stack pointed at it, started before the calling file's tests and
 * stopped after them. The fields are filled in by the `before` hook.
 */
export function useOpenAiStack(responder: Responder, env: Record<string, string | undefined> = {}, options: TestStackOptions = {}): OpenAiStack {
  const ctx = {} as OpenAiStack;
  before(async () => {
    ctx.llm = await startFakeLlm(responder);
    ctx.stack = await startTestStack({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${ctx.llm.url}/v1`, ...env }, options);
  });
  after(async () => {
    await ctx.stack?.stop();
    await ctx.llm?.close();
  });
  return ctx;
}
