// OpenAI- and Anthropic-compatible HTTP servers that the real SDKs talk to (the one thing tests fake).
// Each request is routed by its structured-output schema name (`plan`, `code_result`, `criterion_verdict`, …)
// to a scripted reply; every request is recorded for assertions.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  provider: 'openai' | 'anthropic';
  schemaName: string;
  system: string;
  /** The last user message. */
  prompt: string;
  model: string;
  body: Record<string, unknown>;
}

export type FakeReply =
  | { json: unknown; inputTokens?: number; outputTokens?: number }
  | { text: string; inputTokens?: number; outputTokens?: number }
  | { status: number; headers?: Record<string, string>; body?: unknown };

export type Responder = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

export interface FakeLlmServer {
  url: string;
  requests: FakeRequest[];
  /** Requests whose client hung up before the reply was sent (an aborted call). */
  aborted: FakeRequest[];
  /** Replace how requests are answered (per test). */
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
}

type Message = { role: string; content: unknown };
const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((c: { text?: string }) => c.text ?? '').join('')
      : '';

function parseOpenAi(body: Record<string, unknown>): FakeRequest {
  const messages = (body.messages as Message[]) ?? [];
  const format = body.response_format as { json_schema?: { name?: string } } | undefined;
  return {
    provider: 'openai',
    schemaName: format?.json_schema?.name ?? '',
    system: textOf(messages.find((m) => m.role === 'system')?.content),
    prompt: textOf(messages.filter((m) => m.role === 'user').at(-1)?.content),
    model: String(body.model),
    body,
  };
}

function parseAnthropic(body: Record<string, unknown>): FakeRequest {
  const messages = (body.messages as Message[]) ?? [];
  const choice = body.tool_choice as { name?: string } | undefined;
  return {
    provider: 'anthropic',
    schemaName: choice?.name ?? '',
    system: textOf(body.system),
    prompt: textOf(messages.filter((m) => m.role === 'user').at(-1)?.content),
    model: String(body.model),
    body,
  };
}

function openAiBody(request: FakeRequest, reply: { json?: unknown; text?: string; inputTokens?: number; outputTokens?: number }) {
  const content = reply.text ?? JSON.stringify(reply.json);
  const usage = { prompt_tokens: reply.inputTokens ?? 100, completion_tokens: reply.outputTokens ?? 50 };
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function anthropicBody(request: FakeRequest, reply: { json?: unknown; text?: string; inputTokens?: number; outputTokens?: number }) {
  const content =
    reply.json !== undefined
      ? [{ type: 'tool_use', id: `toolu_${Math.random().toString(36).slice(2)}`, name: request.schemaName, input: reply.json }]
      : [{ type: 'text', text: reply.text ?? '' }];
  return {
    id: `msg_${Math.random().toString(36).slice(2)}`,
    type: 'message',
    role: 'assistant',
    model: request.model,
    content,
    stop_reason: reply.json !== undefined ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: reply.inputTokens ?? 100, output_tokens: reply.outputTokens ?? 50 },
  };
}

export async function startFakeLlm(initial: Responder): Promise<FakeLlmServer> {
  let responder = initial;
  const requests: FakeRequest[] = [];
  const aborted: FakeRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    try {
      const body = await readJson(req);
      const path = (req.url ?? '').split('?')[0] ?? '';
      const request = path.endsWith('/chat/completions') ? parseOpenAi(body) : path.endsWith('/messages') ? parseAnthropic(body) : undefined;
      if (!request) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${path}` } }));
        return;
      }
      requests.push(request);
      res.on('close', () => {
        if (!res.writableEnded) aborted.push(request);
      });
      const reply = await responder(request);
      if ('status' in reply) {
        res
          .writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
          .end(JSON.stringify(reply.body ?? { error: { type: 'error', message: `scripted ${reply.status}` } }));
        return;
      }
      const payload = request.provider === 'openai' ? openAiBody(request, reply) : anthropicBody(request, reply);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: (err as Error).message } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    aborted,
    respondWith(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A responder that answers each schema with a fixed value (or a function of the request). */
export function bySchema(replies: Record<string, FakeReply | ((r: FakeRequest) => FakeReply)>): Responder {
  return (request) => {
    const reply = replies[request.schemaName];
    if (!reply) return { status: 400, body: { error: { type: 'invalid_request_error', message: `no scripted reply for ${request.schemaName}` } } };
    return typeof reply === 'function' ? reply(request) : reply;
  };
}
