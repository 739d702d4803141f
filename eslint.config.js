// Lint: type-aware rules everywhere, and a fence around workflows/ so workflow code stays deterministic.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const WORKFLOW_ALLOWED_MESSAGE =
  'workflow code must stay deterministic: import only @temporalio/workflow, contracts, types and pure shared code';

export default tseslint.config(
  { ignores: ['node_modules/**', '.octollm/**', 'bin/**', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test()/describe() return promises the runner itself awaits.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] }] },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // workflows/, and the small workflows tests and benches bundle for themselves
    files: ['workflows/**/*.ts', '**/test-fixtures/*workflow*.ts', 'bench/bare/workflows.ts'],
    // Tests of the pure helpers run in Node, never in the workflow bundle.
    ignores: ['workflows/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'process'], message: WORKFLOW_ALLOWED_MESSAGE },
            { group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'], message: WORKFLOW_ALLOWED_MESSAGE },
            { group: ['openai', '@anthropic-ai/*', 'pg', 'ioredis', '@qdrant/*', '@electric-sql/*', 'fastify', 'fastify-*', '@fastify/*', 'pino', 'prom-client'], message: WORKFLOW_ALLOWED_MESSAGE },
            { group: ['../activities/*', '../gateway/*', '../stores/*', '../workers/*', '../runtime/*', '../config/*'], allowTypeImports: true, message: WORKFLOW_ALLOWED_MESSAGE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: WORKFLOW_ALLOWED_MESSAGE },
        { name: 'Buffer', message: WORKFLOW_ALLOWED_MESSAGE },
        { name: 'require', message: WORKFLOW_ALLOWED_MESSAGE },
      ],
    },
  },
);
