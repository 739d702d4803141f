// The HTTP server span of a trace (registered only when tracing is on): started when a request arrives (joining
// the caller's trace when it sends `traceparent`), made the active context once the body is parsed, so the route's
// StartWorkflow span — and through the workflow's headers everything after it — is its child.
import { context, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

const tracer = trace.getTracer('octollm-gateway');

async function httpTracing(app: FastifyInstance): Promise<void> {
  const spans = new WeakMap<FastifyRequest, { span: Span; ctx: Context }>();

  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(context.active(), request.headers);
    // Named by route template, never by the raw URL: paths and query strings carry ids and filters.
    const route = request.routeOptions.url ?? 'unmatched';
    const span = tracer.startSpan(
      `${request.method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'http.route': route, 'octollm.request_id': request.id } },
      parent,
    );
    spans.set(request, { span, ctx: trace.setSpan(parent, span) });
    done();
  });

  // Body parsing runs outside any request context; from here on, the handler runs inside the span.
  app.addHook('preValidation', (request, _reply, done) => {
    const entry = spans.get(request);
    if (entry) context.with(entry.ctx, done);
    else done();
  });

  // callback hooks, not async ones: they run on every response, and an async hook costs a promise each time
  app.addHook('onResponse', (request, reply, done) => {
    const entry = spans.get(request);
    if (entry) {
      entry.span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) entry.span.setStatus({ code: SpanStatusCode.ERROR });
      entry.span.end();
    }
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    spans.get(request)?.span.end();
    done();
  });
}

export default fp(httpTracing, { name: 'http-tracing' });
