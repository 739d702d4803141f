// `octollm replay`: replays a task's history (from Temporal, or a JSON file) against the current workflow code.
import { readFile } from 'node:fs/promises';
import { Connection } from '@temporalio/client';
import { historyFromJSON, type History } from '@temporalio/common/lib/proto-utils.js';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../../config/config.js';
import { createDataConverter } from '../../temporal/codec/data-converter.js';
import { parsePayloadKeyring, resolvePayloadKeyring } from '../../temporal/codec/keyring.js';
import { bundleWorkflows } from '../../workers/workflow-bundle.js';
import { parseCommand, type Command } from '../args.js';
import { EMBEDDED_TEMPORAL_ADDRESS } from '../cli-env.js';
import { CliError, UsageError } from '../cli-error.js';
import { replayHistories } from '../replay-history.js';

const usage = `Usage: octollm replay <taskId> [--run-id <id>]
       octollm replay --file <history.json>

Replay a task's history against the current workflow code and report whether it still replays
(exit 0) or where it diverges (DeterminismViolationError, exit 1). A task id is fetched from Temporal
(TEMPORAL_ADDRESS, default the embedded ${EMBEDDED_TEMPORAL_ADDRESS}); a file is a history as saved by
\`temporal workflow show --output json\` or scripts/record-history.ts.

Payloads are decrypted with OCTOLLM_PAYLOAD_KEY, else the key \`npm start\` wrote under OCTOLLM_DATA_DIR.

Options:
  --file <path>        replay a history file instead of fetching one
  --run-id <id>        a specific run (default: the latest)
  --key-file <path>    read the payload keyring from this file (e.g. test/histories/payload-key)
  -h, --help`;

const options = { file: { type: 'string' }, 'run-id': { type: 'string' }, 'key-file': { type: 'string' } } as const;
const WORKFLOW_ID = /^[A-Za-z0-9_.:-]{1,255}$/;

async function fetchHistory(address: string, namespace: string, workflowId: string, runId?: string): Promise<History> {
  let connection: Connection;
  try {
    connection = await Connection.connect({ address, connectTimeout: '5s' });
  } catch {
    throw new CliError(`cannot reach Temporal at ${address}: is \`npm start\` running? (set TEMPORAL_ADDRESS to point elsewhere)`);
  }
  try {
    const { Client } = await import('@temporalio/client');
    return await new Client({ connection, namespace }).workflow.getHandle(workflowId, runId).fetchHistory();
  } catch (err) {
    if ((err as Error).name === 'WorkflowNotFoundError' || /not found/i.test((err as Error).message)) throw new CliError(`no workflow "${workflowId}"${runId ? ` run ${runId}` : ''} in namespace ${namespace}`);
    throw err;
  } finally {
    await connection.close();
  }
}

export const replay: Command = {
  name: 'replay',
  summary: 'replay a history against the current workflow code',
  usage,
  async run(argv, { env, out }) {
    const { values, positionals, help } = parseCommand(argv, options, usage, { min: 0, max: 1 });
    if (help) return out(usage), 0;
    const file = values.file;
    if (!file === !positionals[0]) throw new UsageError('give either a task id or --file <history.json>', usage);
    const workflowId = positionals[0];
    if (workflowId && !WORKFLOW_ID.test(workflowId)) throw new UsageError(`"${workflowId}" is not a workflow id`, usage);

    const config = loadConfig(env.raw);
    const keyring = values['key-file']
      ? parsePayloadKeyring((await readFile(values['key-file'], 'utf8')).trim(), values['key-file'])
      : await resolvePayloadKeyring({ payloadKey: config.payloadKey, dataDir: config.dataDir, createIfMissing: false });

    let history: History;
    let name: string;
    if (file) {
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (err) {
        throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'not JSON'}`);
      }
      try {
        history = historyFromJSON(json);
      } catch (err) {
        throw new CliError(`${file} is not a Temporal history: ${(err as Error).message}`);
      }
      name = file;
    } else {
      history = await fetchHistory(config.temporal.address ?? EMBEDDED_TEMPORAL_ADDRESS, config.temporal.namespace, workflowId!, values['run-id']);
      name = workflowId!;
    }

    // The replay worker logs every state change; only errors matter here (the result is printed below).
    try {
      Runtime.install({ logger: new DefaultLogger('ERROR') });
    } catch {
      // Already installed (the CLI called in-process, e.g. by tests): keep that one.
    }
    // With stack traces: a replay is where an error thrown in workflow code is looked into.
    const bundle = await bundleWorkflows({ stackTraces: true });
    const [outcome] = await replayHistories([{ workflowId: name, history }], { dataConverter: createDataConverter(keyring), workflowBundle: { code: bundle.code } });
    const events = history.events?.length ?? 0;
    if (outcome?.ok) {
      out(`OK  ${name}: ${events} events replay against the current workflow code`);
      return 0;
    }
    out(`${outcome?.nondeterministic ? 'NONDETERMINISM' : 'REPLAY FAILED'}  ${name}: ${outcome?.message ?? 'unknown error'}`);
    const at = outcome?.divergingEvent;
    if (at) out(`  diverges at event ${at.eventId}: ${at.type}${at.detail ? ` (${at.detail})` : ''}`);
    if (outcome?.nondeterministic) out('  the workflow code no longer issues the commands this history recorded; guard the change with patched() (docs/ARCHITECTURE.md)');
    return 1;
  },
};
