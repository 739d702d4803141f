// Runs the gateway alone against TEMPORAL_ADDRESS (production: workers run in their own processes).
import { runUntilSignal } from '../runtime/run-until-signal.js';
import { startStack } from '../runtime/stack.js';

await runUntilSignal(async (config) => {
  if (!config.temporal.address) {
    console.error('TEMPORAL_ADDRESS is not set: the standalone gateway needs an existing Temporal server (use `npm start` for the embedded one).');
    process.exit(2);
  }
  const stack = await startStack(config, { pools: [], gateway: true });
  console.log(`gateway listening on ${stack.gatewayUrl}`);
  return stack;
});
