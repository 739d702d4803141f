// The serving side of bench:orchestration: the OctoLLM stack (gateway and every worker pool), the bare baseline's
// worker and the instant fake LLM. bench/orchestration.ts runs it in a child process by default, so the caller's
// HTTP requests and result polls do not share an event loop with the workers (as no real client does); with
// --same-process it is started in the caller's process instead.
//   child mode: tsx bench/orchestration-workers.ts '<json BenchWorkerOptions>'  → prints `ready <gatewayUrl>`; stops on
//   SIGTERM or when its stdin closes
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, NativeConnection, Worker } from '@temporalio/worker';
import { createCoderActivities } from '../activities/coder/activities.js';
import { createLlm } from '../activities/llm/llm.js';
import { loadConfig } from '../config/config.js';
import { startStack } from '../runtime/stack.js';
import { bySchema, startFakeLlm } from '../test/support/fake-llm.js';
import { POOLS } from '../workers/pools.js';

export interface BenchWorkerOptions {
  temporalAddress: string;
  payloadKey: string;
  dataDir: string;
  steps: number;
}

export interface BenchWorkers {
  gatewayUrl: string;
  stop(): Promise<void>;
}

export const BENCH_API_KEY = 'bench-key-0123456789';
export const BARE_QUEUE = 'bench-bare';

/** A chain of `steps` coder steps: what the fake planner answers with. */
function chainPlan(steps: number) {
  return {
    rationale: 'a chain',
    steps: Array.from({ length: steps }, (_, i) => ({
      id: `s${i + 1}`,
      arm: 'coder',
      action: `write part ${i + 1}`,
      dependsOn: i === 0 ? [] : [`s${i}`],
      acceptanceCriteria: [],
      risky: false,
    })),
  };
}

export async function startBenchWorkers(options: BenchWorkerOptions): Promise<BenchWorkers> {
  const llm = await startFakeLlm(
    bySchema({
      plan: { json: chainPlan(options.steps) },
      code_result: { json: { language: 'json', code: '{"ok": true}', explanation: 'done' } },
    }),
  );
  const config = loadConfig({
    TEMPORAL_ADDRESS: options.temporalAddress,
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: `${llm.url}/v1`,
    OCTOLLM_API_KEYS: `bench:${BENCH_API_KEY}:unlimited`,
    OCTOLLM_PAYLOAD_KEY: options.payloadKey,
    OCTOLLM_DATA_DIR: options.dataDir,
    OCTOLLM_LOG_LEVEL: 'silent',
    PORT: '0',
  });
  const stack = await startStack(config, { pools: POOLS, gateway: true });
  const bareWorker = await Worker.create({
    connection: await NativeConnection.connect({ address: options.temporalAddress }),
    taskQueue: BARE_QUEUE,
    workflowBundle: await bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('./bare/workflows.ts', import.meta.url)),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error },
    }),
    activities: {
      bareStep: async ({ step, previous }: { step: number; previous: string }) => `${previous}${step}`,
      coderStep: createCoderActivities({ llm: createLlm(config) }).coderStep,
    },
  });
  const bareRunning = bareWorker.run();
  return {
    gatewayUrl: stack.gatewayUrl!,
    async stop() {
      bareWorker.shutdown();
      await bareRunning;
      await stack.stop();
      await llm.close();
    },
  };
}

/** Starts the workers in a child process (this file as its entry) and resolves once it reports its gateway. */
export async function spawnBenchWorkers(options: BenchWorkerOptions): Promise<BenchWorkers> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout! });
  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => line.startsWith('ready ') && resolve(line.slice('ready '.length)));
    void exited.then((code) => reject(new Error(`the bench workers exited with ${code} before they were ready`)));
  });
  return {
    gatewayUrl,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const workers = await startBenchWorkers(JSON.parse(process.argv[2]!) as BenchWorkerOptions);
  console.log(`ready ${workers.gatewayUrl}`);
  const stop = () => void workers.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  // The bench closes our stdin by exiting, however it exits (a timeout's kill, too): then stop rather than linger.
  process.stdin.once('end', stop).resume();
}
