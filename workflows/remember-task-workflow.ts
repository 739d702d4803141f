// rememberTaskWorkflow: writes a finished task to memory (SPEC §7). A task starts it as its last act (the
// startMemoryWrite local activity) and does not wait for it, so the task's result never waits on indexing while
// Temporal still retries the write until it lands.
import type { RecordTaskStateInput } from '../contracts/memory.js';
import { memoryWriter } from './arm-proxies.js';

export async function rememberTaskWorkflow(input: RecordTaskStateInput): Promise<void> {
  await memoryWriter.rememberTask(input);
}
