// Preloaded into the workflow sandbox before it is frozen (workers/workflow-bundle.ts), unless
// OCTOLLM_WORKFLOW_STACK_TRACES is on. The TS SDK captures and formats a stack trace for every promise workflow
// code creates, to answer the Web UI's stack-trace query (temporalio/sdk-typescript#1587); with no frames to
// capture that work is nearly free, which takes about a tenth off every workflow task. The cost: that query
// and errors thrown in workflow code carry no stack. `octollm replay` always bundles with them on.
Error.stackTraceLimit = 0;

export {};
