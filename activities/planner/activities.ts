// The planner arm: goal → validated-by-the-workflow DAG of steps, as structured LLM output.
import { PlanSchema } from '../../contracts/plan.js';
import type { PlannerActivities } from '../../contracts/activities.js';
import type { PlanInput, PlanResult } from '../../contracts/step.js';
import type { Llm } from '../llm/llm.js';
import { provenanceOf } from '../provenance.js';
import { PLANNER_SYSTEM, plannerPrompt } from './prompt.js';

export function createPlannerActivities(deps: { llm: Llm }): PlannerActivities {
  return {
    async planTask(input: PlanInput): Promise<PlanResult> {
      const startedAt = Date.now();
      const reply = await deps.llm.structured({
        arm: 'planner',
        system: PLANNER_SYSTEM,
        prompt: plannerPrompt(input),
        schema: PlanSchema,
        schemaName: 'plan',
        temperature: 0.2,
      });
      return {
        plan: reply.value,
        provenance: provenanceOf({
          arm: 'planner',
          model: reply.model,
          promptHash: reply.promptHash,
          input: { task: input.task, repair: input.repair },
          usage: reply.usage,
          startedAt,
          confidence: input.repair ? 0.6 : 0.8,
        }),
      };
    },
  };
}
