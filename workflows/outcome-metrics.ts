// A workflow interceptor (bundled with every workflow, see workers/workflow-bundle.ts) that counts how task runs
// end: `octollm_task_outcomes_total{status, code}`. Workflow metrics leave the sandbox through the SDK's metrics
// sink, which issues no command and is skipped while replaying, so histories are unchanged and a run is counted
// once, when it really ends. They reach Core's exporter (the Temporal worker metrics on /metrics).
import {
  ApplicationFailure,
  isCancellation,
  metricMeter,
  TemporalFailure,
  type Next,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  workflowInfo,
} from '@temporalio/workflow';
import { TaskErrorCodes } from '../contracts/errors.js';
import { TASK_WORKFLOW } from '../contracts/names.js';

export const TASK_OUTCOMES_METRIC = 'octollm_task_outcomes_total';

// Labels stay a bounded set: a failure type that is not one of ours is counted as `other`.
const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(TaskErrorCodes));

function count(status: 'completed' | 'failed' | 'cancelled', code: string): void {
  metricMeter.createCounter(TASK_OUTCOMES_METRIC, 'runs', 'Task workflow runs by final status and failure code').add(1, { status, code });
}

class TaskOutcomeInterceptor implements WorkflowInboundCallsInterceptor {
  async execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    try {
      const result = await next(input);
      count('completed', 'none');
      return result;
    } catch (err) {
      if (isCancellation(err)) count('cancelled', TaskErrorCodes.cancelled);
      else if (err instanceof ApplicationFailure) count('failed', err.type && KNOWN_CODES.has(err.type) ? err.type : 'other');
      else if (err instanceof TemporalFailure) count('failed', 'other');
      // Any other error fails the workflow task, not the workflow: Temporal retries it, so the run has not ended.
      throw err;
    }
  }
}

// Only task runs are task outcomes (not their memory writes).
export const interceptors: WorkflowInterceptorsFactory = () =>
  workflowInfo().workflowType === TASK_WORKFLOW ? { inbound: [new TaskOutcomeInterceptor()] } : {};
