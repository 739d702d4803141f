// The executor arm's activity: turns a step into one allow-listed command (explicit `$ cmd args`, or chosen by the
// model as structured output), runs it in the task's workspace, heartbeats, and reports provenance.
import { Context } from '@temporalio/activity';
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { z } from 'zod';
import type { StepActivities } from '../../contracts/activities.js';
import type { StepInput, StepResult } from '../../contracts/step.js';
import type { Llm } from '../llm/llm.js';
import { provenanceOf } from '../provenance.js';
import { stepPrompt } from '../step-prompt.js';
import { createAllowList, ensureWorkspace, isExecutorRefusal, runCommand, type AllowList, type CommandResult } from './index.js';

export const CommandChoiceSchema = z.object({
  command: z.string().describe('one allow-listed command name, e.g. ls'),
  args: z.array(z.string()).describe('arguments, one per element; no shell syntax'),
});

/** `$ ls -la src` on its own line in the action: run exactly that, no model needed. */
export function explicitCommand(action: string): { command: string; args: string[] } | undefined {
  const line = action.split('\n').find((l) => l.trimStart().startsWith('$ '));
  if (!line) return undefined;
  const words = [...line.trimStart().slice(2).matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const [command, ...args] = words;
  return command ? { command, args } : undefined;
}

function formatResult(result: CommandResult): string {
  const parts = [`$ ${[result.command, ...result.args].join(' ')}`, `exit code: ${result.exitCode ?? `signal ${result.signal}`}`];
  if (result.timedOut) parts.push(`timed out after ${result.timeoutMs} ms`);
  if (result.stdout) parts.push(`stdout:\n${result.stdout}`);
  if (result.stderr) parts.push(`stderr:\n${result.stderr}`);
  if (result.truncated) parts.push('(output truncated)');
  return parts.join('\n');
}

export function createExecutorActivities(deps: { llm: Llm; workspaceRoot: string; allowList?: AllowList }): StepActivities<'executor'> {
  const allowList = deps.allowList ?? createAllowList();
  const commandList = [...allowList.commands.keys()].join(', ');
  return {
    async executorStep(input: StepInput): Promise<StepResult> {
      const startedAt = Date.now();
      const context = Context.current();
      let choice = explicitCommand(input.step.action);
      let model = 'executor:explicit';
      let promptHash: string | undefined;
      let usage;
      if (!choice) {
        // The model call heartbeats (a slow reply is not a dead worker), and a cancel that arrives meanwhile aborts
        // the request and ends the activity as cancelled: both inside the Llm (activities/heartbeat.ts).
        const reply = await deps.llm.structured({
          arm: 'executor',
          system: `You are the executor arm. Choose ONE command from this allow-list to carry out the step: ${commandList}. Paths are relative to the task workspace. No shell syntax.`,
          prompt: stepPrompt(input),
          schema: CommandChoiceSchema,
          schemaName: 'command_choice',
          temperature: 0,
          maxTokens: 300,
        });
        choice = reply.value;
        model = reply.model;
        promptHash = reply.promptHash;
        usage = reply.usage;
      }
      const workspace = await ensureWorkspace(deps.workspaceRoot, input.taskId);
      let result: CommandResult;
      try {
        result = await runCommand(choice, {
          allowList,
          workspace,
          signal: context.cancellationSignal,
          onHeartbeat: (info) => context.heartbeat(info),
        });
      } catch (err) {
        if (isExecutorRefusal(err)) {
          throw ApplicationFailure.create({ type: err.type, message: `${err.code}: ${err.message}`, nonRetryable: true });
        }
        throw err;
      }
      if (result.cancelled) throw new CancelledFailure('the executor step was cancelled');
      return {
        stepId: input.step.id,
        arm: 'executor',
        output: formatResult(result),
        provenance: {
          ...provenanceOf({ arm: 'executor', model, promptHash, input, usage, startedAt, confidence: result.exitCode === 0 ? 0.9 : 0.3 }),
          // The run's own fingerprints: what ran and what it printed.
          inputHash: result.commandHash,
          outputHash: result.outputHash,
        },
      };
    },
  };
}
