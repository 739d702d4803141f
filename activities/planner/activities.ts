// The planner arm: goal → validated-by-the-workflow DAG of steps, as structured LLM output.
import { PlanSchema } from '../../contracts/plan.js';
import type { PlannerActivities } from '../../contracts/activities.js';
import type { MemoryActivities, SimilarPlan } from '../../contracts/memory.js';
import type { PlanInput, PlanResult } from '../../contracts/step.js';
import { whileHeartbeating } from '../heartbeat.js';
import type { Llm } from '../llm/llm.js';
import { provenanceOf } from '../provenance.js';
import { PLANNER_SYSTEM, plannerPrompt } from './prompt.js';
import { simplePlan } from './simple-goal.js';

export interface PlannerDeps {
  llm: Llm;
  /** Memory's lookup of the tenant's similar successful tasks; absent, the planner plans from scratch. */
  findSimilarPlans?: MemoryActivities['findSimilarPlans'];
}

export function createPlannerActivities(deps: PlannerDeps): PlannerActivities {
  return {
    async planTask(input: PlanInput): Promise<PlanResult> {
      const startedAt = Date.now();
      const simple = input.repair ? undefined : simplePlan(input.task);
      if (simple) {
        return { plan: simple, provenance: provenanceOf({ arm: 'planner', model: 'planner:simple-goal-rule', input: { task: input.task }, startedAt, confidence: 0.7 }) };
      }
      // Past plans are examples for a first plan; a repair works from its own problems instead.
      // Examples are a help, not a need: a memory outage must not stop planning. The lookup (an embedding call)
      // heartbeats like the model call after it, since the planner activity has a heartbeat timeout.
      const find = input.repair ? undefined : deps.findSimilarPlans;
      const examples: SimilarPlan[] = find
        ? await whileHeartbeating(() => find({ tenantId: input.tenantId, goal: input.task.goal, limit: 3 })).catch(() => [])
        : [];
      const reply = await deps.llm.structured({
        arm: 'planner',
        system: PLANNER_SYSTEM,
        prompt: plannerPrompt(input, examples),
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
