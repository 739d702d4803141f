// Records the Temporal histories of representative task runs into test/histories/<scenario>.json, which
// test/replay.test.ts replays against the current workflow code. See test/histories/README.md.
//
//   npx tsx scripts/record-history.ts              # every scenario
//   npx tsx scripts/record-history.ts approval     # one (or several)
//
// Uses TEMPORAL_ADDRESS when set, else starts a throwaway dev server. Payloads are encrypted with the
// test-only key in test/histories/payload-key (created on first use), so the tests can decode them.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { parseScriptArgs } from '../cli/args.js';
import { UsageError } from '../cli/cli-error.js';
import { rememberWorkflowId } from '../contracts/names.js';
import { generatePayloadKey } from '../temporal/codec/keyring.js';
import { findTemporalCli } from '../temporal/cli-path.js';
import { exitOnInterrupt, startDevServer } from '../temporal/dev-server.js';
import { bySchema, startFakeLlm, type FakeLlmServer, type FakeReply } from '../test/support/fake-llm.js';
import { codeReply, passVerdict, SLUG_TASK, THREE_STEP_PLAN } from '../test/support/scripts.js';
import { startTestStack, type TestStack } from '../test/support/test-stack.js';

const HISTORIES_DIR = fileURLToPath(new URL('../test/histories/', import.meta.url));
const KEY_FILE = join(HISTORIES_DIR, 'payload-key');

const happy = bySchema({ plan: { json: THREE_STEP_PLAN }, code_result: codeReply, criterion_verdict: passVerdict });
const rejected: FakeReply = { status: 400, body: { error: { message: 'model not found', type: 'invalid_request_error' } } };
const riskyPlan = { rationale: 'one risky step', steps: [{ id: 's1', arm: 'coder', action: 'Write the migration', dependsOn: [], acceptanceCriteria: [], risky: true }] };

interface Scenario {
  about: string;
  /** Also record the task's memory workflow, as `<name>-memory.json`. */
  memory?: boolean;
  /** Runs one task on the stack and returns its task id once it has ended. */
  run(stack: TestStack, llm: FakeLlmServer): Promise<string>;
}

async function submit(stack: TestStack, body: Record<string, unknown>): Promise<string> {
  const { status, body: reply } = await stack.api('POST', '/v1/tasks', { body });
  if (status !== 202) throw new Error(`submit failed: ${status} ${JSON.stringify(reply)}`);
  return reply.taskId;
}

async function expectEnd(stack: TestStack, taskId: string, status: string, code?: string): Promise<string> {
  const task = await stack.waitForTask(taskId);
  if (task.status !== status || (code && task.error?.code !== code)) {
    throw new Error(`expected ${status}${code ? ` (${code})` : ''}, got ${task.status} ${JSON.stringify(task.error ?? {})}`);
  }
  return taskId;
}

