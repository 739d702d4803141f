// Routes the Temporal SDK's own log lines into our logger: warnings and errors only, and only whitelisted
// metadata — the SDK's default logger prints failure details, which can quote task text.
import { DefaultLogger, Runtime, type LogEntry } from '@temporalio/worker';
import type { Logger } from 'pino';

// Activity-only workers say this once each at start; it is expected, not a warning.
const EXPECTED = new Set(['No workflows registered, not polling for workflow tasks']);
const SAFE_META = ['sdkComponent', 'taskQueue', 'namespace', 'workflowType', 'activityType', 'workflowId', 'runId', 'attempt'] as const;
let installed = false;

export function installTemporalLogging(logger: Logger): void {
  if (installed) return;
  installed = true;
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry: LogEntry) => {
      if (EXPECTED.has(entry.message)) return;
      const meta: Record<string, unknown> = {};
      for (const key of SAFE_META) if (entry.meta?.[key] !== undefined) meta[key] = entry.meta[key];
      if (entry.level === 'ERROR') logger.error(meta, entry.message);
      else logger.warn(meta, entry.message);
    }),
  });
}
