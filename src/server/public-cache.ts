// Issue 12: the anonymous lists at line rate. A GET under /api/public/ is answered from memory while the
// public data has not changed (a publication or any successful write bumps the generation) and for at most
// TTL_MS (writes of other processes); concurrent misses of one URL wait for the first. ETag + If-None-Match → 304.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publicDataChanged, publicDataGeneration } from '../services/public-data.ts';

const PREFIX = '/api/public/';
const TTL_MS = 5_000;
const MAX_BYTES = 64 * 1024 * 1024;
/** Browsers and proxies may keep a list this long; the ETag makes revalidation cheap. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=10, must-revalidate';

interface Entry {
  readonly generation: number;
  readonly at: number;
  readonly etag: string;
  readonly type: string;
  readonly extra: Readonly<Record<string, string>>;
  readonly payload: string | Buffer;
  readonly bytes: number;
}

const cacheable = (req: FastifyRequest) => req.method === 'GET' && req.url.startsWith(PREFIX);
// Weak: the same list compressed or not is one resource.
const etagOf = (payload: string | Buffer) =>
  `W/"${createHash('sha1').update(payload).digest('base64url').slice(0, 22)}"`;
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
const matches = (req: FastifyRequest, etag: string) =>
  (req.headers['if-none-match'] ?? '').split(',').some((t) => opaque(t) === opaque(etag) || t.trim() === '*');

function send(req: FastifyRequest, reply: FastifyReply, e: Entry) {
  void reply.header('etag', e.etag).header('cache-control', PUBLIC_CACHE_CONTROL).headers(e.extra);
  if (matches(req, e.etag)) return reply.code(304).send();
  return reply.type(e.type).send(e.payload);
}

export function publicCache(app: FastifyInstance): void {
  const entries = new Map<string, Entry>();
  const pending = new Map<string, { readonly wait: Promise<void>; readonly done: () => void }>();
  let bytes = 0;
  const settle = (url: string) => {
    pending.get(url)?.done();
    pending.delete(url);
  };
  const store = (url: string, e: Entry) => {
    const old = entries.get(url);
    if (old) bytes -= old.bytes;
    entries.delete(url);
    for (const [k, v] of entries) {
      if (bytes + e.bytes <= MAX_BYTES) break;
      entries.delete(k);
      bytes -= v.bytes;
    }
    if (bytes + e.bytes > MAX_BYTES) return;
    entries.set(url, e);
    bytes += e.bytes;
  };
  const served = new WeakSet<FastifyRequest>();
  // The generation a miss started in: a publication while it reads must not stamp old data as new.
  const startedIn = new WeakMap<FastifyRequest, number>();
  const fresh = (e: Entry | undefined, now: number) =>
    e && e.generation === publicDataGeneration() && now - e.at < TTL_MS ? e : undefined;

  app.addHook('onRequest', async (req, reply) => {
    if (!cacheable(req)) return;
    const first = pending.get(req.url);
    if (first) await first.wait;
    const hit = fresh(entries.get(req.url), Date.now());
    if (hit) {
      served.add(req);
      return send(req, reply, hit);
    }
    startedIn.set(req, publicDataGeneration());
    if (!first && !pending.has(req.url)) {
      let done!: () => void;
      const wait = new Promise<void>((r) => (done = r));
      pending.set(req.url, { wait, done });
      reply.raw.once('close', () => settle(req.url));
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    // Any write that went through (a draw step, a plan approved, an item published …) may change a public
    // answer: this process forgets them all, before the writer hears back; writes are rare next to reads.
    if (req.method !== 'GET' && req.method !== 'HEAD' && reply.statusCode < 400) publicDataChanged();
    if (!cacheable(req) || served.has(req)) return payload;
    if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) {
      settle(req.url);
      return payload;
    }
    const etag = etagOf(payload);
    const disposition = reply.getHeader('content-disposition');
    const total = reply.getHeader('x-total-count');
    const entry: Entry = {
      generation: startedIn.get(req) ?? -1,
      at: Date.now(),
      etag,
      type: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
      extra: {
        ...(disposition ? { 'content-disposition': String(disposition) } : {}),
        ...(total ? { 'x-total-count': String(total) } : {}),
      },
      payload,
      bytes: Buffer.byteLength(payload),
    };
    store(req.url, entry);
    settle(req.url);
    void reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL);
    if (!matches(req, etag)) return payload;
    void reply.code(304);
    return '';
  });
}
