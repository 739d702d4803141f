// The workflow bundle's entry: every workflow type workers on `octo-orchestrator` run.
export { taskWorkflow } from './task-workflow.js';
export { rememberTaskWorkflow } from './remember-task-workflow.js';
