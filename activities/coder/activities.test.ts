// The coder arm against a fake OpenAI-compatible server: code that does not parse is sent back once with the
// syntax error; the result carries provenance whose confidence says whether the code parsed.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { loadConfig } from '../../config/config.js';
import type { StepInput } from '../../contracts/step.js';
import { bySchema, startFakeLlm, type FakeLlmServer, type FakeReply } from '../../test/support/fake-llm.js';
import { createLlm } from '../llm/llm.js';
import { createCoderActivities } from './activities.js';

let llm: FakeLlmServer;
let coder: ReturnType<typeof createCoderActivities>;

const input: StepInput = {
  taskId: 'task-00000000-0000-7000-8000-000000000001',
  tenantId: 'acme',
  goal: 'Write a slugify function',
  step: { id: 's1', arm: 'coder', action: 'Write slugify in TypeScript', acceptanceCriteria: ['exports slugify'] },
  inputs: {},
  context: {},
};
const broken: FakeReply = { json: { language: 'typescript', code: 'export const slugify = (s: string => s.toLowerCase();', explanation: 'draft' } };
const fixed: FakeReply = { json: { language: 'typescript', code: 'export const slugify = (s: string) => s.toLowerCase();', explanation: 'fixed' } };

before(async () => {
  llm = await startFakeLlm(bySchema({}));
  coder = createCoderActivities({ llm: createLlm(loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: `${llm.url}/v1` })) });
});
beforeEach(() => {
  llm.requests.length = 0;
});
after(async () => {
  await llm?.close();
});

test('code that parses is returned after one request, as a fenced block with its explanation', async () => {
  llm.respondWith(bySchema({ code_result: fixed }));
  const result = await coder.coderStep(input);
  assert.equal(llm.requests.length, 1);
  assert.equal(result.output, '```typescript\nexport const slugify = (s: string) => s.toLowerCase();\n```\n\nfixed');
  assert.equal(result.provenance.arm, 'coder');
  assert.equal(result.provenance.confidence, 0.8);
  assert.match(llm.requests[0]!.prompt, /This step is accepted when:\n- exports slugify/);
});

test('code that does not parse is sent back once with the syntax error, and the fix is returned', async () => {
  let calls = 0;
  llm.respondWith(bySchema({ code_result: () => (calls++ === 0 ? broken : fixed) }));
  const result = await coder.coderStep(input);
  assert.equal(llm.requests.length, 2);
  assert.doesNotMatch(llm.requests[0]!.prompt, /did not parse/);
  assert.match(llm.requests[1]!.prompt, /Your previous code did not parse \(line 1, column \d+: .+\):\nexport const slugify = \(s: string =>/);
  assert.match(result.output, /fixed$/);
  assert.equal(result.provenance.confidence, 0.8);
  assert.equal(result.provenance.usage.inputTokens, 200, 'both calls are paid for');
});

test('code still broken after the one fix is returned with low confidence, not a third request', async () => {
  llm.respondWith(bySchema({ code_result: broken }));
  const result = await coder.coderStep(input);
  assert.equal(llm.requests.length, 2);
  assert.equal(result.provenance.confidence, 0.3);
});

test('a repair round passes the judge\'s issues to the model', async () => {
  llm.respondWith(bySchema({ code_result: fixed }));
  await coder.coderStep({ ...input, feedback: ['exports slugify: the function is not exported'], previousOutput: 'const slugify = 1;' });
  assert.match(llm.requests[0]!.prompt, /Your previous output for this step:\nconst slugify = 1;\n\nA reviewer rejected the previous attempt:\n- exports slugify: the function is not exported\nFix these problems\./);
});
