// An entry point run by runtime/run-until-signal.test.ts: runUntilSignal with a stack that takes half a second to
// stop and then writes the file named by STOPPED_MARKER.
import { writeFileSync } from 'node:fs';
import { runUntilSignal } from '../../runtime/run-until-signal.js';
import type { Stack } from '../../runtime/stack.js';

const marker = process.env.STOPPED_MARKER!;
await runUntilSignal(async () => {
  // stands in for the servers and workers that keep a real stack's process alive
  const alive = setInterval(() => undefined, 60_000);
  const stack: Pick<Stack, 'running' | 'stop'> = {
    running: new Promise<void>(() => undefined),
    stop: async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      writeFileSync(marker, 'stopped');
      clearInterval(alive);
    },
  };
  return stack as Stack;
});
console.log('ready');
