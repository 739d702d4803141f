// The CLI's HTTP client for the gateway: finds the API key, sends JSON, turns error envelopes into one-line errors.
import { readFile } from 'node:fs/promises';
import { localApiKeyPath } from '../runtime/local-api-key.js';
import type { CliEnv } from './cli-env.js';
import { CliError } from './cli-error.js';

export interface ApiClient {
  url: string;
  request<T = unknown>(method: string, path: string, body?: unknown, extraHeaders?: Record<string, string>): Promise<T>;
  /** An open event stream (`GET …/events`), for the SSE reader. */
  stream(path: string, lastEventId?: string): Promise<ReadableStream<Uint8Array>>;
}

async function apiKey(env: CliEnv): Promise<string> {
  if (env.apiKey) return env.apiKey;
  const path = localApiKeyPath(env.dataDir);
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw new CliError(`no API key: set OCTOLLM_API_KEY, or run \`npm start\` once (it writes ${path})`);
  }
}

function unreachable(url: string): CliError {
  return new CliError(`cannot reach the OctoLLM API at ${url}: is \`npm start\` running? (set OCTOLLM_URL to point elsewhere)`);
}

async function failure(response: Response): Promise<CliError> {
  const text = await response.text();
  try {
    const { error, requestId } = JSON.parse(text) as { error: { code: string; message: string }; requestId?: string };
    return new CliError(`${error.message} (${response.status} ${error.code}${requestId ? `, request ${requestId}` : ''})`);
  } catch {
    return new CliError(`the API answered ${response.status} ${response.statusText}`);
  }
}

export async function createApiClient(env: CliEnv): Promise<ApiClient> {
  const key = await apiKey(env);
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({ authorization: `Bearer ${key}`, ...extra });
  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetch(`${env.url}${path}`, init);
    } catch {
      throw unreachable(env.url);
    }
  };
  return {
    url: env.url,
    async request<T>(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
      const response = await send(path, {
        method,
        headers: headers({ ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extraHeaders }),
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw await failure(response);
      return (await response.json()) as T;
    },
    async stream(path, lastEventId) {
      const response = await send(path, { headers: headers({ accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }) });
      if (!response.ok || !response.body) throw await failure(response);
      return response.body;
    },
  };
}
