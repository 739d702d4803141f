// The reflex checks applied to a submitted task (SPEC §4): every text field is scanned; PII is redacted (or the
// task blocked, per the key's policy); injection blocks above the threshold and flags the task in between.
import { mapJsonStrings } from '../../contracts/json-strings.js';
import type { PiiPolicy, ReflexCheckResponse } from '../../contracts/reflex.js';
import type { TaskRequest } from '../../contracts/task.js';
import { ApiError } from '../errors.js';
import { injectionBand } from '../reflex/index.js';
import type { Reflex } from '../reflex/types.js';

export interface ScreenedTask {
  task: TaskRequest;
  /** Set when injection scored in the flag band: the guardian screens the task before planning. */
  flagged?: { injectionScore: number; rules: string[] };
  piiCounts: Record<string, number>;
}

export function screenTask(reflex: Reflex, request: TaskRequest, policy: PiiPolicy): ScreenedTask {
  const results: ReflexCheckResponse[] = [];
  const redact = (text: string): string => {
    const result = reflex.scan(text, policy);
    results.push(result);
    return result.redacted;
  };
  const task: TaskRequest = {
    ...request,
    goal: redact(request.goal),
    constraints: request.constraints.map(redact),
    acceptanceCriteria: request.acceptanceCriteria.map(redact),
    context: mapJsonStrings(request.context, redact),
  };

  const piiCounts: Record<string, number> = {};
  for (const r of results) for (const f of r.pii) piiCounts[f.type] = (piiCounts[f.type] ?? 0) + 1;
  const injectionScore = Math.max(0, ...results.map((r) => r.injection.score));
  const rules = [...new Set(results.flatMap((r) => r.injection.matches.map((m) => m.rule)))];

  // Reasons name rules and PII types only — never the matched text.
  if (injectionBand(injectionScore) === 'block') {
    throw new ApiError(422, 'prompt_injection', 'the task was blocked: it looks like a prompt-injection attempt', { score: injectionScore, rules });
  }
  if (policy === 'block' && Object.keys(piiCounts).length > 0) {
    throw new ApiError(422, 'pii_blocked', 'the task was blocked: it contains personal data or secrets and this key does not allow them', { pii: piiCounts });
  }
  const flagged = injectionBand(injectionScore) === 'flag' ? { injectionScore, rules } : undefined;
  return { task: policy === 'allow' ? request : task, flagged, piiCounts };
}
