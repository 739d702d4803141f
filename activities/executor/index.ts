// The executor arm's sandbox: what its activity calls.
export * from './errors.js';
export { createAllowList, DEFAULT_COMMAND_RULES, type AllowList, type AllowedCommand, type CommandRule } from './allow-list.js';
export { planCommand, type CommandRequest, type CommandPlan } from './check-request.js';
export { ensureWorkspace, removeWorkspace, checkPathArguments } from './paths.js';
export { scrubbedEnvironment } from './environment.js';
export { DEFAULT_OS_LIMITS, type OsLimits } from './os-limits.js';
export { runCommand, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, type CommandResult, type RunCommandOptions, type HeartbeatInfo } from './run-command.js';
export { httpGet, type HttpGetOptions, type HttpGetResult } from './http-get.js';
export { sha256Hex, hashCommandLine, hashOutput, hashRequest } from './provenance.js';
