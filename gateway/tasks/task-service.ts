// The gateway's view of tasks, kept on Temporal: start (idempotently), read, list, cancel, approve, retry.
import { randomUUID } from 'node:crypto';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateFailedError,
  type Client,
  type WorkflowExecutionDescription,
} from '@temporalio/client';
import { decodeTypedSearchAttributes } from '@temporalio/common/lib/converter/payload-search-attributes.js';
import { optionalTsToDate } from '@temporalio/common/lib/time.js';
import proto, { type temporal } from '@temporalio/proto';
import type { Approval, StepState, TaskState, TaskWorkflowInput } from '../../contracts/step.js';
import { TASK_WORKFLOW, ORCHESTRATOR_QUEUE } from '../../contracts/names.js';
import type { TaskListingPage, TaskListingQuery, TaskListingItem } from '../../contracts/task-listing.js';
import { isTerminal, PRIORITIES, TASK_STATUSES, type TaskStatus } from '../../contracts/task.js';
import { ARMS_USED, COST_USD, PRIORITY, STATUS, TENANT, TOKENS } from '../../temporal/search-attributes.js';
import type { taskWorkflow } from '../../workflows/task-workflow.js';
import { approveStepUpdate, stateQuery } from '../../workflows/messages.js';
import { ApiError, notFound } from '../errors.js';
import { chooseResetPoint } from './reset-point.js';
import { isWorkflowNotFound } from './temporal-errors.js';
import { decodeCursor, encodeCursor, taskListQuery } from './visibility-query.js';

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

export interface RetryResult {
  taskId: string;
  previousRunId: string;
  runId: string;
  /** The WorkflowTaskCompleted event the new run continues from. */
  resetEventId: number;
  /** What the previous run failed with, when known (e.g. `llm_request_rejected`). */
  failure?: string;
}

type RawExecutionInfo = temporal.api.workflow.v1.IWorkflowExecutionInfo;
// What the server answers for a page token it cannot parse: INVALID_ARGUMENT, or UNKNOWN from SQL visibility.
const BAD_TOKEN_CODES = new Set([2, 3]);
const isTaskStatus = (v: unknown): v is TaskStatus => (TASK_STATUSES as readonly unknown[]).includes(v);
const isPriority = (v: unknown): v is (typeof PRIORITIES)[number] => (PRIORITIES as readonly unknown[]).includes(v);
const tsToIso = (ts: RawExecutionInfo['startTime']): string | undefined => optionalTsToDate(ts)?.toISOString();

/** Run statuses `retry` may reset; everything else is refused with 409. */
const RETRYABLE_RUNS = new Set(['FAILED', 'TIMED_OUT']);

export interface TaskServiceOptions {
  client: Client;
  namespace: string;
  uiUrl?: string;
  /** Ask for eager start: only with a client on a NativeConnection shared with an orchestrator worker. */
  eagerStart?: boolean;
}

