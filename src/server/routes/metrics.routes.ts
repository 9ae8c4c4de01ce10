import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../../services/errors.ts';
import type { RequestMetrics } from '../metrics.ts';

export interface MetricsRouteOptions {
  readonly metrics: RequestMetrics;
  /** METRICS_TOKEN; null: only direct callers on this machine. */
  readonly token: string | null;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Without a token, a loopback caller that came through a reverse proxy is a caller from outside. */
function mayRead(req: FastifyRequest, token: string | null): boolean {
  if (token !== null) return sameSecret(req.headers.authorization ?? '', `Bearer ${token}`);
  const proxied = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && !proxied;
}

/** GET /metrics in the Prometheus text format; not in the OpenAPI document (it is not part of the API). */
export async function metricsRoutes(app: FastifyInstance, opts: MetricsRouteOptions): Promise<void> {
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!mayRead(req, opts.token)) {
      throw new ForbiddenError('运行指标只对本机直接访问或持有 METRICS_TOKEN 的调用方开放');
    }
    return reply
      .type('text/plain; version=0.0.4; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(opts.metrics.render());
  });
}