const SCENARIOS: Record<string, Scenario> = {
  success: {
    about: 'plan → two parallel steps → dependant step → judge → completed',
    async run(stack, llm) {
      llm.respondWith(happy);
      return expectEnd(stack, await submit(stack, SLUG_TASK), 'completed');
    },
  },
  'repair-round': {
    about: 'the judge fails a criterion once; the final step is redone with feedback, then passes',
    async run(stack, llm) {
      let verdicts = 0;
      llm.respondWith((r) => (r.schemaName === 'criterion_verdict' && verdicts++ === 0 ? { json: { passed: false, reason: 'no slugify export' } } : happy(r)));
      return expectEnd(stack, await submit(stack, { ...SLUG_TASK, goal: 'repair round task' }), 'completed');
    },
  },
  approval: {
    about: 'a risky step waits in awaiting_approval until POST /approve (an update), then completes',
    async run(stack, llm) {
      llm.respondWith(bySchema({ plan: { json: riskyPlan }, code_result: codeReply }));
      const taskId = await submit(stack, { goal: 'approval task' });
      await stack.waitForTask(taskId, { until: (t) => t.status === 'awaiting_approval' });
      const approved = await stack.api('POST', `/v1/tasks/${taskId}/approve`, { body: { stepId: 's1', approved: true, comment: 'ok' } });
      if (approved.status !== 200) throw new Error(`approve failed: ${JSON.stringify(approved.body)}`);
      return expectEnd(stack, taskId, 'completed');
    },
  },
  'budget-stop': {
    about: 'the plan alone spends the token budget: budget_exceeded before the first step',
    async run(stack, llm) {
      llm.respondWith(happy);
      return expectEnd(stack, await submit(stack, { ...SLUG_TASK, goal: 'budget task', budget: { maxTokens: 100 } }), 'failed', 'budget_exceeded');
    },
  },
  failure: {
    about: 'the provider rejects the coder request (HTTP 400): llm_request_rejected, not retried',
    async run(stack, llm) {
      llm.respondWith((r) => (r.schemaName === 'code_result' ? rejected : happy(r)));
      return expectEnd(stack, await submit(stack, { ...SLUG_TASK, goal: 'failing task' }), 'failed', 'llm_request_rejected');
    },
  },
  // `remembered.json` (a child workflow, patched('remember-in-detached-workflow')), `handed-to-memory.json` (the
  // output guard, the cache write and the memory hand-off as three local activities,
  // patched('remember-via-local-activity')) and `finished-in-one-call.json` (those three as one local activity,
  // finishTask, patched('finish-in-one-call')) are kept, not re-recorded: they replay the runs started before the
  // change that followed each.
  // Recorded since visibility writes were throttled (patched('usage-upserts-throttled'), which implies the one-call
  // finish): tokens and cost ride on the status upserts, and the fake model's instant steps upsert nothing between.
  'usage-throttled': {
    about: 'the success run with usage search attributes written with status changes, not after every call (memory run recorded too)',
    memory: true,
    async run(stack, llm) {
      llm.respondWith(happy);
      const taskId = await expectEnd(stack, await submit(stack, { ...SLUG_TASK, goal: 'usage upserts throttled' }), 'completed');
      await stack.waitForMemory(taskId);
      return taskId;
    },
  },
  'rule-verdict': {
    about: 'a task with no acceptance criteria: the rule verdict passes it at once, so `validating` is never upserted',
    async run(stack, llm) {
      llm.respondWith(happy);
      return expectEnd(stack, await submit(stack, { goal: 'no criteria to judge' }), 'completed');
    },
  },
  'retried-after-failure': {
    about: 'the failure above, then POST /retry after the provider is fixed: the reset run completes',
    async run(stack, llm) {
      llm.respondWith((r) => (r.schemaName === 'code_result' ? rejected : happy(r)));
      const taskId = await expectEnd(stack, await submit(stack, { ...SLUG_TASK, goal: 'retried task' }), 'failed', 'llm_request_rejected');
      llm.respondWith(happy);
      const retried = await stack.api('POST', `/v1/tasks/${taskId}/retry`);
      if (retried.status !== 202) throw new Error(`retry failed: ${JSON.stringify(retried.body)}`);
      await stack.waitForTask(taskId, { until: (t) => t.status === 'completed' });
      return taskId;
    },
  },
};

function payloadKey(): string {
  if (!existsSync(KEY_FILE)) writeFileSync(KEY_FILE, `${generatePayloadKey('test-histories')}\n`);
  return readFileSync(KEY_FILE, 'utf8').trim();
}

async function main(names: string[]): Promise<void> {
  const chosen = names.length ? names : Object.keys(SCENARIOS);

  exitOnInterrupt();
  const server = process.env.TEMPORAL_ADDRESS ? undefined : await startDevServer({ cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH), headless: true });
  if (server) process.env.TEMPORAL_ADDRESS = server.address;
  const llm = await startFakeLlm(happy);
  const stack = await startTestStack({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${llm.url}/v1`, OCTOLLM_PAYLOAD_KEY: payloadKey() });
  try {
    for (const name of chosen) {
      const scenario = SCENARIOS[name]!;
      const taskId = await scenario.run(stack, llm);
      const runs = [{ file: name, workflowId: taskId }, ...(scenario.memory ? [{ file: `${name}-memory`, workflowId: rememberWorkflowId(taskId) }] : [])];
      for (const { file: base, workflowId } of runs) {
        const history = await stack.client.workflow.getHandle(workflowId).fetchHistory();
        const file = join(HISTORIES_DIR, `${base}.json`);
        writeFileSync(file, `${JSON.stringify(JSON.parse(historyToJSON(history)), null, 1)}\n`);
        console.log(`${base}: ${history.events?.length ?? 0} events → ${file}`);
      }
    }
  } finally {
    await stack.stop();
    await llm.close();
    await server?.stop();
  }
}

const USAGE = `Usage: npx tsx scripts/record-history.ts [SCENARIO ...]

Runs each scenario (all by default) against a Temporal server and writes its history to test/histories/<scenario>.json,
which test/replay.test.ts replays. Uses TEMPORAL_ADDRESS when set, else starts a throwaway dev server.

Scenarios: ${Object.keys(SCENARIOS).join(', ')}
Options:
  -h, --help`;

const names = parseScriptArgs({}, USAGE, ({ positionals }) => {
  const unknown = positionals.filter((n) => !(n in SCENARIOS));
  if (unknown.length) throw new UsageError(`unknown scenario(s): ${unknown.join(', ')}`);
  return positionals;
}, { min: 0, max: Object.keys(SCENARIOS).length });
main(names).then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
