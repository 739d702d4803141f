// Serving the Temporal worker metrics beside ours: Core's Prometheus exporter listens on a loopback port of its
// own, so /metrics fetches its text and appends it to the prom-client registry's. The names never overlap: Core
// exports `temporal_*` and the workflow's `octollm_task_outcomes_total`; prom-client has the other `octollm_*`,
// `process_*` and `nodejs_*`.
import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/** Core's metrics text, or a comment saying why it is missing (a scrape should not fail because of it). */
export async function fetchCoreMetrics(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) return `# temporal worker metrics unavailable: HTTP ${response.status}\n`;
    return await response.text();
  } catch (err) {
    return `# temporal worker metrics unavailable: ${(err as Error).name}\n`;
  }
}

/**
 * A bare `/metrics` endpoint for processes without the gateway (worker pools run by workers/main.ts): the
 * registry, then Core's worker metrics.
 */
export async function startMetricsServer(address: string, registry: Registry, coreMetricsUrl: string | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const render = async (): Promise<string> => {
    const [ours, core] = await Promise.all([registry.metrics(), coreMetricsUrl ? fetchCoreMetrics(coreMetricsUrl) : '']);
    return core ? `${ours.endsWith('\n') ? ours : `${ours}\n`}${core}` : ours;
  };
  const { host, port } = parseAddress(address);
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: metrics are served at /metrics\n');
      return;
    }
    render().then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = server.address();
  const boundPort = typeof bound === 'object' && bound ? bound.port : port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}/metrics`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `host:port`, `[v6]:port` or `:port` (all interfaces). */
export function parseAddress(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(address.trim());
  const port = Number(match?.[3]);
  if (!match || port > 65_535) throw new Error(`"${address}" is not a host:port address`);
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}
