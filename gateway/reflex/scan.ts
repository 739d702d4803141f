// One text through the reflex checks that need no I/O: PII (redacted per policy) then injection.
// Decision: block on injection at the block threshold, or on PII under the `block` policy; redact
// when PII is found under `redact`; otherwise allow. `redacted` always shows the text with each
// finding replaced, even under `allow`, so callers can log or display it safely; under `allow` the
// caller forwards the original text.
import type { PiiPolicy, ReflexCheckResponse } from '../../contracts/reflex.js';
import { detectInjection, injectionBand } from './injection/detect.js';
import { findPii } from './pii/registry.js';
import { redactPii } from './redact.js';

export function scan(text: string, policy: PiiPolicy): ReflexCheckResponse {
  const pii = findPii(text);
  const injection = detectInjection(text);
  let decision: ReflexCheckResponse['decision'] = 'allow';
  if (injectionBand(injection.score) === 'block') decision = 'block';
  else if (pii.length > 0 && policy === 'block') decision = 'block';
  else if (pii.length > 0 && policy === 'redact') decision = 'redact';
  return { pii, injection, redacted: redactPii(text, pii), decision };
}
