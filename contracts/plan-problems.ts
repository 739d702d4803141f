// Plan validation (SPEC §5): pure, zod-free code the workflow runs on every plan. Workflow code imports
// it from here, not from plan.ts: each workflow run evaluates the modules it imports afresh.
import { ARMS, isArm, isStepArm, STEP_ARMS } from './names.js';
import type { Plan, PlanStep } from './plan.js';

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
