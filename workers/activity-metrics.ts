// How long activities take on each pool, measured where they run: an activity interceptor observing
// `octollm_activity_duration_seconds{arm, activity, outcome}` (arm = the worker pool; activity names are the
// registered, fixed set).
import { CancelledFailure, CompleteAsyncError } from '@temporalio/common';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { Histogram, type Registry } from 'prom-client';
import type { Pool } from './pools.js';

const NAME = 'octollm_activity_duration_seconds';

/** One histogram per registry, whatever the number of pools (and stacks) that share it. */
function histogram(registry: Registry): Histogram<'arm' | 'activity' | 'outcome'> {
  const existing = registry.getSingleMetric(NAME);
  if (existing) return existing as Histogram<'arm' | 'activity' | 'outcome'>;
  return new Histogram({
    name: NAME,
    help: 'Activity (plan step, judge, guard, memory) execution time on the worker, by arm and outcome',
    labelNames: ['arm', 'activity', 'outcome'] as const,
    // Memory writes take milliseconds, model calls seconds, executor commands up to minutes.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
}

export function activityMetrics(registry: Registry, pool: Pool): ActivityInterceptorsFactory {
  const durations = histogram(registry);
  return (ctx) => ({
    inbound: {
      async execute(input, next) {
        const end = durations.startTimer({ arm: pool, activity: ctx.info.activityType });
        try {
          const result = await next(input);
          end({ outcome: 'completed' });
          return result;
        } catch (err) {
          // Completing asynchronously is not an outcome; the activity finishes elsewhere.
          if (!(err instanceof CompleteAsyncError)) {
            end({ outcome: err instanceof CancelledFailure || ctx.cancellationSignal.aborted ? 'cancelled' : 'failed' });
          }
          throw err;
        }
      },
    },
  });
}
