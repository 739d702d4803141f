// bench:orchestration — time from POST /v1/tasks to completion of an N-step task (instant fake LLM), against the
// same N activities in a bare Temporal workflow on the same dev server, in the same run. Prints the ratio.
//   npm run bench:orchestration -- --help
// --timeline adds where the serial runs' time went: the start at the caller, then (from their histories) median ms
// waiting for and running workflow and activity tasks.
// The workers (OctoLLM's and the bare baseline's, with the fake LLM) run in a child process, so the caller's requests
// and result polls do not compete with them for one event loop; --same-process runs them in the caller's process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import proto, { type temporal } from '@temporalio/proto';
import { intOption, parseScriptArgs } from '../cli/args.js';
import { rememberWorkflowId } from '../contracts/names.js';
import { MAX_PLAN_STEPS } from '../contracts/plan.js';
import { findTemporalCli } from '../temporal/cli-path.js';
import { exitOnInterrupt, startDevServer } from '../temporal/dev-server.js';
import { createDataConverter } from '../temporal/codec/data-converter.js';
import { generatePayloadKey, parsePayloadKeyring } from '../temporal/codec/keyring.js';
import { BARE_QUEUE, BENCH_API_KEY, spawnBenchWorkers, startBenchWorkers } from './orchestration-workers.js';

const USAGE = `Usage: npm run bench:orchestration -- [--steps 5] [--tasks 20] [--concurrency 4] [--timeline] [--same-process]

Time from POST /v1/tasks to completion of an N-step task (instant fake LLM), against the same N activities in a bare
Temporal workflow on the same dev server in the same run; prints both and their ratio.

Options:
  --steps N          steps per task (default 5)
  --tasks N          tasks per measurement (default 20)
  --concurrency N    tasks in flight in the concurrent runs (default 4)
  --timeline         also show where the serial runs' time went (from their histories)
  --same-process     run the workers in this process instead of a child process
  -h, --help`;
