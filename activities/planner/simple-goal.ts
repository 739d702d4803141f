// Simple goals — one short code request with nothing else attached — get a one-step coder plan without a model call.
import type { Plan } from '../../contracts/plan.js';
import type { TaskSpec } from '../../contracts/step.js';

const MAX_SIMPLE_GOAL_CHARS = 200;
const CODE_REQUEST = /^(?:please\s+)?(?:write|implement|generate|create|code)\b[^\n.;]{0,150}?\b(?:function|method|class|regex|regular expression|sql query|type|interface|script|snippet|module)\b/i;

export function simplePlan(task: TaskSpec): Plan | undefined {
  const goal = task.goal.trim();
  if (goal.length > MAX_SIMPLE_GOAL_CHARS || goal.includes('\n')) return undefined;
  if (task.constraints.length || task.acceptanceCriteria.length || Object.keys(task.context).length) return undefined;
  if (!CODE_REQUEST.test(goal)) return undefined;
  return {
    rationale: 'a single, self-contained code request: one coder step',
    steps: [{ id: 's1', arm: 'coder', action: goal, dependsOn: [], acceptanceCriteria: [], risky: false }],
  };
}
