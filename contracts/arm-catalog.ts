// What each arm is for: shown by GET /v1/arms and given to the planner so it assigns steps to real arms.
import type { Arm } from './names.js';

export interface ArmDescription {
  description: string;
  capabilities: string[];
}

export const ARM_CATALOG: Record<Arm, ArmDescription> = {
  planner: {
    description: 'Turns a goal into a DAG of steps, each assigned to an arm.',
    capabilities: ['task_decomposition', 'acceptance_criteria', 'plan_repair'],
  },
  retriever: {
    description: 'Finds relevant facts in the task context and memory, with citations.',
    capabilities: ['keyword_search', 'hybrid_search', 'citations'],
  },
  coder: {
    description: 'Generates, fixes, explains or tests code; never executes it.',
    capabilities: ['code_generation', 'debugging', 'refactoring', 'explanation', 'test_generation'],
  },
  executor: {
    description: 'Runs allow-listed commands (no shell) in a per-task workspace; HTTP GET to allow-listed hosts.',
    capabilities: ['command_execution', 'http_get'],
  },
  judge: {
    description: 'Checks an output against acceptance criteria and reports what passed and failed.',
    capabilities: ['criteria_evaluation', 'rule_checks'],
  },
  guardian: {
    description: 'Scans text for PII, secrets and policy violations; redacts or blocks.',
    capabilities: ['pii_detection', 'secret_detection', 'redaction'],
  },
};
