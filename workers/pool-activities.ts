// Which activities each pool registers, built from the dependencies they close over.
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import type { Config } from '../config/config.js';
import type { MemoryActivities } from '../contracts/memory.js';
import { createCoderActivities } from '../activities/coder/activities.js';
import { createExecutorActivities } from '../activities/executor/activities.js';
import { createFinishTaskActivities } from '../activities/finish-task.js';
import { createGuardianActivities, type TextScanner } from '../activities/guardian/activities.js';
import { createJudgeActivities } from '../activities/judge/activities.js';
import { createLlm } from '../activities/llm/llm.js';
import { createMemoryHandOffActivities } from '../activities/memory/memory-hand-off.js';
import type { LlmMetrics } from '../activities/llm/llm-telemetry.js';
import { createTaskResultCacheActivities, type ResultCache } from '../activities/memory/task-result-cache.js';
import { createPlannerActivities } from '../activities/planner/activities.js';
import { createRetrieverActivities } from '../activities/retriever/activities.js';
import type { Pool } from './pools.js';

export interface PoolDependencies {
  config: Config;
  scan: TextScanner;
  resultCache: ResultCache;
  /** The memory activities over this process's stores (also read directly by the planner and retriever). */
  memory: MemoryActivities;
  /** Token, cost and call counters shared by every pool's LLM layer. */
  llmMetrics?: LlmMetrics;
  /** The orchestrator starts each finished task's memory write with it. */
  client: Client;
}

/** Local activities the orchestrator runs beside its workflows: cheap, no model, no queue round trip. */
export function orchestratorLocalActivities(deps: PoolDependencies): object {
  const { guardOutput } = createGuardianActivities({ scan: deps.scan });
  const parts = {
    guardOutput,
    ...createTaskResultCacheActivities({ cache: deps.resultCache }),
    ...createMemoryHandOffActivities({ client: deps.client }),
  };
  // The parts stay registered on their own: failed tasks use them, and so do runs started before finishTask existed.
  return { ...parts, ...createFinishTaskActivities(parts) };
}

export function activitiesFor(pool: Exclude<Pool, 'orchestrator'>, deps: PoolDependencies): object {
  switch (pool) {
    case 'planner':
      return createPlannerActivities({ llm: createLlm(deps.config, deps.llmMetrics), findSimilarPlans: deps.memory.findSimilarPlans });
    case 'coder':
      return createCoderActivities({ llm: createLlm(deps.config, deps.llmMetrics) });
    case 'judge':
      return createJudgeActivities({ llm: createLlm(deps.config, deps.llmMetrics), scan: deps.scan });
    case 'retriever':
      return createRetrieverActivities({ searchKnowledge: deps.memory.searchKnowledge });
    case 'guardian':
      return createGuardianActivities({ scan: deps.scan, llm: createLlm(deps.config, deps.llmMetrics) });
    case 'memory':
      return deps.memory;
    case 'executor':
      return createExecutorActivities({ llm: createLlm(deps.config, deps.llmMetrics), workspaceRoot: join(deps.config.dataDir, 'workspaces') });
  }
}
