// Test helpers: prove a run left no process behind. Used only by this folder's *.test.ts files.
import { readFileSync, readdirSync } from 'node:fs';
import assert from 'node:assert/strict';

interface ProcStat {
  pid: number;
  state: string;
  ppid: number;
  pgrp: number;
}

function procStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // comm may contain spaces and parens; the fields after the last ')' are fixed: state, ppid, pgrp, ...
      const [state = '', ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.push({ pid: Number(entry), state, ppid: Number(ppid), pgrp: Number(pgrp) });
    } catch {
      // the process ended while we looked
    }
  }
  return stats;
}

/**
 * Throws unless nothing in the process group led by `pid` still runs. Members already dead and
 * handed to init (zombies with ppid 1) are not ours to reap; unreaped children of ours show up in childPids.
 */
export function assertGroupGone(pid: number | undefined): void {
  assert.ok(pid !== undefined && pid > 0, 'the run should report the pid it started');
  const running = procStats().filter((p) => p.pgrp === pid && !(p.state === 'Z' && p.ppid !== process.pid));
  assert.deepEqual(running, [], `process group ${pid} still has members`);
}

/** Pids whose parent is this test process (zombies included: an unreaped child is a leak too). */
export function childPids(): Set<number> {
  return new Set(procStats().filter((p) => p.ppid === process.pid).map((p) => p.pid));
}

/** Children of this process that were not there in `before`. */
export function newChildren(before: ReadonlySet<number>): number[] {
  return [...childPids()].filter((pid) => !before.has(pid));
}
