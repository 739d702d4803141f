// The guardian arm: scans outputs (and steps' inputs) for PII and secrets with the reflex recognisers, and redacts.
import type { GuardianActivities, GuardianScan, StepActivities } from '../../contracts/activities.js';
import type { StepInput, StepResult } from '../../contracts/step.js';
import { provenanceOf } from '../provenance.js';

/** The reflex layer's scanner, injected so the guardian and the gateway use one set of recognisers. */
export type TextScanner = (text: string) => { redacted: string; findings: { type: string }[] };

export function guardText(scan: TextScanner, text: string): GuardianScan {
  const { redacted, findings } = scan(text);
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return {
    text: redacted,
    findings: [...counts].map(([type, count]) => ({ type, count })),
    blocked: false,
  };
}

export function createGuardianActivities(deps: { scan: TextScanner }): GuardianActivities & StepActivities<'guardian'> {
  return {
    async guardOutput(input) {
      return guardText(deps.scan, input.text);
    },
    async guardianStep(input: StepInput): Promise<StepResult> {
      const startedAt = Date.now();
      const scanned = Object.entries(input.inputs).map(([stepId, text]) => ({ stepId, ...guardText(deps.scan, text) }));
      const findings = scanned.flatMap((s) => s.findings.map((f) => `${s.stepId}: ${f.count} × ${f.type}`));
      const output = [
        findings.length ? `Findings (redacted below):\n${findings.map((f) => `- ${f}`).join('\n')}` : 'No PII or secrets found.',
        ...scanned.map((s) => `Output of ${s.stepId} (redacted):\n${s.text}`),
      ].join('\n\n');
      return {
        stepId: input.step.id,
        arm: 'guardian',
        output,
        provenance: provenanceOf({ arm: 'guardian', model: 'guardian:reflex-recognisers', input, startedAt, confidence: 0.9 }),
      };
    },
  };
}
