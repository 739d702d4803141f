// The per-task workspace and the rule that nothing a command is given may reach outside it:
// not by `..`, not by an absolute path, not through a symlink (checked on the resolved real path).
import { lstat, mkdir, realpath, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { PathCandidate } from './check-request.js';
import { ExecutorRefusal, RefusalCodes } from './errors.js';

const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

function workspacePath(root: string, taskId: string): string {
  if (!TASK_ID.test(taskId)) throw new ExecutorRefusal(RefusalCodes.invalidArgument, 'task id is not usable as a workspace name');
  return join(resolve(root), taskId);
}

/** Create (if needed) the task's workspace `<root>/<taskId>` and return its real path. */
export async function ensureWorkspace(root: string, taskId: string): Promise<string> {
  const dir = workspacePath(root, taskId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return realpath(dir);
}

/** Delete a task's workspace when the task is finished. */
export async function removeWorkspace(root: string, taskId: string): Promise<void> {
  await rm(workspacePath(root, taskId), { recursive: true, force: true });
}

/** True when `target` is `workspace` itself or below it (both absolute and normalised). */
export function isInside(workspace: string, target: string): boolean {
  const rel = relative(workspace, target);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Real path of `target`, or of its nearest existing ancestor when it does not exist yet. */
async function realpathOfNearest(target: string): Promise<string> {
  let current = target;
  for (;;) {
    try {
      return await realpath(current);
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/**
 * Refuse any argument that names, or could name, something outside the workspace. An argument is
 * treated as a path when it has a `/`, is `.`/`..`, or names an existing entry in the workspace
 * (so a bare `link` that is a symlink to /etc is caught too). `workspace` must be a real path.
 */
export async function checkPathArguments(workspace: string, candidates: readonly PathCandidate[]): Promise<void> {
  for (const { index, value } of candidates) {
    const target = resolve(workspace, value);
    const pathLike = value.includes('/') || value === '.' || value === '..' || (await exists(target));
    if (!pathLike) continue;
    if (!isInside(workspace, target)) {
      throw new ExecutorRefusal(RefusalCodes.pathEscape, `argument ${index} points outside the task workspace`);
    }
    if (!isInside(workspace, await realpathOfNearest(target))) {
      throw new ExecutorRefusal(RefusalCodes.pathEscape, `argument ${index} resolves through a link to outside the task workspace`);
    }
  }
}
