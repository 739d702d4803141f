// bench:replay — workflow-side CPU per task: replays a recorded history (test/histories/) many times in one replay
// worker and prints ms per replay. No server, no network, little noise: the A/B for a change to workflow code, whose
// live cost bench:orchestration can only show inside ±0.2× of run-to-run noise.
//   npm run bench:replay -- --help
import { readFileSync } from 'node:fs';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils.js';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { intOption, parseScriptArgs } from '../cli/args.js';
import { createDataConverter } from '../temporal/codec/data-converter.js';
import { parsePayloadKeyring } from '../temporal/codec/keyring.js';
import { bundleWorkflows } from '../workers/workflow-bundle.js';

const USAGE = `Usage: npm run bench:replay -- [--history finished-in-one-call] [--replays 300] [--rounds 3]

Replays a recorded history (test/histories/<name>.json) many times in one replay worker and prints ms per replay.

Options:
  --history NAME   the history to replay (default finished-in-one-call)
  --replays N      replays per round (default 300)
  --rounds N       rounds; the first includes the V8 context's warm-up (default 3)
  -h, --help`;
const { history: HISTORY, replays: REPLAYS, rounds: ROUNDS } = parseScriptArgs(
  { history: { type: 'string' }, replays: { type: 'string' }, rounds: { type: 'string' } },
  USAGE,
  ({ values }) => ({
    history: values.history ?? 'finished-in-one-call',
    replays: intOption(values.replays, 'replays', 1, 100_000, USAGE) ?? 300,
    rounds: intOption(values.rounds, 'rounds', 1, 100, USAGE) ?? 3,
  }),
);
// The replay workers' state changes would bury the numbers.
Runtime.install({ logger: new DefaultLogger('WARN') });
const HISTORIES = new URL('../test/histories/', import.meta.url);

let history: ReturnType<typeof historyFromJSON>;
try {
  history = historyFromJSON(JSON.parse(readFileSync(new URL(`${HISTORY}.json`, HISTORIES), 'utf8')));
} catch (err) {
  console.error(`cannot read test/histories/${HISTORY}.json: ${err instanceof Error ? err.message : err}`);
  process.exit(2);
}
const dataConverter = createDataConverter(parsePayloadKeyring(readFileSync(new URL('payload-key', HISTORIES), 'utf8').trim(), 'test/histories/payload-key'));
process.stdout.write('bundling workflows… ');
const { code } = await bundleWorkflows();
console.log(`ok\nreplaying ${HISTORY}.json (${history.events?.length ?? 0} events) ${REPLAYS}× per round`);

// The first round includes the V8 context's warm-up; the rest are the steady state.
for (let round = 1; round <= ROUNDS; round++) {
  const inputs = Array.from({ length: REPLAYS }, (_, i) => ({ workflowId: `replay-${round}-${i}`, history }));
  const started = performance.now();
  for await (const result of Worker.runReplayHistories({ workflowBundle: { code }, dataConverter, replayName: `bench-replay-${round}` }, inputs)) {
    if (result.error) {
      console.error(`replay failed: ${result.error.message}`);
      process.exit(1);
    }
  }
  console.log(`round ${round}: ${((performance.now() - started) / REPLAYS).toFixed(2)} ms per replay`);
}
process.exit(0);
