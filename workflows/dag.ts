// Pure scheduling over a plan's DAG: which steps can start now, which are the final ones.
import type { StepState } from '../contracts/step.js';

/** Pending steps whose dependencies have all completed. */
export function readySteps(steps: StepState[]): StepState[] {
  const done = new Set(steps.filter((s) => s.status === 'completed').map((s) => s.id));
  return steps.filter((s) => s.status === 'pending' && s.dependsOn.every((d) => done.has(d)));
}

/** Steps no other step depends on: their outputs together are the task's result. */
export function sinkSteps(steps: StepState[]): StepState[] {
  const needed = new Set(steps.flatMap((s) => s.dependsOn));
  return steps.filter((s) => !needed.has(s.id));
}

export function integratedOutput(steps: StepState[]): string {
  const sinks = sinkSteps(steps);
  if (sinks.length === 1) return sinks[0]!.output ?? '';
  return sinks.map((s) => `## ${s.id} (${s.arm})\n${s.output ?? ''}`).join('\n\n');
}
