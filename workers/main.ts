// Runs the worker pools named on the command line (`tsx workers/main.ts coder judge`, or `all`) against
// TEMPORAL_ADDRESS: one process per pool in production, each scaled on its own.
import { runUntilSignal } from '../runtime/run-until-signal.js';
import { startStack } from '../runtime/stack.js';
import { isPool, POOLS, type Pool } from './pools.js';

const names = process.argv.slice(2);
if (names.length === 0 || names.includes('--help') || names.includes('-h')) {
  console.log(`usage: tsx workers/main.ts <pool…|all>\n\npools: ${POOLS.join(', ')}\nRequires TEMPORAL_ADDRESS (an external Temporal server).`);
  process.exit(names.length === 0 ? 2 : 0);
}
const unknown = names.filter((n) => n !== 'all' && !isPool(n));
if (unknown.length) {
  console.error(`unknown pool(s): ${unknown.join(', ')}; pools are: ${POOLS.join(', ')}`);
  process.exit(2);
}
const pools: Pool[] = names.includes('all') ? [...POOLS] : (names as Pool[]);

await runUntilSignal(async (config) => {
  if (!config.temporal.address) {
    console.error('TEMPORAL_ADDRESS is not set: standalone workers join an existing Temporal server (use `npm start` for the embedded one).');
    process.exit(2);
  }
  const stack = await startStack(config, { pools, gateway: false });
  console.log(`workers for ${pools.join(', ')} polling ${stack.temporalAddress}`);
  return stack;
});
