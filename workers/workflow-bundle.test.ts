// Every workflow run evaluates the bundle's modules afresh (the SDK's reusable V8 context keeps a module cache per
// run), so whatever workflow code imports is paid for on every task's first workflow task.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bundleWorkflows } from './workflow-bundle.js';

test('the workflow bundle carries no zod: workflow code imports contracts’ pure modules, and schemas only as types', async () => {
  const path = process.env.OCTOLLM_TEST_WORKFLOW_BUNDLE;
  const code = path ? readFileSync(path, 'utf8') : (await bundleWorkflows()).code;
  assert.ok(code.includes('function taskWorkflow('), 'this is the workflow bundle');
  const zodModules = [...new Set(code.match(/node_modules\/zod\/[\w./-]+/g) ?? [])];
  assert.deepEqual(zodModules, [], 'a workflow module imports a value from a contract that builds zod schemas');
});
