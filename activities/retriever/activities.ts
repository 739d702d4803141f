// The retriever arm: finds what the step needs in the task's context and in the tenant's memory (knowledge graph +
// episodes, fused by reciprocal rank), and cites where each passage came from.
import type { StepActivities } from '../../contracts/activities.js';
import type { MemoryActivities } from '../../contracts/memory.js';
import type { StepInput, StepResult } from '../../contracts/step.js';
import { provenanceOf } from '../provenance.js';
import { searchContext } from './context-search.js';

export interface RetrieverDeps {
  /** Memory's hybrid search; absent, only the task context is searched. */
  searchKnowledge?: MemoryActivities['searchKnowledge'];
}

const MEMORY_HITS = 5;

export function createRetrieverActivities(deps: RetrieverDeps = {}): StepActivities<'retriever'> {
  return {
    async retrieverStep(input: StepInput): Promise<StepResult> {
      const startedAt = Date.now();
      const query = `${input.step.action} ${input.goal}`;
      const passages = searchContext(input.context, query).map((p) => ({ text: p.text, source: p.citation }));
      // Tenant-filtered by the memory layer: another tenant's entities or episodes never come back.
      const memory = deps.searchKnowledge ? await deps.searchKnowledge({ tenantId: input.tenantId, query, limit: MEMORY_HITS }) : { hits: [] };
      for (const hit of memory.hits) passages.push({ text: hit.text, source: `${hit.source}:${hit.id}` });
      const output = passages.length
        ? passages.map((p, i) => `[${i + 1}] ${p.text}\n    (source: ${p.source})`).join('\n')
        : 'No relevant passages found in the task context or memory.';
      return {
        stepId: input.step.id,
        arm: 'retriever',
        output,
        provenance: provenanceOf({
          arm: 'retriever',
          model: deps.searchKnowledge ? 'retriever:context-bm25+memory-rrf' : 'retriever:context-bm25',
          input,
          startedAt,
          confidence: passages.length ? Math.min(0.9, 0.4 + passages.length * 0.1) : 0.2,
        }),
      };
    },
  };
}
