// HTTP GET, and nothing else, to hosts on an explicit allow-list. Redirects are followed only on the
// same scheme, host and port; the body is read up to a cap; a timeout bounds the whole exchange.
import { ExecutorRefusal, RefusalCodes } from './errors.js';
import { hashOutput, hashRequest } from './provenance.js';

export interface HttpGetOptions {
  /** Exact hosts: `api.example.com` (default port only) or `host:port`. No wildcards. */
  allowedHosts: readonly string[];
  /** Permit plain http (tests, local services). Default: https only. */
  allowHttp?: boolean;
  /** Default 10 s, at most 60 s. */
  timeoutMs?: number;
  /** Body cap; default 1 MB, at most 16 MB. */
  maxBytes?: number;
  /** Same-host redirects followed; default 3. */
  maxRedirects?: number;
  signal?: AbortSignal;
  userAgent?: string;
}

export interface HttpGetResult {
  /** The URL finally read (after same-host redirects). */
  url: string;
  status: number;
  contentType: string | null;
  body: string;
  truncated: boolean;
  redirects: number;
  durationMs: number;
  requestHash: string;
  outputHash: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 1024 * 1024;
const MAX_BYTES = 16 * 1024 * 1024;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function refuse(code: ExecutorRefusal['code'], message: string): never {
  throw new ExecutorRefusal(code, message);
}

function parseUrl(raw: string, base?: URL): URL {
  try {
    return new URL(raw, base);
  } catch {
    return refuse(RefusalCodes.invalidUrl, 'the URL cannot be parsed');
  }
}

/** `host` or `host:port` from an allow-list entry, read the way URL reads hosts (lower case, IPv6 brackets). */
function parseHostEntry(entry: string): { hostname: string; port: string } | undefined {
  try {
    const url = new URL(`https://${entry.trim()}`);
    if (url.pathname !== '/' || url.username || url.password) return undefined;
    return { hostname: url.hostname, port: url.port };
  } catch {
    return undefined;
  }
}

/** Refuse the URL unless its scheme is allowed and its host (and port) is exactly on the list. */
export function checkUrl(url: URL, opts: Pick<HttpGetOptions, 'allowedHosts' | 'allowHttp'>): void {
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && opts.allowHttp)) {
    refuse(RefusalCodes.schemeNotAllowed, opts.allowHttp ? 'only http and https URLs are allowed' : 'only https URLs are allowed');
  }
  if (url.username || url.password) refuse(RefusalCodes.invalidUrl, 'URLs with credentials are not allowed');
  // URL leaves `port` empty for the scheme's default port, so an entry without a port means exactly that.
  const listed = opts.allowedHosts.some((entry) => {
    const host = parseHostEntry(entry);
    return host !== undefined && host.hostname === url.hostname && host.port === url.port;
  });
  if (!listed) refuse(RefusalCodes.hostNotAllowed, 'the host is not on the HTTP allow-list');
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (!body) return { bytes: Buffer.alloc(0), truncated: false };
  const reader = body.getReader();
  const parts: Buffer[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { bytes: Buffer.concat(parts), truncated: false };
    const room = maxBytes - size;
    if (value.length > room) {
      parts.push(Buffer.from(value.subarray(0, room)));
      await reader.cancel();
      return { bytes: Buffer.concat(parts), truncated: true };
    }
    parts.push(Buffer.from(value));
    size += value.length;
  }
}

/** GET `rawUrl` if the allow-list permits it; throws ExecutorRefusal before any request otherwise. */
export async function httpGet(rawUrl: string, opts: HttpGetOptions): Promise<HttpGetResult> {
  let url = parseUrl(rawUrl);
  checkUrl(url, opts);
  const timeoutMs = Math.min(Math.max(1, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS), MAX_TIMEOUT_MS);
  const maxBytes = Math.min(Math.max(0, opts.maxBytes ?? DEFAULT_MAX_BYTES), MAX_BYTES);
  const maxRedirects = opts.maxRedirects ?? 3;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const started = performance.now();

  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        method: 'GET',
        redirect: 'manual',
        signal,
        headers: { accept: '*/*', 'user-agent': opts.userAgent ?? 'octollm-executor' },
      });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location !== null) {
        await response.body?.cancel();
        const next = parseUrl(location, url);
        if (next.protocol !== url.protocol || next.host !== url.host) {
          refuse(RefusalCodes.redirectNotAllowed, 'the server redirected to another host or scheme');
        }
        if (redirects >= maxRedirects) refuse(RefusalCodes.redirectNotAllowed, `more than ${maxRedirects} redirects`);
        checkUrl(next, opts);
        url = next;
        continue;
      }
      const { bytes, truncated } = await readCapped(response.body, maxBytes);
      const body = bytes.toString('utf8');
      return {
        url: url.href,
        status: response.status,
        contentType: response.headers.get('content-type'),
        body,
        truncated,
        redirects,
        durationMs: Math.round(performance.now() - started),
        requestHash: hashRequest('GET', url.href),
        outputHash: hashOutput(body, ''),
      };
    }
  } catch (err) {
    if (timeout.aborted && !(opts.signal?.aborted ?? false)) {
      const e = new Error(`HTTP GET timed out after ${timeoutMs} ms`);
      e.name = 'TimeoutError';
      throw e;
    }
    throw err;
  }
}