export function createTaskService(options: TaskServiceOptions) {
  const { client, namespace, uiUrl, eagerStart = false } = options;

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

  /** A visibility row as a task summary; search attributes are plain (never encrypted), the memo is not read. */
  function summaryOf(raw: RawExecutionInfo): TaskListingItem {
    const attributes = decodeTypedSearchAttributes(raw.searchAttributes?.indexedFields);
    const taskId = raw.execution?.workflowId ?? '';
    const status = attributes.get(STATUS);
    const priority = attributes.get(PRIORITY);
    const closeTime = tsToIso(raw.closeTime);
    return {
      taskId,
      status: isTaskStatus(status) ? status : closeTime ? 'failed' : 'queued',
      ...(isPriority(priority) ? { priority } : {}),
      arms: attributes.get(ARMS_USED) ?? [],
      costUsd: attributes.get(COST_USD) ?? 0,
      tokens: attributes.get(TOKENS) ?? 0,
      startTime: tsToIso(raw.startTime) ?? '',
      ...(closeTime ? { closeTime } : {}),
      links: links(taskId),
    };
  }

  return {
    links,

    /** The task's latest run, tenant-checked (404 otherwise). */
    async latestRun(tenantId: string, taskId: string): Promise<{ runId: string; status: string }> {
      const description = await describeOwned(tenantId, taskId);
      return { runId: description.runId, status: description.status.name };
    },

    async list(tenantId: string, query: TaskListingQuery): Promise<TaskListingPage> {
      const visibilityQuery = taskListQuery(tenantId, query);
      const scope = `${tenantId}\n${visibilityQuery}`;
      const nextPageToken = query.cursor ? decodeCursor(scope, query.cursor) : undefined;
      if (query.cursor && !nextPageToken) {
        throw new ApiError(400, 'invalid_cursor', 'the cursor does not belong to this listing (same filters); start again without it');
      }
      let response;
      try {
        response = await client.workflowService.listWorkflowExecutions({ namespace, query: visibilityQuery, pageSize: query.limit, nextPageToken });
      } catch (err) {
        if (query.cursor && BAD_TOKEN_CODES.has((err as { code?: number }).code ?? -1)) {
          throw new ApiError(400, 'invalid_cursor', 'the cursor is not valid for this listing; start again without it');
        }
        throw err;
      }
      // A retried task has a run per reset; list each task once, by its newest run.
      const seen = new Set<string>();
      const items: TaskListingItem[] = [];
      for (const raw of response.executions ?? []) {
        const id = raw.execution?.workflowId;
        if (!id || seen.has(id)) continue;
        seen.add(id);
        items.push(summaryOf(raw));
      }
      const token = response.nextPageToken;
      return { items, ...(token?.length ? { nextCursor: encodeCursor(scope, token) } : {}) };
    },

    /**
     * Reset a failed or timed-out run to the workflow task before its first failure: activities that completed
     * before it keep their results (they are not run again), the failed one and everything after run again.
     */
    async retry(tenantId: string, taskId: string): Promise<RetryResult> {
      const description = await describeOwned(tenantId, taskId);
      const runStatus = description.status.name;
      if (runStatus === 'RUNNING') throw new ApiError(409, 'task_running', 'the task is still running; only failed or timed-out tasks can be retried');
      if (runStatus === 'COMPLETED') throw new ApiError(409, 'task_completed', 'the task already completed; submit it again to re-run it');
      if (!RETRYABLE_RUNS.has(runStatus)) {
        throw new ApiError(409, 'task_not_retryable', `the task was ${runStatus === 'CANCELLED' ? 'cancelled' : runStatus.toLowerCase()}; only failed or timed-out tasks can be retried`);
      }
      const history = await client.workflow.getHandle(taskId, description.runId).fetchHistory();
      const point = chooseResetPoint(history.events ?? []);
      if (!point) throw new ApiError(409, 'task_not_retryable', 'the task failed before its first step completed; submit it again instead');
      // fromObject turns the event id into the int64 (Long) the request carries.
      const request = proto.temporal.api.workflowservice.v1.ResetWorkflowExecutionRequest.fromObject({
        namespace,
        workflowExecution: { workflowId: taskId, runId: description.runId },
        // Stored in plain text in the history: the failure code only, never task text.
        reason: `octollm retry after ${point.failureType ?? 'failure'}`,
        workflowTaskFinishEventId: point.workflowTaskFinishEventId,
        requestId: randomUUID(),
        // Re-deliver signals and updates (approvals) recorded after the reset point, so a human need not approve again.
        resetReapplyType: proto.temporal.api.enums.v1.ResetReapplyType.RESET_REAPPLY_TYPE_ALL_ELIGIBLE,
      });
      const response = await client.workflowService.resetWorkflowExecution(request);
      return {
        taskId,
        previousRunId: description.runId,
        runId: response.runId ?? '',
        resetEventId: point.workflowTaskFinishEventId,
        ...(point.failureType ? { failure: point.failureType } : {}),
      };
    },

    async submit({ input, requestHash, idempotent }: SubmitArgs): Promise<{ taskId: string }> {
      try {
        await client.workflow.start<typeof taskWorkflow>(TASK_WORKFLOW, {
          taskQueue: ORCHESTRATOR_QUEUE,
          workflowId: input.taskId,
          args: [input],
          // Same id twice (a retried POST with the same Idempotency-Key) attaches to the existing run.
          workflowIdConflictPolicy: 'USE_EXISTING',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          requestEagerStart: eagerStart,
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
        // The task exists (checked above), so "not found" here means its run has ended: nothing waits any more.
        if (isWorkflowNotFound(err)) throw new ApiError(409, 'task_finished', 'the task has ended; its steps can no longer be approved');
        throw err;
      }
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
