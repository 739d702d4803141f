// The gateway's view of tasks, kept on Temporal: start (idempotently), read, cancel, approve.
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  type Client,
  type WorkflowExecutionDescription,
} from '@temporalio/client';
import type { Approval, StepState, TaskState, TaskWorkflowInput } from '../../contracts/step.js';
import { TASK_WORKFLOW, ORCHESTRATOR_QUEUE } from '../../contracts/names.js';
import { isTerminal } from '../../contracts/task.js';
import { PRIORITY, STATUS, TENANT } from '../../temporal/search-attributes.js';
import type { taskWorkflow } from '../../workflows/task-workflow.js';
import { approveStepUpdate, stateQuery } from '../../workflows/messages.js';
import { ApiError, notFound } from '../errors.js';
import { isWorkflowNotFound } from './temporal-errors.js';

export interface TaskLinks {
  self: string;
  events: string;
  ui?: string;
}

export interface SubmitArgs {
  input: Omit<TaskWorkflowInput, 'taskId'> & { taskId: string };
  /** Hash of the redacted request: an Idempotency-Key reused with a different body is a conflict. */
  requestHash: string;
  idempotent: boolean;
}

export interface TaskServiceOptions {
  client: Client;
  namespace: string;
  uiUrl?: string;
}

export function createTaskService(options: TaskServiceOptions) {
  const { client, namespace, uiUrl } = options;

  const links = (taskId: string): TaskLinks => ({
    self: `/v1/tasks/${taskId}`,
    events: `/v1/tasks/${taskId}/events`,
    ...(uiUrl ? { ui: `${uiUrl}/namespaces/${encodeURIComponent(namespace)}/workflows/${taskId}` } : {}),
  });

  /** The workflow's description, or a 404 when it does not exist or belongs to another tenant. */
  async function describeOwned(tenantId: string, taskId: string): Promise<WorkflowExecutionDescription> {
    try {
      const description = await client.workflow.getHandle(taskId).describe();
      if (description.typedSearchAttributes.get(TENANT) !== tenantId) throw notFound();
      return description;
    } catch (err) {
      if (isWorkflowNotFound(err)) throw notFound();
      throw err;
    }
  }

  return {
    links,

    async submit({ input, requestHash, idempotent }: SubmitArgs): Promise<{ taskId: string }> {
      try {
        await client.workflow.start<typeof taskWorkflow>(TASK_WORKFLOW, {
          taskQueue: ORCHESTRATOR_QUEUE,
          workflowId: input.taskId,
          args: [input],
          // Same id twice (a retried POST with the same Idempotency-Key) attaches to the existing run.
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          memo: { goal: input.task.goal.slice(0, 500), requestHash },
          typedSearchAttributes: [
            { key: TENANT, value: input.tenantId },
            { key: STATUS, value: 'queued' },
            { key: PRIORITY, value: input.task.priority },
          ],
          staticSummary: `task for ${input.tenantId} · ${input.task.priority}`,
        });
      } catch (err) {
        // Only a finished run with this id gets here; the check below decides whether it is the same request.
        if (!(err instanceof WorkflowExecutionAlreadyStartedError) || !idempotent) throw err;
      }
      if (idempotent) {
        const description = await describeOwned(input.tenantId, input.taskId);
        if (description.memo?.requestHash !== requestHash) {
          throw new ApiError(409, 'idempotency_conflict', 'this Idempotency-Key was already used with a different request body');
        }
      }
      return { taskId: input.taskId };
    },

    async get(tenantId: string, taskId: string): Promise<TaskState & { links: TaskLinks }> {
      await describeOwned(tenantId, taskId);
      const state = await client.workflow.getHandle(taskId).query(stateQuery);
      return { ...state, links: links(taskId) };
    },

    async cancel(tenantId: string, taskId: string): Promise<TaskState['status']> {
      await describeOwned(tenantId, taskId);
      const handle = client.workflow.getHandle(taskId);
      const state = await handle.query(stateQuery);
      if (isTerminal(state.status)) throw new ApiError(409, 'task_finished', `the task is already ${state.status}`);
      await handle.cancel();
      return state.status;
    },

    async approve(tenantId: string, taskId: string, approval: Approval): Promise<StepState> {
      await describeOwned(tenantId, taskId);
      try {
        return await client.workflow.getHandle(taskId).executeUpdate(approveStepUpdate, { args: [approval] });
      } catch (err) {
        if (err instanceof WorkflowUpdateFailedError) {
          throw new ApiError(409, 'approval_rejected', err.cause?.message ?? 'the approval was rejected');
        }
        throw err;
      }
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
