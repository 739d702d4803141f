// The workflow's message surface: queries the gateway reads and the approval update it sends.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Approval, TaskProgress, TaskState } from '../contracts/step.js';

export const stateQuery = defineQuery<TaskState>('state');
export const progressQuery = defineQuery<TaskProgress>('progress');
export const approveStepUpdate = defineUpdate<TaskState['steps'][number], [Approval]>('approveStep');
