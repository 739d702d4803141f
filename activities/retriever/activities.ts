// The retriever arm: finds what the step needs in the task context and cites where each passage came from.
import type { StepActivities } from '../../contracts/activities.js';
import type { StepInput, StepResult } from '../../contracts/step.js';
import { provenanceOf } from '../provenance.js';
import { searchContext } from './context-search.js';

export function createRetrieverActivities(): StepActivities<'retriever'> {
  return {
    async retrieverStep(input: StepInput): Promise<StepResult> {
      const startedAt = Date.now();
      const passages = searchContext(input.context, `${input.step.action} ${input.goal}`);
      const output = passages.length
        ? passages.map((p, i) => `[${i + 1}] ${p.text}\n    (source: ${p.citation})`).join('\n')
        : 'No relevant passages found in the task context.';
      return {
        stepId: input.step.id,
        arm: 'retriever',
        output,
        provenance: provenanceOf({
          arm: 'retriever',
          model: 'retriever:bm25-context',
          input,
          startedAt,
          confidence: passages.length ? Math.min(0.9, 0.4 + passages.length * 0.1) : 0.2,
        }),
      };
    },
  };
}
