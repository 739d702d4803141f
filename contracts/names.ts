// Names every part must agree on (SPEC §5, §6): arms, task queues, workflow and search-attribute names.

export const ARMS = ['planner', 'retriever', 'coder', 'executor', 'judge', 'guardian'] as const;
export type Arm = (typeof ARMS)[number];

export const ORCHESTRATOR_QUEUE = 'octo-orchestrator';
export const MEMORY_QUEUE = 'octo-memory';
export const armQueue = (arm: Arm): `octo-arm-${Arm}` => `octo-arm-${arm}`;

export const TASK_WORKFLOW = 'taskWorkflow';
/** The detached workflow that writes a finished task to memory, and its id (one per task). */
export const REMEMBER_WORKFLOW = 'rememberTaskWorkflow';
export const rememberWorkflowId = (taskId: string): string => `${taskId}-memory`;

export function isArm(value: string): value is Arm {
  return (ARMS as readonly string[]).includes(value);
}

/** Arms a plan step may run on: the planner plans, it is not a step. */
export const STEP_ARMS = ['retriever', 'coder', 'executor', 'judge', 'guardian'] as const satisfies readonly Arm[];
export type StepArm = (typeof STEP_ARMS)[number];

export function isStepArm(value: string): value is StepArm {
  return (STEP_ARMS as readonly string[]).includes(value);
}
