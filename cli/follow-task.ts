// `--wait`: follows a task's event stream and prints progress lines (status changes, steps done/total)
// until the `end` event; a dropped connection is resumed with Last-Event-ID, so no event is missed or repeated.
import type { TaskEndEvent, TaskEvent } from '../contracts/task-events.js';
import type { ApiClient } from './api-client.js';
import { CliError } from './cli-error.js';
import { readSse } from './sse.js';

const MAX_RECONNECTS = 5;

export function describeEvent(event: TaskEvent): string | undefined {
  switch (event.type) {
    case 'status':
      return `status   ${event.status}`;
    case 'plan':
      return [`plan     ${event.total} step${event.total === 1 ? '' : 's'}`, ...event.steps.map((s) => `           ${s.id} · ${s.arm} · ${s.action.slice(0, 70)}`)].join('\n');
    case 'step': {
      const progress = `[${event.done}/${event.total}]`;
      return `step     ${progress} ${event.stepId} · ${event.arm} ${event.status}${event.error ? ` (${event.error.code})` : ''}`;
    }
    case 'approval':
      return `approval ${event.stepId} ${event.approved ? 'approved' : 'rejected'}`;
    case 'end':
      return `end      ${event.status}${event.error ? ` (${event.error.code})` : ''}`;
  }
}

export async function followTask(api: ApiClient, taskId: string, print: (line: string) => void): Promise<TaskEndEvent> {
  let lastEventId: string | undefined;
  for (let attempt = 0; attempt <= MAX_RECONNECTS; attempt++) {
    try {
      const body = await api.stream(`/v1/tasks/${taskId}/events`, lastEventId);
      for await (const message of readSse(body)) {
        if (message.event === 'error') break; // the server says: reconnect and resume
        const event = JSON.parse(message.data) as TaskEvent;
        if (message.id) lastEventId = message.id;
        const line = describeEvent(event);
        if (line) print(line);
        if (event.type === 'end') return event;
      }
    } catch (err) {
      if (err instanceof CliError) throw err;
      // A dropped connection: resume below.
    }
    await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
  }
  throw new CliError(`lost the event stream of ${taskId}; check it with \`octollm status ${taskId}\``);
}
