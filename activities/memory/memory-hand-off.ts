// Hands a finished task to memory: starts `rememberTaskWorkflow` from a local activity beside the task workflow.
// A child workflow would make the task wait for the child's start to be recorded (one more workflow task, since
// the server does not start an abandoned child once its parent has closed); a start from here costs one RPC, inside
// the task's last workflow task, and the write still runs (and retries) in a workflow of its own.
import type { Client } from '@temporalio/client';
import type { MemoryHandOffActivities } from '../../contracts/activities.js';
import { ORCHESTRATOR_QUEUE, REMEMBER_WORKFLOW, rememberWorkflowId } from '../../contracts/names.js';

/** How long after the hand-off the memory write starts. */
export const MEMORY_WRITE_DELAY = '300ms';

export function createMemoryHandOffActivities(deps: { client: Client }): MemoryHandOffActivities {
  return {
    async startMemoryWrite(input) {
      await deps.client.workflow.start(REMEMBER_WORKFLOW, {
        workflowId: rememberWorkflowId(input.workflowId),
        taskQueue: ORCHESTRATOR_QUEUE,
        args: [input],
        // A retried hand-off finds the first write still running and leaves it be; once that write has finished,
        // a reset task run (POST /retry) starts a fresh one under the same id.
        workflowIdConflictPolicy: 'USE_EXISTING',
        staticSummary: `memory write for ${input.workflowId}`,
        // Nobody waits on the write, but begun at once it (embedding, SQL, vectors: one process in embedded
        // mode) ran while the task's last workflow task was completing and held the result back (by 7–24 ms in
        // three A/B runs of bench:orchestration --timeline, last workflow task). A moment later it competes with nothing.
        startDelay: MEMORY_WRITE_DELAY,
      });
    },
  };
}