const OPTIONS = {
  steps: { type: 'string' },
  tasks: { type: 'string' },
  concurrency: { type: 'string' },
  timeline: { type: 'boolean' },
  'same-process': { type: 'boolean' },
} as const;
const { STEPS, TASKS, CONCURRENCY, values } = parseScriptArgs(OPTIONS, USAGE, ({ values }) => ({
  STEPS: intOption(values.steps, 'steps', 1, MAX_PLAN_STEPS, USAGE) ?? 5,
  TASKS: intOption(values.tasks, 'tasks', 1, 10_000, USAGE) ?? 20,
  CONCURRENCY: intOption(values.concurrency, 'concurrency', 1, 256, USAGE) ?? 4,
  values,
}));

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function timed(count: number, concurrency: number, run: (i: number) => Promise<void>): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await run(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

function report(name: string, r: { latencies: number[]; wallMs: number }): { p50: number } {
  const p50 = percentile(r.latencies, 50);
  // Interleaved serial runs have no wall time of their own (wallMs 0): no throughput for them.
  const throughput = r.wallMs > 0 ? `${((r.latencies.length / r.wallMs) * 1000).toFixed(1).padStart(6)} tasks/s` : '';
  console.log(`${name.padEnd(34)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${percentile(r.latencies, 95).toFixed(1).padStart(7)} ms   ${throughput}`);
  return { p50 };
}

const where = values['same-process'] ? 'workers in this process' : 'workers in a child process';
console.log(`bench:orchestration — ${STEPS}-step tasks, ${TASKS} tasks per run, concurrency ${CONCURRENCY}, instant fake LLM, ${where}\n`);
exitOnInterrupt();
process.stdout.write('starting Temporal dev server… ');
const server = await startDevServer({ cliPath: findTemporalCli(process.env.TEMPORAL_CLI_PATH), headless: true });
console.log(server.address);

const dataDir = mkdtempSync(join(tmpdir(), 'octo-bench-data-'));
const payloadKey = generatePayloadKey();
process.stdout.write('starting the OctoLLM stack and the bare worker (bundling workflows)… ');
const workerOptions = { temporalAddress: server.address, payloadKey, dataDir, steps: STEPS };
const workers = await (values['same-process'] ? startBenchWorkers : spawnBenchWorkers)(workerOptions);
console.log(`${workers.gatewayUrl}\n`);

const headers = { authorization: `Bearer ${BENCH_API_KEY}`, 'content-type': 'application/json' };
// Completion is observed with Temporal's long-poll on the result (as the bare baseline is), not by polling the API.
const observer = new Client({
  connection: await Connection.connect({ address: server.address }),
  dataConverter: createDataConverter(parsePayloadKeyring(payloadKey)),
});
const memoryWrites: Promise<unknown>[] = [];
/** Each run's workflow id and how long its start took at the caller (POST → 202, or the start RPC), for --timeline. */
interface Run {
  workflowId: string;
  startMs: number;
}
const runs = { ours: [] as Run[], bare: new Map<string, Run[]>() };
async function runTask(i: number): Promise<void> {
  const t0 = performance.now();
  const response = await fetch(`${workers.gatewayUrl}/v1/tasks`, { method: 'POST', headers, body: JSON.stringify({ goal: `bench task ${i} ${Date.now()}` }) });
  if (response.status !== 202) throw new Error(`POST /v1/tasks answered ${response.status}: ${await response.text()}`);
  const { taskId } = (await response.json()) as { taskId: string };
  runs.ours.push({ workflowId: taskId, startMs: performance.now() - t0 });
  const task = (await observer.workflow.getHandle(taskId).result()) as { status: string };
  if (task.status !== 'completed') throw new Error(`bench task ${taskId} ended ${task.status}`);
  memoryWrites.push(observer.workflow.getHandle(rememberWorkflowId(taskId)).result());
}
/** Waits (untimed) for the detached memory writes, so the next serial measurement starts on an idle machine. */
async function settle(): Promise<void> {
  await Promise.all(memoryWrites.splice(0));
}

const client = new Client({ connection: await Connection.connect({ address: server.address }) });
// On a task's critical path: the planner and the N steps as activities on arm queues; the judge rules, the
// guardian scan, the cache write and the start of the memory write run beside the workflow (in-workflow / local
// activities); the memory write itself is a workflow of its own that the result does not wait for.
const activityCount = STEPS + 1;
/** A bare chain of `steps` activities: no-ops (bareWorkflow) or the coder arm's LLM call (bareLlmWorkflow). */
const runBare = (steps: number, workflowType: 'bareWorkflow' | 'bareLlmWorkflow' = 'bareWorkflow') => async (i: number) => {
  const workflowId = `${workflowType}-${steps}-${i}-${Date.now()}`;
  const t0 = performance.now();
  const handle = await client.workflow.start(workflowType, { taskQueue: BARE_QUEUE, workflowId, args: [steps] });
  const key = `${workflowType}-${steps}`;
  runs.bare.set(key, [...(runs.bare.get(key) ?? []), { workflowId, startMs: performance.now() - t0 }]);
  await handle.result();
};

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const eventName = (e: HistoryEvent): string => proto.temporal.api.enums.v1.EventType[e.eventType ?? 0]!.replace('EVENT_TYPE_', '');
const eventMs = (e: HistoryEvent): number => Number(e.eventTime?.seconds ?? 0) * 1000 + (e.eventTime?.nanos ?? 0) / 1e6;

/** A run's history events, fetched once for both --timeline tables. */
const histories = new Map<string, Promise<HistoryEvent[]>>();
function eventsOf(workflowId: string): Promise<HistoryEvent[]> {
  let events = histories.get(workflowId);
  if (!events) histories.set(workflowId, (events = observer.workflow.getHandle(workflowId).fetchHistory().then((h) => h.events ?? [])));
  return events;
}

/**
 * Where one run's time went: its start at the caller, then from its history the time from start to close and the
 * ms spent waiting for and running workflow and activity tasks (the local activities run inside workflow tasks).
 */
async function phases({ workflowId, startMs }: Run): Promise<Record<string, number>> {
  const events = await eventsOf(workflowId);
  const out: Record<string, number> = {
    'start (at the caller)': startMs,
    'start → close': eventMs(events.at(-1)!) - eventMs(events[0]!),
    'workflow task wait': 0,
    'workflow task run': 0,
    'activity wait': 0,
    'activity run': 0,
  };
  const pairs: [string, string, string][] = [
    ['WORKFLOW_TASK_SCHEDULED', 'WORKFLOW_TASK_STARTED', 'workflow task wait'],
    ['WORKFLOW_TASK_STARTED', 'WORKFLOW_TASK_COMPLETED', 'workflow task run'],
    ['ACTIVITY_TASK_SCHEDULED', 'ACTIVITY_TASK_STARTED', 'activity wait'],
    ['ACTIVITY_TASK_STARTED', 'ACTIVITY_TASK_COMPLETED', 'activity run'],
  ];
  const open = new Map<string, number[]>();
  for (const e of events) {
    const name = eventName(e);
    for (const [from, to, phase] of pairs) {
      if (name === from) open.set(phase, [...(open.get(phase) ?? []), eventMs(e)]);
      if (name === to && open.get(phase)?.length) out[phase]! += eventMs(e) - open.get(phase)!.shift()!;
    }
  }
  return out;
}

/**
 * One run's workflow tasks in order: how long each ran and what it recorded (the commands that follow its
 * completion: scheduled activities, local-activity markers, search-attribute upserts, the close).
 */
async function workflowTasks({ workflowId }: Run): Promise<{ runMs: number; recorded: string }[]> {
  const events = await eventsOf(workflowId);
  const tasks: { runMs: number; recorded: string[] }[] = [];
  let startedAt: number | undefined;
  for (const e of events) {
    const name = eventName(e);
    if (name === 'WORKFLOW_TASK_STARTED') startedAt = eventMs(e);
    else if (name === 'WORKFLOW_TASK_COMPLETED' && startedAt !== undefined) tasks.push({ runMs: eventMs(e) - startedAt, recorded: [] });
    else if (name === 'WORKFLOW_TASK_SCHEDULED') startedAt = undefined;
    else if (startedAt !== undefined && tasks.length && name !== 'ACTIVITY_TASK_STARTED' && name !== 'ACTIVITY_TASK_COMPLETED') {
      const marker = e.markerRecordedEventAttributes?.markerName;
      const what = marker ? (marker === 'core_patch' ? 'patch marker' : 'local activity') : e.activityTaskScheduledEventAttributes ? `activity ${e.activityTaskScheduledEventAttributes.activityType?.name}` : name.toLowerCase().replaceAll('_', ' ');
      tasks.at(-1)!.recorded.push(what);
    }
  }
  return tasks.map((t) => ({ runMs: t.runMs, recorded: [...new Set(t.recorded)].join(', ') }));
}

/** The median of `pick` over the runs' k-th entries (workflow task or activity), as printed; '' when no run has one. */
function medianAt<T>(runs: T[][], k: number, pick: (entry: T) => number): string {
  const xs = runs.filter((r) => r[k]).map((r) => pick(r[k]!));
  return xs.length ? percentile(xs, 50).toFixed(1) : '';
}

/** Median run time per workflow task, ours beside bare, with what ours recorded: where the workflow-task time goes. */
async function printWorkflowTasks(ours: Run[], bare: Run[]): Promise<void> {
  const [oursTasks, bareTasks] = await Promise.all([Promise.all(ours.map(workflowTasks)), Promise.all(bare.map(workflowTasks))]);
  const runMs = (t: { runMs: number }): number => t.runMs;
  console.log(`\n${'workflow task'.padEnd(22)}${'OctoLLM ms'.padStart(11)}${'bare ms'.padStart(9)}  OctoLLM recorded`);
  const count = Math.max(...oursTasks.map((r) => r.length), ...bareTasks.map((r) => r.length));
  for (let k = 0; k < count; k++) {
    const recorded = oursTasks.find((r) => r[k])?.[k]?.recorded ?? '';
    console.log(`${`#${k + 1}`.padEnd(22)}${medianAt(oursTasks, k, runMs).padStart(11)}${medianAt(bareTasks, k, runMs).padStart(9)}  ${recorded}`);
  }
}

/** One run's activities in order: ms from scheduled to started (wait) and from started to completed (run). */
async function activityTasks({ workflowId }: Run): Promise<{ name: string; waitMs: number; runMs: number }[]> {
  const events = await eventsOf(workflowId);
  // Keyed by the scheduled event's id, which the started and completed events name.
  const byId = new Map<number, { name: string; scheduledAt: number; startedAt?: number; completedAt?: number }>();
  for (const e of events) {
    const scheduled = e.activityTaskScheduledEventAttributes;
    if (scheduled) byId.set(Number(e.eventId), { name: scheduled.activityType?.name ?? '?', scheduledAt: eventMs(e) });
    const started = byId.get(Number(e.activityTaskStartedEventAttributes?.scheduledEventId));
    if (started) started.startedAt = eventMs(e);
    const completed = byId.get(Number(e.activityTaskCompletedEventAttributes?.scheduledEventId));
    if (completed) completed.completedAt = eventMs(e);
  }
  return [...byId.values()].flatMap(({ name, scheduledAt, startedAt, completedAt }) =>
    startedAt !== undefined && completedAt !== undefined ? [{ name, waitMs: startedAt - scheduledAt, runMs: completedAt - startedAt }] : [],
  );
}

/** Median wait and run per activity, ours beside the bare LLM chain (the same coder activity): where activity time goes. */
async function printActivities(ours: Run[], bareLlm: Run[]): Promise<void> {
  const [o, b] = await Promise.all([Promise.all(ours.map(activityTasks)), Promise.all(bareLlm.map(activityTasks))]);
  console.log(`\n${'activity'.padEnd(22)}${'OctoLLM wait/run'.padStart(18)}${'bare LLM wait/run'.padStart(19)}  OctoLLM activity`);
  const count = Math.max(...o.map((r) => r.length), ...b.map((r) => r.length));
  for (let k = 0; k < count; k++) {
    const cell = (runs: typeof o) => `${medianAt(runs, k, (a) => a.waitMs)} / ${medianAt(runs, k, (a) => a.runMs)}`;
    console.log(`${`#${k + 1}`.padEnd(22)}${cell(o).padStart(18)}${cell(b).padStart(19)}  ${o.find((r) => r[k])?.[k]?.name ?? ''}`);
  }
}

/** Median per phase over runs, ours beside bare: the --timeline table. */
async function printPhases(columns: [string, Run[]][]): Promise<void> {
  const tables = await Promise.all(columns.map(async ([, ids]) => Promise.all(ids.map(phases))));
  console.log(`${'median ms per run'.padEnd(22)}${columns.map(([label]) => label.padStart(18)).join('')}`);
  for (const phase of Object.keys(tables[0]![0]!)) {
    console.log(`${phase.padEnd(22)}${tables.map((runs) => percentile(runs.map((r) => r[phase]!), 50).toFixed(1).padStart(18)).join('')}`);
  }
}

// Warm-up: first workflow tasks pay for isolate creation and connection set-up.
await timed(3, 1, runTask);
await timed(3, 1, runBare(STEPS));

// Serial runs interleave one of each per round, so a change in machine load hits all three alike, and each starts
// once the previous task's detached memory write has landed (the ×N runs below include that background work).
const serial = { ours: [] as number[], bare: [] as number[], bareSame: [] as number[], bareLlm: [] as number[] };
for (let i = 0; i < TASKS; i++) {
  const round = [
    ['ours', runTask],
    ['bare', runBare(STEPS)],
    ['bareSame', runBare(activityCount)],
    ['bareLlm', runBare(activityCount, 'bareLlmWorkflow')],
  ] as const;
  for (const [key, run] of round) {
    const t0 = performance.now();
    await run(i);
    serial[key].push(performance.now() - t0);
    await settle();
  }
}
if (values.timeline) {
  const lastSerial = (list: Run[] = []): Run[] => list.slice(-TASKS);
  await printPhases([
    [`OctoLLM ${STEPS} steps`, lastSerial(runs.ours)],
    [`bare ${STEPS}`, lastSerial(runs.bare.get(`bareWorkflow-${STEPS}`))],
    [`bare ${activityCount}`, lastSerial(runs.bare.get(`bareWorkflow-${activityCount}`))],
    [`bare ${activityCount} LLM`, lastSerial(runs.bare.get(`bareLlmWorkflow-${activityCount}`))],
  ]);
  await printWorkflowTasks(lastSerial(runs.ours), lastSerial(runs.bare.get(`bareWorkflow-${activityCount}`)));
  await printActivities(lastSerial(runs.ours), lastSerial(runs.bare.get(`bareLlmWorkflow-${activityCount}`)));
  console.log('');
}
const sequentialOurs = report(`OctoLLM ${STEPS}-step task (serial)`, { latencies: serial.ours, wallMs: 0 });
const sequentialBare = report(`bare ${STEPS} activities (serial)`, { latencies: serial.bare, wallMs: 0 });
const sequentialBareSame = report(`bare ${activityCount} activities (serial)`, { latencies: serial.bareSame, wallMs: 0 });
const sequentialBareLlm = report(`bare ${activityCount} LLM activities (serial)`, { latencies: serial.bareLlm, wallMs: 0 });
console.log('');
await settle();
const concurrentOurs = report(`OctoLLM ${STEPS}-step task (×${CONCURRENCY})`, await timed(TASKS, CONCURRENCY, runTask));
const concurrentBare = report(`bare ${STEPS} activities (×${CONCURRENCY})`, await timed(TASKS, CONCURRENCY, runBare(STEPS)));

console.log(`\nratio OctoLLM / bare ${STEPS} activities, p50 serial:       ${(sequentialOurs.p50 / sequentialBare.p50).toFixed(2)}×`);
console.log(`ratio OctoLLM / bare ${activityCount} activities (same count), p50: ${(sequentialOurs.p50 / sequentialBareSame.p50).toFixed(2)}×`);
console.log(`ratio OctoLLM / bare ${activityCount} LLM activities (same calls), p50: ${(sequentialOurs.p50 / sequentialBareLlm.p50).toFixed(2)}×`);
console.log(`ratio OctoLLM / bare ${STEPS} activities, p50 ×${CONCURRENCY}:       ${(concurrentOurs.p50 / concurrentBare.p50).toFixed(2)}×`);
console.log(`(an OctoLLM ${STEPS}-step task runs ${activityCount} remote activities on its critical path: the planner and the steps,`);
console.log(` each an LLM call; the LLM baseline runs the coder arm's activity ${activityCount} times, the same calls through the same client)`);

await workers.stop();
await server.stop();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
