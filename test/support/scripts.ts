// Scripted LLM replies shared by the end-to-end tests.
import type { FakeReply, FakeRequest } from './fake-llm.js';

export const THREE_STEP_PLAN = {
  rationale: 'look up the rules and draft the function in parallel, then combine',
  steps: [
    { id: 's1', arm: 'retriever', action: 'Find the slug naming rules in the context', dependsOn: [], acceptanceCriteria: [], risky: false },
    { id: 's2', arm: 'coder', action: 'Write a slugify function in TypeScript', dependsOn: [], acceptanceCriteria: [], risky: false },
    { id: 's3', arm: 'coder', action: 'Combine the rules and the function into a documented module', dependsOn: ['s1', 's2'], acceptanceCriteria: [], risky: false },
  ],
};

export const codeReply = (request: FakeRequest): FakeReply => ({
  json: {
    language: 'typescript',
    code: 'export const slugify = (s: string): string => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-");',
    explanation: request.prompt.includes('Output of step s1') ? 'combined module' : 'first draft',
  },
  inputTokens: 120,
  outputTokens: 80,
});

export const passVerdict: FakeReply = { json: { passed: true, reason: 'meets the criterion' }, inputTokens: 60, outputTokens: 10 };

export const SLUG_TASK = {
  goal: 'Write a TypeScript slugify function that follows our naming rules',
  acceptanceCriteria: ['exports a function named slugify'],
  context: { naming: { rules: 'slug naming rules: lowercase, words joined by hyphens' }, unrelated: 'quarterly revenue figures' },
};
