// The coder arm: generates, fixes or explains code as structured output; checks the syntax and fixes once.
import { z } from 'zod';
import type { StepActivities } from '../../contracts/activities.js';
import type { StepInput, StepResult } from '../../contracts/step.js';
import { addUsage } from '../../contracts/usage.js';
import type { Llm } from '../llm/llm.js';
import { provenanceOf } from '../provenance.js';
import { stepPrompt } from '../step-prompt.js';
import { syntaxError } from './syntax-check.js';

export const CodeResultSchema = z.object({
  language: z.string().describe('language of the code, e.g. typescript, javascript, json, python'),
  code: z.string(),
  explanation: z.string(),
});
export type CodeResult = z.infer<typeof CodeResultSchema>;

const CODER_SYSTEM =
  'You are the coder arm. Write correct, idiomatic, complete code for the step. Return the code without Markdown fences, ' +
  'its language, and a short explanation. You never run code.';

export function formatCodeResult(result: CodeResult): string {
  return `\`\`\`${result.language}\n${result.code}\n\`\`\`\n\n${result.explanation}`.trim();
}

export function createCoderActivities(deps: { llm: Llm }): StepActivities<'coder'> {
  return {
    async coderStep(input: StepInput): Promise<StepResult> {
      const startedAt = Date.now();
      const ask = (extra: string[]) =>
        deps.llm.structured({ arm: 'coder', system: CODER_SYSTEM, prompt: stepPrompt(input, extra), schema: CodeResultSchema, schemaName: 'code_result' });
      let reply = await ask([]);
      let usage = reply.usage;
      let error = syntaxError(reply.value.language, reply.value.code);
      if (error) {
        reply = await ask([`Your previous code did not parse (${error}):\n${reply.value.code.slice(0, 8_000)}\nReturn a corrected version.`]);
        usage = addUsage(usage, reply.usage);
        error = syntaxError(reply.value.language, reply.value.code);
      }
      return {
        stepId: input.step.id,
        arm: 'coder',
        output: formatCodeResult(reply.value),
        provenance: provenanceOf({
          arm: 'coder',
          model: reply.model,
          promptHash: reply.promptHash,
          input,
          usage,
          startedAt,
          confidence: error ? 0.3 : 0.8,
        }),
      };
    },
  };
}
