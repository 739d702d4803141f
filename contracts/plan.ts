// The plan a planner returns (SPEC §5): a DAG of 1–20 steps, validated by pure code shared with the workflow.
import { z } from 'zod';
import { ARMS, isArm, isStepArm, STEP_ARMS } from './names.js';

export const MAX_PLAN_STEPS = 20;

/** What an LLM is asked to produce: `arm` is a free string so an invented arm is caught by validation, not parsing. */
export const PlanStepSchema = z.object({
  id: z.string().min(1).max(40),
  arm: z.string().min(1).max(40),
  action: z.string().min(1).max(2_000),
  dependsOn: z.array(z.string()).max(MAX_PLAN_STEPS),
  acceptanceCriteria: z.array(z.string()).max(10),
  risky: z.boolean(),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

export const PlanSchema = z.object({
  steps: z.array(PlanStepSchema).min(1).max(MAX_PLAN_STEPS),
  rationale: z.string().max(2_000),
});
export type Plan = z.infer<typeof PlanSchema>;

/** Everything wrong with a plan, as sentences a planner can act on; empty when the plan is a valid DAG. */
export function planProblems(plan: Plan): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const step of plan.steps) {
    if (ids.has(step.id)) problems.push(`step id "${step.id}" is used twice`);
    ids.add(step.id);
    if (!isArm(step.arm)) problems.push(`step "${step.id}" uses unknown arm "${step.arm}" (known: ${ARMS.join(', ')})`);
    else if (!isStepArm(step.arm)) problems.push(`step "${step.id}" uses arm "${step.arm}", which cannot run steps (step arms: ${STEP_ARMS.join(', ')})`);
  }
  for (const step of plan.steps) {
    for (const dep of step.dependsOn) {
      if (!ids.has(dep)) problems.push(`step "${step.id}" depends on missing step "${dep}"`);
      if (dep === step.id) problems.push(`step "${step.id}" depends on itself`);
    }
  }
  if (problems.length === 0) {
    const cycle = findCycle(plan.steps);
    if (cycle) problems.push(`steps form a cycle: ${cycle.join(' -> ')}`);
  }
  return problems;
}

function findCycle(steps: PlanStep[]): string[] | undefined {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const step of steps) {
    const cycle = visit(step.id);
    if (cycle) return cycle;
  }
  return undefined;
}
