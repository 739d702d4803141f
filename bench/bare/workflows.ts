// The baselines for bench:orchestration: N activities in a chain, on the same server, with nothing else —
// activities that do nothing, or the coder arm's activity (the same LLM call through the same provider layer).
import { proxyActivities } from '@temporalio/workflow';
import type { StepInput, StepResult } from '../../contracts/step.js';

export interface BareActivities {
  bareStep(input: { step: number; previous: string }): Promise<string>;
  coderStep(input: StepInput): Promise<StepResult>;
}

const { bareStep, coderStep } = proxyActivities<BareActivities>({ startToCloseTimeout: '1 minute', taskQueue: 'bench-bare' });

export async function bareWorkflow(steps: number): Promise<string> {
  let previous = '';
  for (let step = 0; step < steps; step++) previous = await bareStep({ step, previous });
  return previous;
}

export async function bareLlmWorkflow(steps: number): Promise<string> {
  let previous = '';
  for (let step = 1; step <= steps; step++) {
    const id = `s${step}`;
    const result = await coderStep({
      taskId: 'bare',
      tenantId: 'bench',
      goal: 'bare chain',
      step: { id, arm: 'coder', action: `write part ${step}`, acceptanceCriteria: [] },
      inputs: step === 1 ? {} : { [`s${step - 1}`]: previous },
      context: {},
    });
    previous = result.output;
  }
  return previous;
}
