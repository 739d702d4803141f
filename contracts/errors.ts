// Error codes shared by the API envelope and by the workflow's failures (ApplicationFailure types).

/** Failure types an arm raises that retrying cannot fix. The workflow turns them into a failed task with this code. */
export const TaskErrorCodes = {
  llmNotConfigured: 'llm_not_configured',
  llmInvalidOutput: 'llm_invalid_output',
  llmRequestRejected: 'llm_request_rejected',
  planInvalid: 'plan_invalid',
  budgetExceeded: 'budget_exceeded',
  stepFailed: 'step_failed',
  validationFailed: 'validation_failed',
  stepRejected: 'step_rejected',
  inputBlocked: 'input_blocked',
  cancelled: 'cancelled',
  commandNotAllowed: 'command_not_allowed',
  internal: 'internal_error',
} as const;
export type TaskErrorCode = (typeof TaskErrorCodes)[keyof typeof TaskErrorCodes];
