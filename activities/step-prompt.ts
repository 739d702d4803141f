// How a step and the outputs it depends on are presented to an arm's model.
import type { StepInput } from '../contracts/step.js';

const MAX_INPUT_CHARS = 12_000;

export function stepPrompt(input: StepInput, extra: string[] = []): string {
  const parts = [`Overall goal:\n${input.goal}`, `Your step (${input.step.id}):\n${input.step.action}`];
  if (input.step.acceptanceCriteria.length) {
    parts.push(`This step is accepted when:\n${input.step.acceptanceCriteria.map((c) => `- ${c}`).join('\n')}`);
  }
  for (const [stepId, output] of Object.entries(input.inputs)) {
    parts.push(`Output of step ${stepId}:\n${output.slice(0, MAX_INPUT_CHARS)}`);
  }
  if (input.previousOutput !== undefined) {
    parts.push(`Your previous output for this step:\n${input.previousOutput.slice(0, MAX_INPUT_CHARS)}`);
  }
  if (input.feedback?.length) {
    parts.push(`A reviewer rejected the previous attempt:\n${input.feedback.map((f) => `- ${f}`).join('\n')}\nFix these problems.`);
  }
  return [...parts, ...extra].join('\n\n');
}
