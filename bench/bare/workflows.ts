// The baseline for bench:orchestration: N activities in a chain, on the same server, with nothing else.
import { proxyActivities } from '@temporalio/workflow';

export interface BareActivities {
  bareStep(input: { step: number; previous: string }): Promise<string>;
}

const { bareStep } = proxyActivities<BareActivities>({ startToCloseTimeout: '1 minute', taskQueue: 'bench-bare' });

export async function bareWorkflow(steps: number): Promise<string> {
  let previous = '';
  for (let step = 0; step < steps; step++) previous = await bareStep({ step, previous });
  return previous;
}
