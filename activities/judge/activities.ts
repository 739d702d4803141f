// The judge arm: rules first, then one yes/no LLM verdict per acceptance criterion at temperature 0.
import { z } from 'zod';
import type { JudgeActivities, StepActivities } from '../../contracts/activities.js';
import type { JudgeInput, JudgeResult, StepInput, StepResult, Verdict } from '../../contracts/step.js';
import { addUsage, ZERO_USAGE } from '../../contracts/usage.js';
import { ruleVerdict } from '../../contracts/verdict.js';
import type { TextScanner } from '../guardian/activities.js';
import type { Llm } from '../llm/llm.js';
import { provenanceOf } from '../provenance.js';

export const CriterionVerdictSchema = z.object({
  passed: z.boolean(),
  reason: z.string(),
});

const JUDGE_SYSTEM =
  'You are the judge arm. Decide strictly whether the output satisfies ONE acceptance criterion. ' +
  'Answer passed=true only if the output clearly meets it; give a one-sentence reason.';

/** Rule: an output carrying PII or secrets fails, whatever the criteria say (inputs were redacted, so it leaked). */
function leakVerdict(scan: TextScanner, output: string, criteria: string[]): Verdict | undefined {
  const types = [...new Set(scan(output).findings.map((f) => f.type))];
  if (types.length === 0) return undefined;
  return { valid: false, confidence: 0.95, passed: [], failed: [...criteria], issues: [`the output contains ${types.join(', ')}: remove personal data and secrets`] };
}

export function createJudgeActivities(deps: { llm: Llm; scan: TextScanner }): JudgeActivities & StepActivities<'judge'> {
  const judgeResult = async (input: JudgeInput): Promise<JudgeResult> => {
      const startedAt = Date.now();
      const byRules = ruleVerdict(input.output, input.acceptanceCriteria) ?? leakVerdict(deps.scan, input.output, input.acceptanceCriteria);
      if (byRules) return { verdict: byRules, provenance: provenanceOf({ arm: 'judge', model: 'rules', input, startedAt, confidence: byRules.confidence }) };
      const replies = await Promise.all(
        input.acceptanceCriteria.map((criterion) =>
          deps.llm.structured({
            arm: 'judge',
            system: JUDGE_SYSTEM,
            prompt: `Goal:\n${input.goal}\n\nCriterion:\n${criterion}\n\nOutput to judge:\n${input.output.slice(0, 20_000)}`,
            schema: CriterionVerdictSchema,
            schemaName: 'criterion_verdict',
            temperature: 0,
            maxTokens: 300,
          }),
        ),
      );
      const passed: string[] = [];
      const failed: string[] = [];
      const issues: string[] = [];
      replies.forEach((reply, i) => {
        const criterion = input.acceptanceCriteria[i]!;
        if (reply.value.passed) passed.push(criterion);
        else {
          failed.push(criterion);
          issues.push(`${criterion}: ${reply.value.reason}`);
        }
      });
      const usage = replies.reduce((sum, r) => addUsage(sum, r.usage), ZERO_USAGE);
      const verdict: Verdict = { valid: failed.length === 0, confidence: 0.8, passed, failed, issues };
      return {
        verdict,
        provenance: provenanceOf({
          arm: 'judge',
          model: replies[0]!.model,
          promptHash: replies[0]!.promptHash,
          input,
          usage,
          startedAt,
          confidence: verdict.confidence,
        }),
      };
  };
  return {
    judgeResult,
    /** As a plan step: judges the outputs it depends on against the step's criteria (or its action). */
    async judgeStep(input: StepInput): Promise<StepResult> {
      const criteria = input.step.acceptanceCriteria.length ? input.step.acceptanceCriteria : [input.step.action];
      const output = Object.entries(input.inputs).map(([id, text]) => `## ${id}\n${text}`).join('\n\n');
      const { verdict, provenance } = await judgeResult({ taskId: input.taskId, tenantId: input.tenantId, goal: input.goal, acceptanceCriteria: criteria, output });
      const lines = [`valid: ${verdict.valid}`, ...verdict.passed.map((c) => `passed: ${c}`), ...verdict.issues.map((i) => `failed: ${i}`)];
      return { stepId: input.step.id, arm: 'judge', output: lines.join('\n'), provenance };
    },
  };
}
