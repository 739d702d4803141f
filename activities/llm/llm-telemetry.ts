// What every model call reports: a span (GenAI semantic conventions: provider, model, token counts — never prompt
// or reply text) and Prometheus counters of calls, tokens and cost by provider and model. The span comes from the
// global tracer: a no-op unless tracing is on (runtime/tracing.ts), a child of the activity's span when it is.
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { Counter, type Registry } from 'prom-client';
import type { Arm } from '../../contracts/names.js';
import { costUsd } from './prices.js';
import type { Completion } from './provider.js';

export interface LlmCall {
  provider: string;
  model: string;
  arm: Arm;
}

export interface LlmMetrics {
  completed(call: LlmCall, completion: Completion, costUsd: number): void;
  failed(call: LlmCall): void;
}

export const NO_LLM_METRICS: LlmMetrics = { completed: () => undefined, failed: () => undefined };

type Labels = 'provider' | 'model';

/** The counters on `registry`, created once however many arms' LLM layers share them. */
export function createLlmMetrics(registry: Registry): LlmMetrics {
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> =>
    (registry.getSingleMetric(name) as Counter<L> | undefined) ?? new Counter({ name, help, labelNames, registers: [registry] });
  // Model labels come from configuration (OCTOLLM_MODEL_*), so the set is bounded.
  const calls = counter<Labels | 'outcome'>('octollm_llm_requests_total', 'Model calls by provider, model and outcome', ['provider', 'model', 'outcome']);
  const tokens = counter<Labels | 'direction'>('octollm_llm_tokens_total', 'Model tokens by provider, model and direction (input, output)', ['provider', 'model', 'direction']);
  const cost = counter<Labels>('octollm_llm_cost_usd_total', 'Model spend in USD by provider and model (list prices, activities/llm/prices.ts)', ['provider', 'model']);
  return {
    completed({ provider, model }, completion, costUsd) {
      calls.inc({ provider, model, outcome: 'ok' });
      tokens.inc({ provider, model, direction: 'input' }, completion.inputTokens);
      tokens.inc({ provider, model, direction: 'output' }, completion.outputTokens);
      cost.inc({ provider, model }, costUsd);
    },
    failed({ provider, model }) {
      calls.inc({ provider, model, outcome: 'error' });
    },
  };
}

const tracer = trace.getTracer('octollm-llm');

/** One provider call inside a `chat <model>` client span, counted in `metrics`; returns the completion and its cost. */
export function observeCompletion(call: LlmCall, metrics: LlmMetrics, run: () => Promise<Completion>): Promise<{ completion: Completion; costUsd: number }> {
  return tracer.startActiveSpan(
    `chat ${call.model}`,
    {
      kind: SpanKind.CLIENT,
      attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.system': call.provider, 'gen_ai.request.model': call.model, 'octollm.arm': call.arm },
    },
    async (span) => {
      try {
        const completion = await run();
        const cost = costUsd(call.model, completion.inputTokens, completion.outputTokens);
        metrics.completed(call, completion, cost);
        span.setAttributes({
          'gen_ai.usage.input_tokens': completion.inputTokens,
          'gen_ai.usage.output_tokens': completion.outputTokens,
          'octollm.cost_usd': cost,
        });
        return { completion, costUsd: cost };
      } catch (err) {
        metrics.failed(call);
        // The error's class only: provider messages can quote the request.
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute('error.type', err instanceof Error ? err.constructor.name : 'unknown');
        throw err;
      } finally {
        span.end();
      }
    },
  );
}
