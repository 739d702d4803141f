// Killing a command's whole process group and knowing when it is really gone.
import { readFileSync, readdirSync } from 'node:fs';

/** SIGKILL every process in the group led by `pid`; a group that is already gone is fine. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: nothing left in the group
  }
}

/**
 * Whether any member of the group is still running. Killed orphans stay zombies until init reaps
 * them (some container inits take seconds); a zombie runs nothing, so it does not count. Without
 * /proc, any member counts.
 */
export function groupRunning(pid: number): boolean {
  try {
    process.kill(-pid, 0);
  } catch {
    return false;
  }
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces): state, ppid, pgrp, ...
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pid && state !== 'Z' && state !== 'X') return true;
    } catch {
      // ended while we looked
    }
  }
  return false;
}

/** Kill the group and wait until nothing in it runs; false if something still runs at the deadline. */
export async function drainGroup(pid: number | undefined, deadlineMs = 2000): Promise<boolean> {
  if (pid === undefined) return true;
  const until = performance.now() + deadlineMs;
  while (groupRunning(pid)) {
    if (performance.now() > until) return false;
    killGroup(pid);
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}
