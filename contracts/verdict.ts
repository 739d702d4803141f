// Verdicts that need no model: pure rules shared by the judge arm and the workflow.
import type { Verdict } from './step.js';

/** The rule-only verdict, or undefined when the criteria need a model to judge. */
export function ruleVerdict(output: string, acceptanceCriteria: string[]): Verdict | undefined {
  if (output.trim() === '') return { valid: false, confidence: 1, passed: [], failed: [...acceptanceCriteria], issues: ['the output is empty'] };
  if (acceptanceCriteria.length === 0) return { valid: true, confidence: 0.5, passed: [], failed: [], issues: [] };
  return undefined;
}
