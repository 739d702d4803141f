// Tiny workflows for the encrypted-history test: one succeeds through an activity, one fails through one,
// so inputs, results, memo and failure messages all end up in the history.
import { proxyActivities } from '@temporalio/workflow';
import type * as activities from './activities.js';

const { shout, refuse } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 1 },
});

export async function echoGoal(input: { goal: string }): Promise<string> {
  return `done: ${await shout(input.goal)}`;
}

export async function refuseGoal(input: { goal: string }): Promise<string> {
  return refuse(input.goal);
}
