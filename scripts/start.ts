// `npm start`: the embedded stack in one process tree — Temporal dev server, every worker pool, the gateway.
import { NOT_CONFIGURED_MESSAGE } from '../activities/llm/llm.js';
import { parseScriptArgs } from '../cli/args.js';
import { ensureLocalApiKey, localApiKeyPath } from '../runtime/local-api-key.js';
import { runUntilSignal } from '../runtime/run-until-signal.js';
import { startStack } from '../runtime/stack.js';
import { POOLS } from '../workers/pools.js';

const USAGE = `Usage: npm start

Starts OctoLLM in one process tree: a Temporal dev server with its Web UI (unless TEMPORAL_ADDRESS is set), every
worker pool and the gateway, on embedded stores unless DATABASE_URL, REDIS_URL or QDRANT_URL point elsewhere.
Ctrl-C stops it. Configuration is environment variables (README "Configuration"); the usual ones:
  PORT / HOST                          gateway address (default 127.0.0.1:3000)
  OPENAI_API_KEY, OPENAI_BASE_URL      an OpenAI-compatible server for the arms
  ANTHROPIC_API_KEY                    Anthropic Messages, instead or as well
  OCTOLLM_API_KEYS                     tenant:key[:limit],… (default: a local key in the data directory)
  OCTOLLM_DATA_DIR                     embedded state (default .octollm)
Options:
  -h, --help`;

parseScriptArgs({}, USAGE, () => undefined);
await runUntilSignal(async (config) => {
  console.log('Starting OctoLLM (Temporal, workers, gateway)…');
  const localKey = config.apiKeys.length === 0 ? await ensureLocalApiKey(config.dataDir) : undefined;
  const keyPath = localApiKeyPath(config.dataDir);
  const stack = await startStack(config, { pools: POOLS, gateway: true, extraApiKeys: localKey ? [localKey] : [] });
  const lines = [
    '',
    `  API          ${stack.gatewayUrl}   (OpenAPI UI at ${stack.gatewayUrl}/docs)`,
    // the key itself stays off stdout (terminal scrollback, CI logs, screen shares): only a prefix to recognise it by
    localKey ? `  API key      ${localKey.key.slice(0, 9)}…   (tenant "${localKey.tenantId}", stored in ${keyPath})` : `  API keys     from OCTOLLM_API_KEYS (${config.apiKeys.length})`,
    `  Temporal     ${stack.temporalAddress}${config.temporal.address ? '' : '   (embedded dev server, state in ' + config.dataDir + '/temporal.db)'}`,
    stack.temporalUiUrl ? `  Temporal UI  ${stack.temporalUiUrl}` : '',
    '',
    `  Try: curl -s -X POST ${stack.gatewayUrl}/v1/tasks -H "Authorization: Bearer ${localKey ? `$(cat ${keyPath})` : '<key>'}" \\`,
    `         -H 'Content-Type: application/json' -d '{"goal":"Write a TypeScript function that reverses a string"}'`,
    '',
  ];
  if (!config.llm.openai && !config.llm.anthropic) {
    lines.push(`  ⚠ ${NOT_CONFIGURED_MESSAGE}.`, '    Until then every task fails at once with code llm_not_configured.', '');
  }
  console.log(lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n'));
  return stack;
});
