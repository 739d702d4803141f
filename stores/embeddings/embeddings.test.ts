// The offline embedder's properties, and the OpenAI-compatible embedder against a real HTTP server
// speaking the /v1/embeddings protocol (batching, ordering by index, dimension checks).
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { createHashingEmbedder } from './hashing-embedder.js';
import { createOpenAiEmbedder } from './openai-embedder.js';
import { openEmbedder } from './open-embedder.js';

const cosine = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('hashing embedder', () => {
  it('is deterministic, unit-length and of the configured dimension', async () => {
    const e = createHashingEmbedder({ dimension: 384 });
    const [a, b] = await e.embed(['Parse the CSV export', 'Parse the CSV export']);
    assert.equal(a!.length, 384);
    assert.deepEqual(a, b);
    assert.ok(Math.abs(Math.hypot(...a!) - 1) < 1e-9);
    const [again] = await createHashingEmbedder({ dimension: 384 }).embed(['Parse the CSV export']);
    assert.deepEqual(again, a, 'a fresh instance embeds identically');
  });

  it('puts texts sharing words and spellings closer than unrelated texts', async () => {
    const [q, near, typo, far] = await createHashingEmbedder().embed([
      'deploy the payment service to staging',
      'staging deploy of the payments service failed',
      'deplyo the paymnet service',
      'write a haiku about autumn leaves',
    ]);
    assert.ok(cosine(q!, near!) > cosine(q!, far!) + 0.2);
    assert.ok(cosine(q!, typo!) > cosine(q!, far!));
  });

  it('embeds empty text to the zero vector without failing', async () => {
    const [v] = await createHashingEmbedder({ dimension: 16 }).embed(['']);
    assert.deepEqual(v, new Array(16).fill(0));
  });

  it('is what openEmbedder picks when no endpoint is configured', async () => {
    const e = await openEmbedder();
    assert.equal(e.name, 'hashing-256');
  });
});

describe('OpenAI-compatible embedder', () => {
  async function withServer(dimension: number, fn: (url: string, calls: string[][]) => Promise<void>): Promise<void> {
    const calls: string[][] = [];
    const server = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      if (req.url !== '/v1/embeddings' || req.headers.authorization !== 'Bearer test-key') {
        res.writeHead(404).end();
        return;
      }
      const { input, model } = JSON.parse(body) as { input: string[]; model: string };
      calls.push(input);
      // Answer in reverse order: the client must place vectors by `index`.
      const data = input.map((text, index) => ({ object: 'embedding', index, embedding: Array.from({ length: dimension }, (_, d) => (d === text.length % dimension ? 3 : 0)) })).reverse();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', model, data, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, calls);
    } finally {
      server.close();
    }
  }

  it('batches requests, orders vectors by index and normalises them', async () => {
    await withServer(8, async (baseUrl, calls) => {
      const e = await createOpenAiEmbedder({ apiKey: 'test-key', baseUrl, model: 'local-model', dimension: 8, batchSize: 2 });
      const vectors = await e.embed(['a', 'bb', 'ccc', '']);
      assert.deepEqual(calls, [['a', 'bb'], ['ccc', ' ']]);
      assert.deepEqual(vectors.map((v) => v.indexOf(1)), [1, 2, 3, 1]);
      assert.equal(e.name, 'openai:local-model');
    });
  });

  it('learns an unknown model’s dimension from one probe, and rejects a wrong-sized vector', async () => {
    await withServer(12, async (baseUrl) => {
      const e = await createOpenAiEmbedder({ apiKey: 'test-key', baseUrl, model: 'unknown-model' });
      assert.equal(e.dimension, 12);
      const wrong = await createOpenAiEmbedder({ apiKey: 'test-key', baseUrl, model: 'unknown-model', dimension: 16 });
      await assert.rejects(wrong.embed(['x']), /12 dimensions, expected 16/);
    });
  });
});
