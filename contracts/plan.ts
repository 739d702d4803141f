// The plan a planner returns (SPEC §5): a DAG of 1–20 steps, validated by pure code shared with the workflow
// (plan-problems.ts, kept free of zod so the workflow bundle does not carry it).
import { z } from 'zod';

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

export { planProblems } from './plan-problems.js';
