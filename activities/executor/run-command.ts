// Runs one allow-listed command in the task's workspace: no shell, its own process group, a wall-clock
// timeout, an output cap, a scrubbed environment and OS limits. Whatever ends the run (exit, timeout,
// cap, cancellation) the whole process group is killed, so nothing outlives the call.
import { spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import type { AllowList } from './allow-list.js';
import { planCommand, type CommandRequest } from './check-request.js';
import { scrubbedEnvironment } from './environment.js';
import { checkGitRepository, gitEnvironment } from './git-safety.js';
import { DEFAULT_OS_LIMITS, withOsLimits, type OsLimits } from './os-limits.js';
import { checkPathArguments } from './paths.js';
import { drainGroup, killGroup } from './process-group.js';
import { hashCommandLine, hashOutput } from './provenance.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_TIMEOUT_MS = 300_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
export const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

export interface HeartbeatInfo {
  pid: number;
  elapsedMs: number;
  outputBytes: number;
}

export interface RunCommandOptions {
  allowList: AllowList;
  /** The task's workspace (see ensureWorkspace); the command runs there and may not reach outside it. */
  workspace: string;
  /** Aborting kills the process group (wire Temporal cancellation here). */
  signal?: AbortSignal;
  /** Called every `heartbeatIntervalMs` while the command runs. */
  onHeartbeat?: (info: HeartbeatInfo) => void;
  heartbeatIntervalMs?: number;
  /** Combined stdout + stderr cap; the command is killed once it is exceeded. Default 1 MB, at most 16 MB. */
  maxOutputBytes?: number;
  osLimits?: OsLimits;
}

export interface CommandResult {
  command: string;
  /** The caller's arguments (the fixed safety arguments are not repeated here). */
  args: string[];
  pid: number | undefined;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Output passed the cap; the command was killed and the output cut there. */
  truncated: boolean;
  timedOut: boolean;
  /** Stopped by the caller's AbortSignal. */
  cancelled: boolean;
  timeoutMs: number;
  durationMs: number;
  /** Something in the process group outlived the kill and the wait for it (should never be true). */
  strayProcesses: boolean;
  /** Whether OS limits were applied (prlimit) or not available. */
  osLimits: 'prlimit' | 'none';
  commandHash: string;
  outputHash: string;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

function effectiveTimeout(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_TIMEOUT_MS;
  return clamp(Math.floor(requested), 1, MAX_TIMEOUT_MS);
}

/**
 * Check the request, then run it. Refusals throw ExecutorRefusal before anything starts; a command
 * that runs always resolves, with how it ended in the result.
 */
export async function runCommand(request: CommandRequest, opts: RunCommandOptions): Promise<CommandResult> {
  const workspace = await realpath(opts.workspace);
  const plan = planCommand(opts.allowList, request);
  await checkPathArguments(workspace, plan.pathCandidates);
  const isGit = plan.command.name === 'git';
  if (isGit) await checkGitRepository(plan.command.binary, workspace);

  const timeoutMs = effectiveTimeout(request.timeoutMs);
  const maxOutputBytes = clamp(opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES, 0, MAX_OUTPUT_BYTES);
  const launch = withOsLimits(
    opts.allowList.prlimit,
    opts.osLimits ?? DEFAULT_OS_LIMITS,
    timeoutMs / 1000 + 1,
    plan.command.binary,
    plan.argv,
  );
  const env = scrubbedEnvironment(workspace, isGit ? gitEnvironment(workspace) : {});
  const base = {
    command: plan.command.name,
    args: [...(request.args ?? [])],
    timeoutMs,
    osLimits: opts.allowList.prlimit ? ('prlimit' as const) : ('none' as const),
    commandHash: hashCommandLine(plan.command.name, request.args ?? []),
  };

  if (opts.signal?.aborted) {
    return {
      ...base, pid: undefined, exitCode: null, signal: null, stdout: '', stderr: '', strayProcesses: false,
      truncated: false, timedOut: false, cancelled: true, durationMs: 0, outputHash: hashOutput('', ''),
    };
  }

  const started = performance.now();
  const child = spawn(launch.file, launch.args, {
    cwd: workspace,
    env,
    shell: false,
    detached: true, // its own process group, so one kill reaches everything it starts
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;

  const finished = await new Promise<Omit<CommandResult, 'strayProcesses'>>((resolvePromise, reject) => {
    const chunks: { stdout: Buffer[]; stderr: Buffer[] } = { stdout: [], stderr: [] };
    let outputBytes = 0;
    let truncated = false;
    let timedOut = false;
    let cancelled = false;
    let settled = false;

    const stop = (): void => {
      killGroup(pid);
      child.stdout?.destroy();
      child.stderr?.destroy();
    };

    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (truncated) return;
      const room = maxOutputBytes - outputBytes;
      if (chunk.length > room) {
        if (room > 0) chunks[stream].push(chunk.subarray(0, room));
        outputBytes = maxOutputBytes;
        truncated = true;
        stop();
        return;
      }
      chunks[stream].push(chunk);
      outputBytes += chunk.length;
    };
    child.stdout?.on('data', collect('stdout'));
    child.stderr?.on('data', collect('stderr'));

    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    const heartbeat = opts.onHeartbeat
      ? setInterval(() => {
          try {
            opts.onHeartbeat?.({ pid: pid ?? -1, elapsedMs: Math.round(performance.now() - started), outputBytes });
          } catch {
            // a failing heartbeat must not leave the child running unattended
          }
        }, opts.heartbeatIntervalMs ?? 1000)
      : undefined;
    const onAbort = (): void => {
      cancelled = true;
      stop();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    const cleanup = (): void => {
      clearTimeout(timer);
      if (heartbeat) clearInterval(heartbeat);
      opts.signal?.removeEventListener('abort', onAbort);
    };

    // The leader has exited: anything it left in the group goes now, not when its pipes close.
    child.on('exit', () => killGroup(pid));
    child.on('error', (err) => {
      if (settled) return;
      settled = true;
      cleanup();
      stop();
      reject(err);
    });
    child.on('close', (exitCode, signal) => {
      if (settled) return;
      settled = true;
      cleanup();
      killGroup(pid);
      const stdout = Buffer.concat(chunks.stdout).toString('utf8');
      const stderr = Buffer.concat(chunks.stderr).toString('utf8');
      resolvePromise({
        ...base,
        pid,
        exitCode,
        signal,
        stdout,
        stderr,
        truncated,
        timedOut,
        cancelled,
        durationMs: Math.round(performance.now() - started),
        outputHash: hashOutput(stdout, stderr),
      });
    });
  });
  return { ...finished, strayProcesses: !(await drainGroup(pid)) };
}
