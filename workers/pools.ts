// The worker pools: one per task queue, each with its own concurrency (SPEC §1).
import { ARMS, armQueue, MEMORY_QUEUE, ORCHESTRATOR_QUEUE, type Arm } from '../contracts/names.js';

export type Pool = 'orchestrator' | Arm | 'memory';
export const POOLS: readonly Pool[] = ['orchestrator', ...ARMS, 'memory'];

export function poolQueue(pool: Pool): string {
  if (pool === 'orchestrator') return ORCHESTRATOR_QUEUE;
  if (pool === 'memory') return MEMORY_QUEUE;
  return armQueue(pool);
}

/** Concurrent activities per worker: LLM-bound arms wait on the network; the executor is bounded by the machine. */
export const POOL_CONCURRENCY: Record<Pool, number> = {
  orchestrator: 200,
  planner: 20,
  retriever: 50,
  coder: 20,
  executor: 4,
  judge: 40,
  guardian: 50,
  memory: 50,
};

export function isPool(value: string): value is Pool {
  return (POOLS as readonly string[]).includes(value);
}
