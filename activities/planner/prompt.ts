// The planner's prompt: the goal, the real arms, and (on repair) what was wrong with the last plan.
import { ARM_CATALOG } from '../../contracts/arm-catalog.js';
import { STEP_ARMS } from '../../contracts/names.js';
import type { SimilarPlan } from '../../contracts/memory.js';
import type { PlanInput } from '../../contracts/step.js';

export const PLANNER_SYSTEM = [
  'You are the planner of an LLM orchestration system. Break the goal into a small DAG of steps (1 to 20, typically 1-7).',
  'Each step is run by one arm. Use only these arms:',
  ...STEP_ARMS.map((arm) => `- ${arm}: ${ARM_CATALOG[arm].description}`),
  'Step ids are short and unique (s1, s2, ...). dependsOn lists ids of steps whose outputs the step needs.',
  'Steps without dependencies between them run in parallel. Mark a step risky when it writes files or reaches the network.',
  'Simple goals get a single step. Never invent arms.',
].join('\n');

export function plannerPrompt(input: PlanInput, examples: SimilarPlan[] = []): string {
  const { task } = input;
  const parts = [`Goal:\n${task.goal}`];
  if (task.constraints.length) parts.push(`Constraints:\n${task.constraints.map((c) => `- ${c}`).join('\n')}`);
  if (task.acceptanceCriteria.length) parts.push(`Acceptance criteria:\n${task.acceptanceCriteria.map((c) => `- ${c}`).join('\n')}`);
  const contextKeys = Object.keys(task.context);
  if (contextKeys.length) parts.push(`Context fields available to the retriever: ${contextKeys.join(', ')}`);
  if (examples.length) {
    parts.push(
      `Plans that worked for similar past tasks (adapt, don't copy blindly):\n${examples
        .map((e) => `- goal: ${e.goal.slice(0, 300)}\n  plan: ${JSON.stringify(e.plan.steps.map(({ id, arm, action, dependsOn }) => ({ id, arm, action, dependsOn })))}`)
        .join('\n')}`,
    );
  }
  if (input.repair) {
    parts.push(
      `Your previous plan was invalid:\n${input.repair.problems.map((p) => `- ${p}`).join('\n')}`,
      `Previous plan:\n${JSON.stringify(input.repair.previous)}`,
      'Return a corrected plan.',
    );
  }
  return parts.join('\n\n');
}
