// rememberTaskWorkflow: writes a finished task to memory (SPEC §7). A task starts it detached as its last act, so
// the task's result never waits on indexing while Temporal still retries the write until it lands.
import type { RecordTaskStateInput } from '../contracts/memory.js';
import { memoryWriter } from './arm-proxies.js';

export async function rememberTaskWorkflow(input: RecordTaskStateInput): Promise<void> {
  await memoryWriter.rememberTask(input);
}
