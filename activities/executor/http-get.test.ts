// httpGet against a local server on 127.0.0.1: the allow-list is exact, refusals make no request,
// redirects stay on the host, bodies are capped and slow servers time out.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ExecutorRefusal } from './errors.js';
import { httpGet } from './http-get.js';
import { hashRequest, sha256Hex } from './provenance.js';

let server: Server;
let port: number;
const hits: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    switch (req.url) {
      case '/hello':
        res.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.alloc(2 * 1024 * 1024, 'y'));
        return;
      case '/redirect-same':
        res.writeHead(302, { location: '/hello' }).end();
        return;
      case '/redirect-other':
        res.writeHead(302, { location: `http://localhost:${port}/hello` }).end();
        return;
      case '/slow':
        return; // never answers
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const listed = () => ({ allowedHosts: [`127.0.0.1:${port}`], allowHttp: true });

async function refusedWithoutRequest(code: string, url: string, opts: Parameters<typeof httpGet>[1]): Promise<void> {
  const before = hits.length;
  await assert.rejects(httpGet(url, opts), (err: unknown) => err instanceof ExecutorRefusal && err.code === code, `${url} → ${code}`);
  assert.equal(hits.length, before, 'a refused URL must not reach the network');
}

describe('httpGet', () => {
  it('fetches from a listed host', async () => {
    const url = `http://127.0.0.1:${port}/hello`;
    const res = await httpGet(url, listed());
    assert.equal(res.status, 200);
    assert.equal(res.body, 'hello');
    assert.equal(res.contentType, 'text/plain');
    assert.equal(res.truncated, false);
    assert.equal(res.requestHash, hashRequest('GET', url));
    assert.equal(res.outputHash, sha256Hex(JSON.stringify({ stdout: 'hello', stderr: '' })));
  });

  it('refuses hosts that are not listed, exactly, without making a request', async () => {
    await refusedWithoutRequest('host_not_allowed', `http://127.0.0.1:${port}/hello`, { allowedHosts: [`localhost:${port}`], allowHttp: true });
    await refusedWithoutRequest('host_not_allowed', `http://127.0.0.1:${port}/hello`, { allowedHosts: ['127.0.0.1'], allowHttp: true });
    await refusedWithoutRequest('host_not_allowed', `http://127.0.0.1.nip.io:${port}/`, { allowedHosts: [`127.0.0.1:${port}`], allowHttp: true });
    await refusedWithoutRequest('host_not_allowed', 'https://evil.example.com/', { allowedHosts: ['example.com'] });
  });

  it('allows https only by default, and no other schemes or credentials', async () => {
    await refusedWithoutRequest('scheme_not_allowed', `http://127.0.0.1:${port}/hello`, { allowedHosts: [`127.0.0.1:${port}`] });
    await refusedWithoutRequest('scheme_not_allowed', 'file:///etc/passwd', listed());
    await refusedWithoutRequest('scheme_not_allowed', `ftp://127.0.0.1:${port}/`, listed());
    await refusedWithoutRequest('invalid_url', `http://user:pw@127.0.0.1:${port}/hello`, listed());
    await refusedWithoutRequest('invalid_url', 'not a url', listed());
  });

  it('follows redirects on the same host only', async () => {
    const same = await httpGet(`http://127.0.0.1:${port}/redirect-same`, listed());
    assert.equal(same.body, 'hello');
    assert.equal(same.redirects, 1);
    assert.equal(same.url, `http://127.0.0.1:${port}/hello`);

    const before = hits.length;
    await assert.rejects(
      httpGet(`http://127.0.0.1:${port}/redirect-other`, { allowedHosts: [`127.0.0.1:${port}`, `localhost:${port}`], allowHttp: true }),
      (err: unknown) => err instanceof ExecutorRefusal && err.code === 'redirect_not_allowed',
    );
    assert.deepEqual(hits.slice(before), ['/redirect-other'], 'the redirect target must not be fetched');
  });

  it('caps the body', async () => {
    const res = await httpGet(`http://127.0.0.1:${port}/big`, { ...listed(), maxBytes: 64 * 1024 });
    assert.equal(res.truncated, true);
    assert.equal(res.body.length, 64 * 1024);
  });

  it('times out a server that never answers, and stops when aborted', async () => {
    await assert.rejects(httpGet(`http://127.0.0.1:${port}/slow`, { ...listed(), timeoutMs: 200 }), (err: Error) => err.name === 'TimeoutError');
    const controller = new AbortController();
    const pending = httpGet(`http://127.0.0.1:${port}/slow`, { ...listed(), signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (err: Error) => err.name === 'AbortError');
  });
});
